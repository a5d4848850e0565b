/** Builds `Plan` objects directly (dummy spans), so schedule and calendar tests do not depend on the reader. */
import { type Cadence, defaultSettings, type ExchangeItem, type JournalEntry, type ListName, nameKey, type Person, type Plan, type Stage } from '../../../src/core';

export interface PersonInput {
  name: string;
  lists?: ListName[];
  stage?: Stage;
  role?: string;
  how?: string;
  cadence?: Cadence;
  next?: string;
  topics?: string[];
  notes?: string;
}

export interface EntryInput {
  date?: string;
  with: string | string[];
  note?: string;
  gave?: string;
  got?: string;
}

const NO_SPAN = { start: 0, end: 0 };
const TWO_WEEKS: Cadence = { count: 2, unit: 'week' };

export function person(input: PersonInput, index = 0): Person {
  const name = input.name.trim();
  return {
    index,
    name,
    key: nameKey(name),
    lists: input.lists ?? [],
    stage: input.stage ?? 'planned',
    role: input.role,
    how: input.how,
    cadence: input.cadence ?? TWO_WEEKS,
    next: input.next,
    topics: input.topics ?? [],
    notes: input.notes,
    emails: [],
    span: NO_SPAN,
    fields: {},
  };
}

export function entry(input: EntryInput, index = 0): JournalEntry {
  const names = (Array.isArray(input.with) ? input.with : [input.with]).map((n) => n.trim());
  return {
    index,
    date: input.date,
    with: names,
    withSpans: names.map(() => NO_SPAN),
    withKeys: names.map(nameKey),
    note: input.note,
    gave: input.gave,
    got: input.got,
    ...exchangeOf(input),
    span: NO_SPAN,
    fields: {},
  };
}

/** What the reader makes of plain `gave` / `got` texts: one item each, for everyone in `with`. */
function exchangeOf(input: EntryInput): Pick<JournalEntry, 'exchange'> {
  const items: ExchangeItem[] = [];
  if (input.gave?.trim()) items.push({ kind: 'gave', text: input.gave.trim(), span: NO_SPAN });
  if (input.got?.trim()) items.push({ kind: 'got', text: input.got.trim(), span: NO_SPAN });
  return items.length > 0 ? { exchange: items } : {};
}

export function plan(people: PersonInput[], journal: EntryInput[] = [], maxNewRelationships = 3): Plan {
  return {
    version: 1,
    settings: { ...defaultSettings(), maxNewRelationships },
    people: people.map(person),
    journal: journal.map(entry),
    problems: [],
    syntaxOk: true,
    sections: {},
    eol: '\n',
  };
}
