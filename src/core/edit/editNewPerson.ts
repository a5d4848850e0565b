/** Adding people at the end of `people`. */
import { appendEntries } from './editAppend';
import type { NewEntry, NewField } from './editSection';
import { EditError, type NewPerson } from './editTypes';
import { checkFieldValue, checkLists, checkName, invalid, textList } from './editValues';
import { formatFlowList, formatScalar } from './yamlText';
import { nameKey, type Plan } from '../model';

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
  return appendEntries(text, plan, 'people', entries, last?.span);
}

/** The text with the new person appended, fields in the documented order; refuses a name already taken. */
export function addPerson(text: string, plan: Plan, person: NewPerson): string {
  return addPeople(text, plan, [person]);
}
