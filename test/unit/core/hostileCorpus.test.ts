import assert from 'node:assert/strict';
import { caseNames } from '../../hostile/cases';
import { runProbes, type CaseResult } from '../../hostile/runProbes';

/** Each surface (one read, one edit, one command-line run) on a normal file must take less than this. */
const SURFACE_LIMIT_MS = 5_000;
/** The same for the large generated plans (1,000 people; 20 MB). */
const BIG_SURFACE_LIMIT_MS = 60_000;
/** A case whose probe runs longer than this is taken to hang: its process is killed. */
const CASE_LIMIT_MS = 60_000;
const BIG_CASE_LIMIT_MS = 600_000;

const BIG = new Set(['generated/dense-1000-people', 'generated/big-20mb']);
/** The large plans take a minute or two: CI (or HOSTILE_BIG=1) runs them, a quick local run leaves them out. */
const withBig = process.env.HOSTILE_BIG === '1' || (process.env.HOSTILE_BIG !== '0' && !!process.env.CI);
const names = caseNames().filter((name) => withBig || !BIG.has(name));

describe('hostile and odd plans: every surface over each', function () {
  this.timeout(names.length * CASE_LIMIT_MS + BIG_CASE_LIMIT_MS);
  let results = new Map<string, CaseResult>();

  before(async () => {
    results = await runProbes(names, (name) => (BIG.has(name) ? BIG_CASE_LIMIT_MS : CASE_LIMIT_MS));
  });

  for (const name of names) {
    it(name, () => {
      const result = results.get(name);
      assert.ok(result, 'the case was not probed');
      assert.notEqual(result.kind, 'timeout', `the probe did not finish within ${BIG.has(name) ? BIG_CASE_LIMIT_MS : CASE_LIMIT_MS} ms`);
      assert.ok(result.kind === 'report', `the probe process crashed: ${result.kind === 'crash' ? result.reason : ''}`);
      const { report } = result;
      assert.deepEqual(report.faults, []);
      const limit = BIG.has(name) ? BIG_SURFACE_LIMIT_MS : SURFACE_LIMIT_MS;
      // The probe's own checks after each edit are not the product's time.
      const slow = Object.entries(report.times).filter(([surface, ms]) => ms > limit && !surface.startsWith('checking '));
      assert.deepEqual(slow, [], `surfaces slower than ${limit} ms`);
    });
  }

  it('applied every kind of edit somewhere, and refused edits of plans that do not read', () => {
    const reports = [...results.values()].flatMap((r) => (r.kind === 'report' ? [r.report] : []));
    const applied = new Set(reports.flatMap((r) => r.edits.filter((e) => e.includes(': applied')).map((e) => e.split(':')[0])));
    for (const label of ['addPerson', 'addToList help', 'removeFromList like', 'logContact', 'setField how', 'setField cadence', 'setField stage', 'setField next (snooze)', 'setField how removed', 'rename', 'removePerson']) {
      assert.ok(applied.has(label), `no case applied ${label}`);
    }
    // (Each case's faults already include any edit made to, or refused for another reason than, a plan with syntax errors.)
    assert.ok(reports.some((r) => !r.syntaxOk && r.edits.length > 0 && r.edits.every((e) => e.includes('refused (syntax)'))));
  });
});
