import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readPlan, type Plan } from '../../../../src/core';
import { arbitraryEditChoice, buildEdit, changesNothing } from '../../../hostile/editArbitrary';
import { probeEdit } from '../../../hostile/editProbe';
import { viewFault } from '../../../hostile/editView';
import { fuzzRuns } from '../../../hostile/fuzzRuns';
import { arbitraryPlanModel } from '../../../hostile/planArbitrary';
import { planText } from '../../../hostile/planWriter';

/** Problems as `code: message`, sorted; over-commit depends on stages, which edits may change. */
function problemList(plan: Plan, ignore: string[] = []): string[] {
  return plan.problems
    .filter((p) => p.code !== 'over-commit' && !ignore.includes(p.code))
    .map((p) => `${p.code}: ${p.message}`)
    .sort();
}

describe('edits of valid plans (property)', function () {
  // About 10 ms a case, and CI runs many.
  this.timeout(60_000 + fuzzRuns(2) * 100);

  it('generates valid plans in every style (the premise of the edit properties)', () => {
    fc.assert(
      fc.property(arbitraryPlanModel, (model) => {
        const text = planText(model);
        const plan = readPlan(text);
        assert.deepEqual(problemList(plan), [], text);
        assert.equal(plan.people.length, model.people.length);
        assert.equal(plan.eol, model.eol);
      }),
      { numRuns: fuzzRuns(0.5) },
    );
  });

  it('apply with the change shown in the plan and its view, no new problems, every comment kept and other entries byte-identical, or refuse only what changes nothing', () => {
    fc.assert(
      fc.property(arbitraryPlanModel, arbitraryEditChoice, (model, choice) => {
        const text = planText(model);
        const before = readPlan(text);
        const edit = buildEdit(before, choice);
        const outcome = probeEdit(text, before, edit, readPlan);
        assert.deepEqual(outcome.faults, [], `${edit.label} on ${JSON.stringify(text)}`);
        if (outcome.result === 'refused') {
          assert.equal(outcome.detail, 'no-change', `${edit.label} was refused on ${JSON.stringify(text)}`);
          assert.ok(changesNothing(before, choice, text), `${edit.label} was refused as no-change but would change the plan`);
          return;
        }
        assert.ok(!changesNothing(before, choice, text), `${edit.label} changed the text although it should change nothing`);
        // Removing a person keeps the journal entries naming them (history): those names become unknown.
        const ignore = edit.edit.kind === 'removePerson' ? ['unknown-person'] : [];
        const after = readPlan(outcome.out ?? '');
        assert.deepEqual(problemList(after, ignore), problemList(before, ignore), `${edit.label} on ${JSON.stringify(text)}`);
        assert.equal(viewFault(edit.edit, before, after), undefined, `${edit.label} on ${JSON.stringify(text)}`);
      }),
      { numRuns: fuzzRuns(2) },
    );
  });
});
