import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PlanReader, readPlan } from '../../../../src/core';
import { arbitraryEditChoice, buildEdit } from '../../../hostile/editArbitrary';
import { probeEdit } from '../../../hostile/editProbe';
import { fuzzRuns } from '../../../hostile/fuzzRuns';
import { planFaults } from '../../../hostile/invariants';
import { arbitraryBase, arbitraryMutation, arbitraryText, mutate } from '../../../hostile/mutations';

/** readPlan must not throw and must give a well-formed plan (the property fails on a throw too). */
function readChecked(text: string) {
  const plan = readPlan(text);
  assert.deepEqual(planFaults(plan, text), [], JSON.stringify(text));
  return plan;
}

describe('reading hostile text (property)', function () {
  this.timeout(60_000 + fuzzRuns(5) * 50);

  it('reads any text without throwing, with problems inside the text, as the incremental reader does', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        const plan = readChecked(text);
        assert.deepStrictEqual(new PlanReader().read(text), plan, JSON.stringify(text));
      }),
      { numRuns: fuzzRuns(3) },
    );
  });

  it('reads mutated valid plans (CRLF, BOM, flow, comments, anchors) the same, incrementally and in full', () => {
    fc.assert(
      fc.property(arbitraryBase, fc.array(arbitraryMutation, { minLength: 1, maxLength: 6 }), (base, mutations) => {
        const reader = new PlanReader();
        let text = base;
        assert.deepStrictEqual(reader.read(text), readChecked(text));
        for (const mutation of mutations) {
          text = mutate(text, mutation);
          assert.deepStrictEqual(reader.read(text), readChecked(text), JSON.stringify(text));
        }
      }),
      { numRuns: fuzzRuns(1) },
    );
  });

  it('edits mutated plans safely: applied with every other byte kept, or refused with an EditError', () => {
    fc.assert(
      fc.property(arbitraryBase, fc.array(arbitraryMutation, { minLength: 1, maxLength: 3 }), arbitraryEditChoice, (base, mutations, choice) => {
        const text = mutations.reduce(mutate, base);
        const plan = readPlan(text);
        fc.pre(plan.people.length > 0);
        // What the edit must show is checked on valid plans (a duplicate name here may hide it); here only that nothing is damaged or lost.
        const edit = { ...buildEdit(plan, choice), expect: () => undefined };
        const outcome = probeEdit(text, plan, edit, readPlan);
        assert.deepEqual(outcome.faults, [], `${edit.label} on ${JSON.stringify(text)}`);
      }),
      { numRuns: fuzzRuns(1) },
    );
  });
});
