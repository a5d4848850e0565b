/**
 * Properties of edits on random valid plans and random edit sequences: each edit is refused with
 * an EditError or gives a plan that reads with no new errors, shows the change, keeps every
 * comment outside the edited entry and leaves every other entry byte-identical.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdit, EditError, type PlanEdit } from '../../../../src/core/edit';
import { readPlan, type Plan, type Span } from '../../../../src/core';
import { itemSliceStart } from '../../../../src/core/edit/editItem';
import { fuzzRuns } from '../../../hostile/fuzzRuns';
import { commentsOf } from './editHelpers';
import { genPlan, NAME_POOL, renderPlan } from './editPlanGen';
import { nameKey } from '../../../../src/core';

/** 200 sequences locally; the CI fuzz run raises FUZZ_RUNS. */
const RUNS = fuzzRuns(2);

const textValue = fc.oneof(fc.constantFrom(...NAME_POOL, '', ' padded '), fc.string({ maxLength: 8 }));
const list = fc.constantFrom('like' as const, 'help' as const);

/** Edits that mostly name people of the plan (in any case, with stray spaces), sometimes others. */
export function editsFor(names: string[]): fc.Arbitrary<PlanEdit> {
  const other = fc.oneof(fc.constantFrom(...NAME_POOL), fc.string({ maxLength: 6 }));
  const known = names.length === 0 ? other : fc.tuple(fc.constantFrom(...names), fc.constantFrom('same', 'upper', 'spaced')).map(([n, how]) => (how === 'upper' ? n.toUpperCase() : how === 'spaced' ? ` ${n} ` : n));
  const name = fc.oneof({ weight: 4, arbitrary: known }, { weight: 1, arbitrary: other });
  const fieldValue = fc.oneof(
    fc.record({ field: fc.constant('stage' as const), value: fc.constantFrom('planned', 'Building', 'established', 'paused', 'bogus', undefined) }),
    fc.record({ field: fc.constant('cadence' as const), value: fc.constantFrom('every week', '2w', ' monthly ', 'sometimes', undefined) }),
    fc.record({ field: fc.constant('next' as const), value: fc.constantFrom('2026-12-03', '2028-02-29', '2026-02-30', undefined) }),
    fc.record({ field: fc.constantFrom('how' as const, 'role' as const, 'notes' as const), value: fc.option(textValue, { nil: undefined }) }),
    fc.record({ field: fc.constant('topics' as const), value: fc.option(fc.array(textValue, { maxLength: 3 }), { nil: undefined }) }),
  );
  return fc.oneof(
    fc.record({ kind: fc.constant('addPerson' as const), person: fc.record({ name, lists: fc.array(list, { maxLength: 2 }), how: fc.option(textValue, { nil: undefined }) }) }),
    fc.record({ kind: fc.constantFrom('addToList' as const, 'removeFromList' as const), name, list }),
    fc.record({ kind: fc.constant('logContact' as const), date: fc.constantFrom('2026-11-30', '2026-13-01'), with: fc.array(name, { minLength: 1, maxLength: 2 }), note: fc.option(textValue, { nil: undefined }) }),
    fc.tuple(name, fieldValue).map(([n, f]) => ({ kind: 'setField' as const, name: n, ...f })),
    fc.record({ kind: fc.constant('rename' as const), name, newName: name }),
    fc.record({ kind: fc.constant('removePerson' as const), name }),
  );
}

const planAndEdits = genPlan.chain((plan) => fc.tuple(fc.constant(plan), fc.array(editsFor(plan.people.map((p) => p.name)), { minLength: 1, maxLength: 3 })));

/** An entry's own text: from its `- ` line (block), or exactly its `{...}` (flow, which may share a line). */
function entryText(text: string, span: Span): string {
  return text.slice(text[span.start] === '{' ? span.start : itemSliceStart(text, span), span.end);
}

function errorCount(plan: Plan): number {
  return plan.problems.filter((p) => p.severity === 'error').length;
}

/** The person (index into `people`) an edit changes, if it names one that exists. */
function targetIndex(plan: Plan, e: PlanEdit): number {
  if (!('name' in e)) return -1;
  const key = nameKey(e.name);
  return plan.people.findIndex((p) => p.key === key);
}

function checkIntended(before: Plan, after: Plan, e: PlanEdit, target: number): void {
  const find = (n: string) => after.people.find((p) => p.key === nameKey(n));
  switch (e.kind) {
    case 'addPerson':
      assert.equal(after.people.length, before.people.length + 1);
      assert.equal(find(e.person.name)?.name, e.person.name.trim());
      return;
    case 'addToList':
    case 'removeFromList':
      assert.equal(find(e.name)?.lists.includes(e.list), e.kind === 'addToList');
      return;
    case 'logContact': {
      const last = after.journal[after.journal.length - 1];
      assert.equal(after.journal.length, before.journal.length + 1);
      assert.equal(last.date, e.date);
      assert.deepEqual(last.withKeys, [...new Set(e.with.map(nameKey))]);
      return;
    }
    case 'setField': {
      const person = find(e.name);
      const value = Array.isArray(e.value) ? e.value.map((v) => v.trim()).filter((v, i, all) => v && all.indexOf(v) === i) : e.value?.trim();
      const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
      const got = e.field === 'cadence' ? person?.cadenceText : e.field === 'stage' && empty ? undefined : person?.[e.field];
      if (e.field === 'stage') assert.equal(person?.stage, empty ? 'planned' : (value as string).toLowerCase());
      else if (e.field === 'topics') assert.deepEqual(got, empty ? [] : value);
      else assert.equal(got, empty ? undefined : value);
      return;
    }
    case 'rename': {
      const oldKey = before.people[target].key;
      const newKey = nameKey(e.newName);
      assert.equal(find(e.newName)?.name, e.newName.trim());
      const count = (plan: Plan, key: string) => plan.journal.reduce((n, j) => n + j.withKeys.filter((k) => k === key).length, 0);
      assert.equal(count(after, newKey), count(before, oldKey) + (oldKey === newKey ? 0 : count(before, newKey)));
      return;
    }
    case 'removePerson':
      assert.equal(after.people.length, before.people.length - 1);
      assert.equal(find(e.name), undefined);
      return;
  }
}

function checkEdit(text: string, owners: Map<string, string>, e: PlanEdit): string {
  const before = readPlan(text);
  let out: string;
  try {
    out = applyEdit(text, e, before);
  } catch (error) {
    if (error instanceof EditError) return text;
    throw error;
  }
  const after = readPlan(out);
  assert.ok(after.syntaxOk, `the result must parse:\n${out}`);
  const target = targetIndex(before, e);
  checkIntended(before, after, e, target);
  assert.ok(errorCount(after) <= errorCount(before), `no new errors:\n${JSON.stringify(after.problems)}`);
  for (const p of after.problems) {
    if (!before.problems.some((b) => b.code === p.code && b.message === p.message)) {
      assert.ok(['unknown-person', 'over-commit'].includes(p.code), `unexpected new problem ${p.code}: ${p.message}`);
    }
  }
  const remaining = commentsOf(out);
  for (const comment of commentsOf(text)) {
    const owner = owners.get(comment) ?? '';
    const mayGo = target >= 0 && owner === before.people[target].key && e.kind !== 'rename';
    if (!mayGo) assert.ok(remaining.includes(comment), `comment ${comment} must stay:\n${out}`);
  }
  if (e.kind === 'rename') {
    // Comments inside the renamed entry now belong to the new name.
    for (const [comment, owner] of owners) if (owner === before.people[target].key) owners.set(comment, nameKey(e.newName));
  }
  before.people.forEach((person, index) => {
    if (index === target) return;
    const same = after.people.find((p) => p.key === person.key);
    assert.ok(same, `${person.name} must still be there`);
    assert.equal(entryText(out, same.span), entryText(text, person.span), 'other entries stay byte-identical');
  });
  return out;
}

describe('core/edit properties', () => {
  it('random edits of random plans read back, keep comments and leave other entries alone', () => {
    fc.assert(
      fc.property(planAndEdits, ([plan, edits]) => {
        const rendered = renderPlan(plan);
        assert.ok(readPlan(rendered.text).syntaxOk, `generated plan must parse:\n${rendered.text}`);
        let text = rendered.text;
        for (const e of edits) text = checkEdit(text, rendered.owners, e);
        const eolBefore = rendered.text.includes('\r\n');
        assert.equal(text.includes('\r\n'), eolBefore || !text.includes('\n'), 'line endings stay');
        assert.equal(text.charCodeAt(0) === 0xfeff, plan.bom, 'the byte-order mark stays');
      }),
      { numRuns: RUNS },
    );
  });
});
