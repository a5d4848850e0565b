/** Builds a random edit for a generated plan, with what must show in the plan read back. */
import { nameKey, type Person, type Plan } from '../../src/core';
import type { EditCase } from './editExpectations';
import { fieldValue, readBack, same, targetOf, type EditChoice } from './editChoice';

export { arbitraryEditChoice, changesNothing } from './editChoice';

function find(plan: Plan, name: string): Person | undefined {
  return plan.people.find((p) => p.key === nameKey(name));
}

/** A name nobody in the plan has. */
function freshName(plan: Plan, text: string): string {
  let name = text.trim();
  while (find(plan, name)) name = `${name} 2`;
  return name;
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
      // Half of the contacts say who got what: a gift for the first person only, a promise to everyone.
      const items = choice.remove ? [{ kind: 'gave' as const, text: choice.texts[0], for: [name] }, { kind: 'promised' as const, text: choice.texts[choice.texts.length - 1] }] : undefined;
      return {
        label: items ? 'logContact with items' : 'logContact',
        edit: { kind: 'logContact', date: choice.date, with: names, note: choice.text, items },
        expect: (before, after) => {
          const added = after.journal[after.journal.length - 1];
          const ok = after.journal.length === before.journal.length + 1 && added.date === choice.date && added.note === choice.text.trim() && same(added.withKeys, [...new Set(names.map(nameKey))]);
          if (!ok) return `the last entry reads back as ${JSON.stringify(added)}`;
          if (!items) return undefined;
          const gave = added.exchange?.filter((i) => i.kind === 'gave') ?? [];
          const promised = added.exchange?.filter((i) => i.kind === 'promised') ?? [];
          const gaveFor = added.withKeys.length === 1 ? undefined : [nameKey(name)];
          const gaveOk = gave.length === 1 && gave[0].text === choice.texts[0].trim() && same(gave[0].forKeys, gaveFor);
          const promisedOk = promised.length > 0 && promised.every((p) => p.text === choice.texts[choice.texts.length - 1].trim());
          return gaveOk && promisedOk ? undefined : `the exchange reads back as ${JSON.stringify(added.exchange)}`;
        },
      };
    }
    case 'addPromise':
      return {
        label: 'addPromise',
        target,
        edit: { kind: 'addPromise', name, text: choice.text, theirs: choice.remove, date: choice.date },
        expect: (before, after) => {
          const kind = choice.remove ? 'theyPromised' : 'promised';
          const count = (plan: Plan) => plan.journal.flatMap((e) => (e.exchange ?? []).filter((i) => i.kind === kind && i.text === choice.text.trim() && (i.forKeys ?? e.withKeys).includes(target.key))).length;
          return count(after) === count(before) + 1 ? undefined : `the promise reads back ${count(after)} times, ${count(before)} before`;
        },
      };
    case 'setStage':
      return {
        label: 'setStage',
        target,
        edit: { kind: 'setStage', name, stage: choice.stage, date: choice.date },
        expect: (_b, after) => {
          const p = person(after, name);
          const last = p?.history?.filter((h) => h.date === choice.date).pop();
          return p && p.stage === choice.stage && last?.stage === choice.stage ? undefined : `stage ${p?.stage}, history ${JSON.stringify(p?.history)}`;
        },
      };
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
          return count(after, nameKey(newName)) === count(before, target.key) ? undefined : 'journal entries did not follow the rename';
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
    case 'archive':
    case 'restore':
      return {
        label: choice.kind,
        target,
        edit: choice.kind === 'archive' ? { kind: 'archive', name, date: choice.date } : { kind: 'restore', name },
        expect: (_b, after) => {
          const archived = person(after, name)?.archived;
          return archived === (choice.kind === 'archive' ? choice.date : undefined) ? undefined : `archived reads back as ${JSON.stringify(archived)}`;
        },
      };
    case 'setSetting':
      return {
        label: 'setSetting lastReview',
        edit: { kind: 'setSetting', key: 'lastReview', value: choice.date },
        expect: (_b, after) => (after.settings.lastReview === choice.date ? undefined : `lastReview reads back as ${JSON.stringify(after.settings.lastReview)}`),
      };
    default:
      throw new Error(`no random edit of kind ${(choice as { kind: string }).kind}`);
  }
}
