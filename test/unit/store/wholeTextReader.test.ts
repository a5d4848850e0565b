import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { readPlan } from '../../../src/core';
import { nodePlanWorker } from '../../../src/store/nodePlanWorker';
import { ReadCancelled, WholeTextReader } from '../../../src/store/wholeTextReader';

/** The compiled worker beside the compiled reader (`out/src/planReadWorker.js`). */
const workerFile = path.resolve(__dirname, '..', '..', '..', 'src', 'planReadWorker.js');

/** A plan of many small people and entries (more than one part of each), with broken YAML when `broken`. */
function manyPeoplePlan(people: number, entries: number, broken = false): string {
  const lines = ['version: 1', 'people:'];
  for (let i = 0; i < people; i++) lines.push(`  - name: Person ${i}`, '    lists: [like]', '    stage: building');
  lines.push('journal:');
  for (let i = 0; i < entries; i++) lines.push(`  - date: 2026-01-0${1 + (i % 9)}`, `    with: [Person ${i % people}, Nobody ${i % 3}]`);
  if (broken) lines.splice(5, 0, '  - name: "unclosed');
  return lines.join('\n') + '\n';
}

describe('WholeTextReader', function () {
  this.timeout(60_000);
  const readers: WholeTextReader[] = [];
  const reader = () => {
    const made = new WholeTextReader(nodePlanWorker(workerFile));
    readers.push(made);
    return made;
  };
  after(() => readers.forEach((r) => r.dispose()));

  it('reads in a worker exactly what readPlan reads: thousands of people, entries and problems, broken YAML, nothing', async () => {
    for (const text of [manyPeoplePlan(2100, 11_000), manyPeoplePlan(30, 40, true), 'people: [', '']) {
      const plan = await reader().read(text);
      assert.deepEqual(plan, readPlan(text));
    }
  });

  it('shares a running read with a read of the same text', async () => {
    const r = reader();
    const text = manyPeoplePlan(200, 500, true);
    const first = r.read(text);
    const again = r.read(text);
    assert.equal(again, first);
    assert.deepEqual(await again, readPlan(text));
    assert.equal(r.busy, false);
  });

  it('ends a read when a read of another text starts, or on cancel and dispose, with ReadCancelled', async () => {
    const r = reader();
    const first = r.read(manyPeoplePlan(500, 2000, true));
    const second = r.read(manyPeoplePlan(3, 3));
    await assert.rejects(first, ReadCancelled);
    assert.deepEqual(await second, readPlan(manyPeoplePlan(3, 3)));
    assert.equal(r.busy, false);
    const third = r.read(manyPeoplePlan(500, 2000));
    r.cancel();
    await assert.rejects(third, ReadCancelled);
    const fourth = r.read('version: 1\n');
    r.dispose();
    await assert.rejects(fourth, ReadCancelled);
    await assert.rejects(r.read('version: 1\n'), ReadCancelled);
  });

  it('answers a plan with one clear error when the worker runs out of memory', async () => {
    const text = manyPeoplePlan(3000, 20_000, true);
    const plan = await new WholeTextReader(nodePlanWorker(workerFile, 8)).read(text);
    assert.equal(plan.syntaxOk, false);
    assert.deepEqual(plan.people, []);
    assert.equal(plan.problems.length, 1);
    assert.match(plan.problems[0].message, /too large to check: reading it ran out of memory/);
    assert.deepEqual(plan.problems[0].span, { start: 0, end: 0 });
  });

  it('reads on the main thread when the worker cannot start', async () => {
    const text = manyPeoplePlan(5, 5, true);
    const plan = await new WholeTextReader(nodePlanWorker(path.join(__dirname, 'no-such-worker.js'))).read(text);
    assert.deepEqual(plan, readPlan(text));
  });

  it('reads on the main thread when no worker can be made at all (a browser without Web Workers, say)', async () => {
    const text = manyPeoplePlan(5, 5, true);
    const r = new WholeTextReader(() => {
      throw new Error('no workers here');
    });
    assert.deepEqual(await r.read(text), readPlan(text));
    assert.equal(r.busy, false);
  });
});
