/** Adding people at the end of `people`. */
import { appendEntries } from './editAppend';
import { refuseEntry } from './editItem';
import type { NewEntry, NewField } from './editSection';
import { EditError, type NewPerson } from './editTypes';
import { checkFieldValue, checkLists, checkName, invalid, textList } from './editValues';
import { formatFlowList, formatScalar } from './yamlText';
import { sameData } from './editVerify';
import { nameKey, type Person, type Plan } from '../model';

const OPTIONAL_FIELDS = ['stage', 'role', 'how', 'cadence', 'next', 'topics', 'notes'] as const;

function field(key: string, value: string | string[]): NewField {
  if (Array.isArray(value)) return { key, block: formatFlowList(value), flow: formatFlowList(value) };
  return { key, block: formatScalar(value, 'block'), flow: formatScalar(value, 'flow') };
}

/** The new person's entry, fields in the documented order; refuses a name in `taken` (keys of names). */
function newEntry(person: NewPerson, taken: ReadonlyMap<string, string>): NewEntry {
  if (!person || typeof person !== 'object') invalid('Say who to add: at least a name.');
  const name = checkName(person.name);
  const other = taken.get(nameKey(name));
  if (other !== undefined) throw new EditError('duplicate-name', `"${other}" is already in the plan: names must be unique (ignoring case).`);
  const fields: NewField[] = [field('name', name)];
  const expected: Record<string, unknown> = { name };
  const lists = checkLists(person.lists);
  if (lists.length > 0) {
    fields.push(field('lists', lists));
    expected.lists = lists;
  }
  for (const key of OPTIONAL_FIELDS) {
    const value = checkFieldValue(key, person[key]);
    if (value === undefined) continue;
    fields.push(field(key, value));
    expected[key] = value;
  }
  const emails = person.email === undefined ? [] : textList(person.email, 'email');
  if (emails.length > 0) {
    const value = emails.length === 1 ? emails[0] : emails;
    fields.push(field('email', value));
    expected.email = value;
  }
  return { fields, expected };
}

function isList(value: unknown): boolean {
  return Array.isArray(value);
}

/** The text with the new people appended in one splice, in the order given; refuses a name already taken. */
export function addPeople(text: string, plan: Plan, people: readonly NewPerson[]): string {
  if (!isList(people) || people.length === 0) invalid('Say who to add: at least one person.');
  const taken = new Map<string, string>(plan.people.map((p) => [p.key, p.name]));
  const entries = people.map((person) => {
    const entry = newEntry(person, taken);
    const name = entry.expected.name as string;
    taken.set(nameKey(name), name);
    return entry;
  });
  const last = plan.people[plan.people.length - 1];
  // Many people are checked in the whole result (`verifyAddedPeople`), which applyEdit reads back anyway.
  return appendEntries(text, plan, 'people', entries, last?.span, entries.length > 1);
}

/** What a person read from the plan holds for each field of a new entry's `expected`. */
function readBack(person: Person, key: string): unknown {
  switch (key) {
    case 'cadence':
      return person.cadenceText;
    case 'email':
      return person.emails.length === 1 ? person.emails[0] : person.emails;
    default:
      return (person as unknown as Record<string, unknown>)[key];
  }
}

/**
 * Refuses unless the people `addPeople` appended read back in `after` exactly as asked: each field as given, and
 * nothing else (no history, not archived, the default stage, no lists or topics unless given).
 */
export function verifyAddedPeople(before: Plan, after: Plan, people: readonly NewPerson[]): void {
  const added = after.people.slice(before.people.length);
  const fail = () => refuseEntry('The new people could not be written here in a way that reads back correctly.');
  if (added.length !== people.length) fail();
  people.forEach((person, i) => {
    const { expected } = newEntry(person, new Map());
    const read = added[i];
    const defaults: Record<string, unknown> = { lists: [], topics: [], stage: 'planned', email: [] };
    for (const key of ['name', 'lists', 'stage', 'role', 'how', 'cadence', 'next', 'topics', 'notes', 'email']) {
      if (!sameData(readBack(read, key), key in expected ? expected[key] : defaults[key])) fail();
    }
    if (read.history !== undefined || read.archived !== undefined) fail();
  });
}

/** The text with the new person appended, fields in the documented order; refuses a name already taken. */
export function addPerson(text: string, plan: Plan, person: NewPerson): string {
  return addPeople(text, plan, [person]);
}
