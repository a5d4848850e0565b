import type { RawJournalEntry } from './readJournal';
import type { RawPerson } from './readPerson';
import type { Cadence, ExchangeItem, JournalEntry, Person, Problem, Section, Span, StageChange } from '../model';

// Cached results keep the offsets they were read with; a result whose text moved is placed with a
// `shift` (its new start minus its old one). Cached values and published entries are shared between
// reads, so they are never changed: shifted copies are made instead, and only of what holds offsets.
// Written out per type because this runs for every entry after an insertion point on every keystroke.

export function shiftSpan(span: Span, shift: number): Span {
  return { start: span.start + shift, end: span.end + shift };
}

function shiftFields<K extends string>(fields: Partial<Record<K, Span>>, shift: number): Partial<Record<K, Span>> {
  if (shift === 0) return fields;
  const copy: Partial<Record<K, Span>> = {};
  for (const key in fields) copy[key] = shiftSpan(fields[key]!, shift);
  return copy;
}

/** Appends `problems` to `into`, shifted. */
export function pushShiftedProblems(into: Problem[], problems: readonly Problem[], shift: number): void {
  for (const p of problems) {
    if (shift === 0) into.push(p);
    else into.push({ ...p, span: shiftSpan(p.span, shift), ...(p.fix ? { fix: { ...p.fix, span: shiftSpan(p.fix.span, shift) } } : {}) });
  }
}

export function shiftSection(section: Section, shift: number): Section {
  return shift === 0 ? section : { ...section, keySpan: shiftSpan(section.keySpan, shift), valueSpan: shiftSpan(section.valueSpan, shift) };
}

/**
 * The published person made from a read entry: every property the entry has (also ones explicitly
 * undefined), except `ownCadence`, plus its position and the cadence in force.
 */
export function finishPerson(raw: RawPerson, index: number, cadence: Cadence, shift: number): Person {
  const person: Person = {
    index,
    name: raw.name,
    key: raw.key,
    lists: raw.lists,
    stage: raw.stage,
    cadence,
    topics: raw.topics,
    emails: raw.emails,
    span: shift === 0 ? raw.span : shiftSpan(raw.span, shift),
    fields: shiftFields(raw.fields, shift),
  };
  if ('history' in raw) person.history = shift === 0 ? raw.history : raw.history!.map((c): StageChange => ({ ...c, span: shiftSpan(c.span, shift) }));
  if ('archived' in raw) person.archived = raw.archived;
  if ('role' in raw) person.role = raw.role;
  if ('how' in raw) person.how = raw.how;
  if ('cadenceText' in raw) person.cadenceText = raw.cadenceText;
  if ('next' in raw) person.next = raw.next;
  if ('notes' in raw) person.notes = raw.notes;
  return person;
}

/** The published journal entry made from a read entry (every property it has) and its position. */
export function finishJournalEntry(raw: RawJournalEntry, index: number, shift: number): JournalEntry {
  const entry: JournalEntry = {
    index,
    with: raw.with,
    withSpans: shift === 0 ? raw.withSpans : raw.withSpans.map((s) => shiftSpan(s, shift)),
    withKeys: raw.withKeys,
    span: shift === 0 ? raw.span : shiftSpan(raw.span, shift),
    fields: shiftFields(raw.fields, shift),
  };
  if ('date' in raw) entry.date = raw.date;
  if ('note' in raw) entry.note = raw.note;
  if ('gave' in raw) entry.gave = raw.gave;
  if ('got' in raw) entry.got = raw.got;
  if ('exchange' in raw) entry.exchange = shift === 0 ? raw.exchange : raw.exchange!.map((i): ExchangeItem => ({ ...i, span: shiftSpan(i.span, shift) }));
  return entry;
}
