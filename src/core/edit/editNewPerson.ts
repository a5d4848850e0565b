/** Adding a person at the end of `people`. */
import { appendEntry } from './editAppend';
import type { NewField } from './editSection';
import { EditError, type NewPerson } from './editTypes';
import { checkFieldValue, checkLists, checkName, invalid } from './editValues';
import { formatFlowList, formatScalar } from './yamlText';
import { nameKey, type Plan } from '../model';

const OPTIONAL_FIELDS = ['stage', 'role', 'how', 'cadence', 'next', 'topics', 'notes'] as const;

function field(key: string, value: string | string[]): NewField {
  if (Array.isArray(value)) return { key, block: formatFlowList(value), flow: formatFlowList(value) };
  return { key, block: formatScalar(value, 'block'), flow: formatScalar(value, 'flow') };
}

/** The text with the new person appended, fields in the documented order; refuses a name already taken. */
export function addPerson(text: string, plan: Plan, person: NewPerson): string {
  if (!person || typeof person !== 'object') invalid('Say who to add: at least a name.');
  const name = checkName(person.name);
  const taken = plan.people.find((p) => p.key === nameKey(name));
  if (taken) throw new EditError('duplicate-name', `"${taken.name}" is already in the plan: names must be unique (ignoring case).`);
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
  const last = plan.people[plan.people.length - 1];
  return appendEntry(text, plan, 'people', fields, expected, last?.span);
}
