/** fast-check generators of edits on a generated plan, each with what must show in the plan read back. */
import fc from 'fast-check';
import { EDITABLE_FIELDS, type PlanEdit } from '../../src/core/editTypes';
import { LIST_NAMES, STAGES, type Person, type Plan } from '../../src/core/types';
import type { EditCase } from './editExpectations';
import { arbitraryCadence, arbitraryDate, arbitraryText } from './planArbitrary';

/** A random edit, described by numbers so that it can be built for whatever plan was generated. */
export interface EditChoice {
  kind: PlanEdit['kind'];
  who: number;
  other: number;
  list: (typeof LIST_NAMES)[number];
  field: (typeof EDITABLE_FIELDS)[number];
  remove: boolean;
  text: string;
  texts: string[];
  date: string;
  cadence: string;
  stage: (typeof STAGES)[number];
}

export const arbitraryEditChoice: fc.Arbitrary<EditChoice> = fc.record({
  kind: fc.constantFrom('addPerson', 'addToList', 'removeFromList', 'logContact', 'setField', 'setField', 'setField', 'rename', 'removePerson'),
  who: fc.nat(),
  other: fc.nat(),
  list: fc.constantFrom(...LIST_NAMES),
  field: fc.constantFrom(...EDITABLE_FIELDS),
  remove: fc.boolean(),
  text: arbitraryText.filter((t) => t.trim() !== ''),
  texts: fc.array(arbitraryText.filter((t) => t.trim() !== ''), { minLength: 1, maxLength: 3 }),
  date: arbitraryDate,
  cadence: arbitraryCadence,
  stage: fc.constantFrom(...STAGES),
});

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function find(plan: Plan, name: string): Person | undefined {
  return plan.people.find((p) => p.key === name.trim().toLowerCase());
}

/** A name nobody in the plan has. */
function freshName(plan: Plan, text: string): string {
  let name = text.trim();
  while (find(plan, name)) name = `${name} 2`;
  return name;
}

function fieldValue(choice: EditChoice): string | string[] | undefined {
  if (choice.remove) return undefined;
  switch (choice.field) {
    case 'stage':
      return choice.stage;
    case 'cadence':
      return choice.cadence;
    case 'next':
      return choice.date;
    case 'topics':
      return choice.texts;
    default:
      return choice.text;
  }
}

/** What the person's field reads as after `setField` (topics trimmed, repeats dropped). */
function readBack(field: EditChoice['field'], value: string | string[] | undefined): unknown {
  if (field === 'topics') return value === undefined ? [] : [...new Set((value as string[]).map((t) => t.trim()))];
  if (field === 'cadence') return value;
  return typeof value === 'string' ? value.trim() : value;
}

/** The person an edit naming people[who] changes: the first with that name, when names repeat. */
function targetOf(plan: Plan, choice: EditChoice): Person {
  const chosen = plan.people[choice.who % plan.people.length];
  return plan.people.find((p) => p.key === chosen.key) ?? chosen;
}

export function buildEdit(plan: Plan, choice: EditChoice): EditCase {
  const target = targetOf(plan, choice);
  const name = target.name;
  const person = (after: Plan, key: string) => find(after, key);
  switch (choice.kind) {
    case 'addPerson': {
      const newName = freshName(plan, choice.text);
      return {
        label: 'addPerson',
        edit: { kind: 'addPerson', person: { name: newName, lists: [choice.list], stage: choice.stage, how: choice.text, next: choice.date, topics: choice.texts } },
        expect: (_b, after) => {
          const p = person(after, newName);
          return p && same(p.lists, [choice.list]) && p.stage === choice.stage && p.how === choice.text.trim() && p.next === choice.date ? undefined : `added person reads back as ${JSON.stringify(p)}`;
        },
      };
    }
    case 'addToList':
    case 'removeFromList':
      return {
        label: choice.kind,
        target,
        edit: { kind: choice.kind, name, list: choice.list },
        expect: (_b, after) => ((person(after, name)?.lists.includes(choice.list) ?? false) === (choice.kind === 'addToList') ? undefined : `lists are ${JSON.stringify(person(after, name)?.lists)}`),
      };
    case 'logContact': {
      const other = plan.people[choice.other % plan.people.length].name;
      const names = [...new Set([name, other])];
      return {
        label: 'logContact',
        edit: { kind: 'logContact', date: choice.date, with: names, note: choice.text },
        expect: (before, after) => {
          const added = after.journal[after.journal.length - 1];
          const ok = after.journal.length === before.journal.length + 1 && added.date === choice.date && added.note === choice.text.trim() && same(added.withKeys, [...new Set(names.map((n) => n.toLowerCase()))]);
          return ok ? undefined : `the last entry reads back as ${JSON.stringify(added)}`;
        },
      };
    }
    case 'setField': {
      const value = fieldValue(choice);
      const key = choice.field === 'cadence' ? 'cadenceText' : choice.field;
      return {
        label: `setField ${choice.field}${value === undefined ? ' removed' : ''}`,
        target,
        edit: { kind: 'setField', name, field: choice.field, value },
        expect: (_b, after) => {
          const p = person(after, name);
          const got = p?.[key as keyof Person];
          const want = choice.field === 'stage' && value === undefined ? 'planned' : readBack(choice.field, value);
          return p && same(got, want) ? undefined : `${choice.field} reads back as ${JSON.stringify(got)}, not ${JSON.stringify(want)}`;
        },
      };
    }
    case 'rename': {
      const newName = freshName(plan, choice.text);
      return {
        label: 'rename',
        target,
        edit: { kind: 'rename', name, newName },
        expect: (before, after) => {
          const count = (plan: Plan, key: string) => plan.journal.filter((e) => e.withKeys.includes(key)).length;
          if (!person(after, newName) || person(after, name)) return 'the person was not renamed';
          return count(after, newName.toLowerCase()) === count(before, target.key) ? undefined : 'journal entries did not follow the rename';
        },
      };
    }
    case 'removePerson':
      return {
        label: 'removePerson',
        target,
        edit: { kind: 'removePerson', name },
        expect: (_b, after) => (person(after, name) ? `${name} is still in the plan` : undefined),
      };
  }
}

/** Whether the edit would change nothing (so that refusing it with `no-change` is right). */
export function changesNothing(plan: Plan, choice: EditChoice): boolean {
  const target = targetOf(plan, choice);
  switch (choice.kind) {
    case 'addToList':
      return target.lists.includes(choice.list);
    case 'removeFromList':
      return !target.lists.includes(choice.list);
    case 'setField': {
      const value = fieldValue(choice);
      if (value === undefined) return target.fields[choice.field] === undefined;
      const key = choice.field === 'cadence' ? 'cadenceText' : choice.field;
      return target.fields[choice.field] !== undefined && same(target[key as keyof Person], readBack(choice.field, value));
    }
    default:
      return false;
  }
}
