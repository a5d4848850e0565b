import type { RawJournalEntry } from './readJournal';
import type { RawPerson } from './readPerson';
import type { RawPlan, ReadItem } from './readTop';
import type { Problem, Span } from './types';

// Copies with every offset moved by `delta`, for cached results of text that moved. Cached values
// are shared between reads, so they are copied, never changed. Written out per type because this
// runs for every entry after an insertion point on every keystroke.

export function shiftSpan(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

function shiftFields<K extends string>(fields: Partial<Record<K, Span>>, delta: number): Partial<Record<K, Span>> {
  const copy: Partial<Record<K, Span>> = {};
  for (const key in fields) copy[key] = shiftSpan(fields[key]!, delta);
  return copy;
}

export function shiftProblems(problems: Problem[], delta: number): Problem[] {
  return problems.map((p) => ({ ...p, span: shiftSpan(p.span, delta), ...(p.fix ? { fix: { ...p.fix, span: shiftSpan(p.fix.span, delta) } } : {}) }));
}

export function shiftPerson(person: RawPerson, delta: number): RawPerson {
  return { ...person, span: shiftSpan(person.span, delta), fields: shiftFields(person.fields, delta) };
}

export function shiftJournalEntry(entry: RawJournalEntry, delta: number): RawJournalEntry {
  return { ...entry, span: shiftSpan(entry.span, delta), withSpans: entry.withSpans.map((s) => shiftSpan(s, delta)), fields: shiftFields(entry.fields, delta) };
}

export function shiftItem<T>(item: ReadItem<T>, delta: number, shiftEntry: (entry: T, delta: number) => T): ReadItem<T> {
  return { entry: item.entry && shiftEntry(item.entry, delta), end: item.end + delta };
}

/** Top-level sections other than people and journal items: small, so a generic deep copy does. */
export function shiftRawPlan(raw: RawPlan, delta: number): RawPlan {
  return deepShift(raw, delta);
}

function deepShift<T>(value: T, delta: number): T {
  if (Array.isArray(value)) return value.map((v) => deepShift(v, delta)) as T;
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  if (typeof source.start === 'number' && typeof source.end === 'number' && Object.keys(source).length === 2) {
    return shiftSpan(source as unknown as Span, delta) as T;
  }
  const copy: Record<string, unknown> = {};
  for (const key in source) {
    const v = source[key];
    copy[key] = key === 'end' && typeof v === 'number' ? v + delta : deepShift(v, delta);
  }
  return copy as T;
}
