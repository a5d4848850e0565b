/** Random edits described by numbers and values, so that one can be built for whatever plan was generated. */
import fc from 'fast-check';
import { EDITABLE_FIELDS, LIST_NAMES, STAGES, type Person, type Plan, type PlanEdit } from '../../src/core';
import { arbitraryCadence, arbitraryDate, arbitraryText } from './planArbitrary';

/** One random edit: its kind, who (as indexes into the plan's people) and the values it may write. */
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
  kind: fc.constantFrom('addPerson', 'addToList', 'removeFromList', 'logContact', 'setField', 'setField', 'setField', 'rename', 'removePerson', 'addPromise', 'setStage', 'archive', 'restore', 'setSetting'),
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

export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function fieldValue(choice: EditChoice): string | string[] | undefined {
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
export function readBack(field: EditChoice['field'], value: string | string[] | undefined): unknown {
  if (field === 'topics') return value === undefined ? [] : [...new Set((value as string[]).map((t) => t.trim()))];
  if (field === 'cadence') return value;
  return typeof value === 'string' ? value.trim() : value;
}

/** The person an edit naming people[who] changes: the first with that name, when names repeat. */
export function targetOf(plan: Plan, choice: EditChoice): Person {
  const chosen = plan.people[choice.who % plan.people.length];
  return plan.people.find((p) => p.key === chosen.key) ?? chosen;
}

/** Whether the edit would change nothing (so that refusing it with `no-change` is right); `text` is the plan's text. */
export function changesNothing(plan: Plan, choice: EditChoice, text?: string): boolean {
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
    case 'setStage': {
      // Refused as no change only when the stage is written exactly as it would be set (a plain word or quoted).
      const span = target.fields.stage;
      const written = span && text?.slice(span.start, span.end).replace(/^(["'])(.*)\1$/, '$2');
      return target.stage === choice.stage && written === choice.stage;
    }
    case 'archive':
      return target.archived !== undefined;
    case 'restore':
      return target.archived === undefined;
    case 'setSetting':
      return plan.settings.lastReview === choice.date;
    default:
      return false;
  }
}
