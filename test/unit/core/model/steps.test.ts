import * as assert from 'node:assert/strict';
import { readPlan } from '../../../../src/core';
import { deriveView, deriveViewSteps } from '../../../../src/core/model/schedule';
import { ENTRIES_PER_STEP, runSteps, runStepsPausing } from '../../../../src/core/model/steps';
import type { JournalEntry, Plan } from '../../../../src/core/model/types';

/** A plan with `entries` journal entries, made without parsing them (only the view is under test). */
function bigJournalPlan(entries: number): Plan {
  const plan = readPlan('people:\n  - {name: Ann, stage: building}\n  - {name: Bo, stage: established}\njournal:\n  - {date: 2026-01-02, with: [Ann, Bo]}\n');
  const [model] = plan.journal;
  const journal: JournalEntry[] = Array.from({ length: entries }, (_, index) => ({ ...model, index, date: `2026-0${1 + (index % 9)}-1${index % 10}` }));
  return { ...plan, journal };
}

describe('steps', () => {
  it('derives the view in several steps, to exactly what deriveView gives', async () => {
    const plan = bigJournalPlan(2 * ENTRIES_PER_STEP + 10);
    let pauses = 0;
    const view = await runStepsPausing(deriveViewSteps(plan, '2026-11-30'), () => Promise.resolve(void pauses++));
    assert.deepEqual(view, deriveView(plan, '2026-11-30'));
    assert.deepEqual(runSteps(deriveViewSteps(plan, '2026-11-30')), view);
    // A pause before the journal, one every ENTRIES_PER_STEP entries over its two passes, and one after it.
    assert.equal(pauses, 1 + Math.floor((2 * plan.journal.length) / ENTRIES_PER_STEP) + 1);
    assert.equal(view.byKey.get('ann')?.entries.length, plan.journal.length);
  });

  it('checks today before the first step', () => {
    assert.throws(() => deriveViewSteps(bigJournalPlan(1), '2026-02-30'), RangeError);
  });

  it('stops at a pause that rejects', async () => {
    const steps = deriveViewSteps(bigJournalPlan(ENTRIES_PER_STEP * 2), '2026-11-30');
    await assert.rejects(runStepsPausing(steps, () => Promise.reject(new Error('newer load'))), /newer load/);
  });
});
