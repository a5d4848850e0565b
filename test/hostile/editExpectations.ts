/** The edits tried on every plan, and how each must show in the plan read back. */
import { same } from './editChoice';
import { nameKey, type Person, type Plan, type PlanEdit } from '../../src/core';

export const PROBE_TODAY = '2026-11-30';
export const NEW_NAME = 'Renamed Probe';
export const ADDED_NAME = 'Probe Person';
const CONTACT_DATE = '2026-11-29';

export interface EditCase {
  label: string;
  edit: PlanEdit;
  /** The person the edit changes (undefined for adding people and logging contacts). */
  target?: Person;
  /** What must be true of the plan read back after a successful edit; a fault or undefined. */
  expect(before: Plan, after: Plan): string | undefined;
}

function find(plan: Plan, name: string): Person | undefined {
  const key = nameKey(name);
  return plan.people.find((p) => p.key === key);
}

function expectPerson(name: string, check: (p: Person) => string | undefined): (before: Plan, after: Plan) => string | undefined {
  return (_before, after) => {
    const person = find(after, name);
    return person ? check(person) : `nobody called ${JSON.stringify(name)} after the edit`;
  };
}

function fieldIs<K extends keyof Person>(key: K, value: Person[K]): (p: Person) => string | undefined {
  return (p) => (same(p[key], value) ? undefined : `${String(key)} is ${JSON.stringify(p[key])}, expected ${JSON.stringify(value)}`);
}

/** The edits to try: every kind, on the plan's first named person (or on a missing one, which must be refused). */
export function editCases(plan: Plan): EditCase[] {
  const target = plan.people.find((p) => p.name !== '');
  const name = target?.name ?? 'Nobody Here';
  const setField = (label: string, field: 'how' | 'cadence' | 'stage' | 'next', value: string | undefined, check: (p: Person) => string | undefined): EditCase => ({
    label,
    target,
    edit: { kind: 'setField', name, field, value },
    expect: expectPerson(name, check),
  });
  return [
    {
      label: 'addPerson',
      edit: {
        kind: 'addPerson',
        person: { name: ADDED_NAME, lists: ['like', 'help'], stage: 'planned', how: 'Coffee; then "lunch": #1', cadence: 'every 3 weeks', next: '2026-12-15', topics: ['a, b', 'c: d'], notes: 'Met at: the #offsite' },
      },
      expect: (before, after) => {
        if (after.people.length !== before.people.length + 1) return `${after.people.length} people after adding one to ${before.people.length}`;
        return expectPerson(ADDED_NAME, (p) => {
          const got = { lists: p.lists, stage: p.stage, how: p.how, cadenceText: p.cadenceText, next: p.next, topics: p.topics, notes: p.notes };
          const want = { lists: ['like', 'help'], stage: 'planned', how: 'Coffee; then "lunch": #1', cadenceText: 'every 3 weeks', next: '2026-12-15', topics: ['a, b', 'c: d'], notes: 'Met at: the #offsite' };
          return same(got, want) ? undefined : `added person reads back as ${JSON.stringify(got)}`;
        })(before, after);
      },
    },
    { label: 'addToList help', target, edit: { kind: 'addToList', name, list: 'help' }, expect: expectPerson(name, (p) => (p.lists.includes('help') ? undefined : `lists ${JSON.stringify(p.lists)} lack help`)) },
    { label: 'removeFromList like', target, edit: { kind: 'removeFromList', name, list: 'like' }, expect: expectPerson(name, (p) => (p.lists.includes('like') ? `lists ${JSON.stringify(p.lists)} still have like` : undefined)) },
    {
      label: 'logContact',
      edit: { kind: 'logContact', date: CONTACT_DATE, with: [name], note: 'Probe: note #1, "quoted"', gave: 'An intro', got: 'Advice' },
      expect: (before, after) => {
        if (after.journal.length !== before.journal.length + 1) return `${after.journal.length} journal entries after logging one to ${before.journal.length}`;
        const added = after.journal.filter((e) => e.date === CONTACT_DATE && e.note === 'Probe: note #1, "quoted"');
        const ok = added.length === 1 && same(added[0].withKeys, [nameKey(name)]) && added[0].gave === 'An intro' && added[0].got === 'Advice';
        return ok ? undefined : `logged contact reads back as ${JSON.stringify(added.map((e) => ({ ...e, span: undefined, fields: undefined })))}`;
      },
    },
    {
      label: 'logContact with items',
      edit: { kind: 'logContact', date: CONTACT_DATE, with: [name, ADDED_NAME], note: 'Probe: items', items: [{ kind: 'gave', text: 'A #1 "gift"', for: [name] }, { kind: 'promised', text: 'Send: the slides' }] },
      expect: (before, after) => {
        if (after.journal.length !== before.journal.length + 1) return `${after.journal.length} journal entries after logging one to ${before.journal.length}`;
        const added = after.journal.find((e) => e.date === CONTACT_DATE && e.note === 'Probe: items');
        const gave = added?.exchange?.find((i) => i.kind === 'gave');
        const ok = gave?.text === 'A #1 "gift"' && same(gave.forKeys, [nameKey(name)]) && same(added?.exchange?.filter((i) => i.kind === 'promised').map((i) => i.forKeys), [undefined]);
        return ok ? undefined : `logged contact's exchange reads back as ${JSON.stringify(added?.exchange)}`;
      },
    },
    {
      label: 'addPromise',
      target,
      edit: { kind: 'addPromise', name, text: 'Probe: send #2', date: CONTACT_DATE },
      expect: (before, after) => {
        const count = (plan: Plan) => plan.journal.flatMap((e) => (e.exchange ?? []).filter((i) => i.kind === 'promised' && i.text === 'Probe: send #2')).length;
        return count(after) === count(before) + 1 ? undefined : `the promise reads back ${count(after)} times`;
      },
    },
    {
      label: 'setStage',
      target,
      edit: { kind: 'setStage', name, stage: 'paused', date: CONTACT_DATE },
      expect: expectPerson(name, (p) => (p.stage === 'paused' && p.history?.some((h) => h.date === CONTACT_DATE && h.stage === 'paused') ? undefined : `stage ${p.stage}, history ${JSON.stringify(p.history)}`)),
    },
    setField('setField how', 'how', 'Walk, talk: #tea', fieldIs('how', 'Walk, talk: #tea')),
    setField('setField cadence', 'cadence', 'every 5 weeks', (p) => fieldIs('cadenceText', 'every 5 weeks')(p) ?? fieldIs('cadence', { count: 5, unit: 'week' })(p)),
    setField('setField stage', 'stage', 'established', fieldIs('stage', 'established')),
    setField('setField next (snooze)', 'next', '2026-12-24', fieldIs('next', '2026-12-24')),
    setField('setField how removed', 'how', undefined, fieldIs('how', undefined)),
    {
      label: 'rename',
      target,
      edit: { kind: 'rename', name, newName: NEW_NAME },
      expect: (before, after) => {
        if (!find(after, NEW_NAME)) return `nobody called ${NEW_NAME} after renaming`;
        const oldKey = nameKey(name);
        const stillOld = after.people.filter((p) => p.key === oldKey).length;
        if (stillOld !== before.people.filter((p) => p.key === oldKey).length - 1) return `${stillOld} people still called ${JSON.stringify(name)}`;
        const named = (plan: Plan, key: string) => plan.journal.reduce((n, e) => n + e.withKeys.filter((k) => k === key).length, 0);
        // A name written as an alias of a node outside its entry follows that node, not the rename.
        const elsewhere = before.journal.reduce(
          (n, e) => n + e.withSpans.filter((s, i) => e.withKeys[i] === oldKey && (s.start < e.span.start || s.end > e.span.end)).length,
          0,
        );
        const renamed = named(after, nameKey(NEW_NAME));
        const left = named(after, oldKey);
        return renamed + left === named(before, oldKey) && left <= elsewhere ? undefined : `journal names: ${renamed} renamed, ${left} left of ${named(before, oldKey)}`;
      },
    },
    {
      label: 'removePerson',
      target,
      edit: { kind: 'removePerson', name },
      expect: (before, after) => (after.people.length === before.people.length - 1 ? undefined : `${after.people.length} people after removing one of ${before.people.length}`),
    },
    { label: 'archive', target, edit: { kind: 'archive', name, date: PROBE_TODAY }, expect: expectPerson(name, fieldIs('archived', PROBE_TODAY)) },
    {
      label: 'setSetting lastReview',
      edit: { kind: 'setSetting', key: 'lastReview', value: PROBE_TODAY },
      expect: (_before, after) => (after.settings.lastReview === PROBE_TODAY ? undefined : `lastReview reads back as ${JSON.stringify(after.settings.lastReview)}`),
    },
    { label: 'setField on nobody', edit: { kind: 'setField', name: 'Nobody Here At All', field: 'how', value: 'x' }, expect: () => 'an edit of a missing person succeeded' },
  ];
}
