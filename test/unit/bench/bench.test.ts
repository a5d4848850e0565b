import assert from 'node:assert/strict';
import { readPlan } from '../../../src/core';
import { runBench } from '../../bench/bench';
import { generatePlan } from '../../bench/generatePlan';
import * as path from 'node:path';
import { targetsOf, type Row } from '../../bench/report';
import { measureTasks, type TaskRow } from '../../bench/tasks';

describe('benchmark (smoke: it runs and measures what it says; no timing is asserted)', function () {
  this.timeout(60_000);

  it('generates realistic plans that read without problems, the same for the same size', () => {
    const text = generatePlan(40);
    const plan = readPlan(text);
    assert.deepEqual(plan.problems, []);
    assert.equal(plan.people.length, 40);
    assert.equal(plan.journal.length, 400);
    assert.equal(new Set(plan.people.map((p) => p.key)).size, 40, 'names are unique');
    assert.ok(plan.people.some((p) => p.stage === 'established') && plan.people.some((p) => p.cadenceText));
    assert.match(text, /#/, 'with comments');
    assert.equal(generatePlan(40), text);
    assert.notEqual(generatePlan(40, { seed: 2 }), text);
  });

  it('measures every case for a small plan, with the baselines in the same run', () => {
    const { rows } = runBench({ sizes: [20], quick: true, memory: false, bundle: false, build: false });
    const names = rows.map((r) => r.name);
    for (const expected of ['JSON.parse', 'js-yaml load', 'yaml parseDocument', 'full load: PlanReader', 're-check: replace', 're-check: insert 1 char (middle)', 'edit: log contact', 'edit: snooze', 'edit: add person', 'import: 5,000 rows', 'import: read a 5,000-row CSV', 'tree groups', 'due list', 'calendar', 'meetings: read', 'meetings: match']) {
      assert.ok(names.some((n) => n.startsWith(expected)), `${expected} is measured`);
    }
    for (const row of rows) {
      assert.ok(row.ms > 0 && Number.isFinite(row.ms), `${row.name}: ${row.ms} ms`);
      assert.ok(Number.isFinite(row.vsJsonParse) && Number.isFinite(row.vsJsYaml), `${row.name} has ratios`);
    }
  });

  it('checks the targets against the measured ratios', () => {
    const row = (name: string, vsJsonParse: number, vsParseDocument: number, group: Row['group'] = 'recheck'): Row => ({
      kind: 'timing', n: 1000, name, group, runs: 1, bytes: 1, ms: 1, minMs: 1, cpuMs: 1, mbPerS: 1, vsJsYaml: 1, vsJsonParse, vsParseDocument, cpuVsJsonParse: vsJsonParse, cpuVsParseDocument: vsParseDocument, vsDeriveView: 1,
    });
    const task = (n: number, longestMs: number): TaskRow => ({ kind: 'tasks', n, name: 'first load', runs: 1, ms: 1000, slowestMs: 1000, longestMs, typicalLongestMs: longestMs });
    const targets = targetsOf([row('re-check: replace 1 char (middle)', 1.5, 0.01), row('re-check: insert 1 char (middle)', 2.5, 0.02), row('edit: log contact', 0, 0.2, 'edit'), { ...row('meetings: match (core)', 0, 0, 'view'), ms: 250 }, { ...row('import: 5,000 rows', 0, 1, 'import'), ms: 700, cpuMs: 900 }, { ...row('import: read a 5,000-row CSV', 0, 0.1, 'import'), ms: 80, cpuMs: 120 }], [{ kind: 'bundle', bytes: 300 * 1024 }, { kind: 'bundle', file: 'dist/web/extension.js', bytes: 240 * 1024 }, { kind: 'bundle', file: 'dist/lazy/meetings.js', bytes: 1 }], [task(10000, 99), task(10000, 120), task(1000, 500)]);
    const met = Object.fromEntries(targets.map((t) => [t.name, t.met]));
    assert.deepEqual(met, {
      'N=1000 re-check, 1-char replace, × JSON.parse': true,
      'N=1000 re-check, 1-char insert, × JSON.parse': false,
      'N=1000 edit: log contact, × parseDocument': false,
      'N=1000 import of a 5,000-row CSV (read, map, skip known, one edit), ms': true,
      'N=1000 meetings: 2,000-event calendar matched against the people (core), ms': false,
      'bundle dist/extension.js, KB': false,
      'bundle dist/web/extension.js, KB': true,
      'N=10000 longest task while reading (load, typing, broken YAML), ms': false,
    });
    assert.equal(targets.find((t) => t.name.includes('longest task'))?.value, 120);
    assert.deepEqual(targets.filter((t) => t.name.includes('import')).map((t) => [t.value, t.cpuValue]), [[780, 1020]]);
  });

  it('measures the longest task of each way of reading', async () => {
    const workerFile = path.resolve(__dirname, '..', '..', '..', 'src', 'planReadWorker.js');
    const rows = await measureTasks(60, workerFile, 1);
    assert.deepEqual(rows.map((r) => r.name), ['first load', 'insert 1 char (middle)', 'insert 1 char (first people)', 'edit breaking the YAML (parsed in a worker)']);
    // A run's longest block lies within that run (plus a timer tick), so within the slowest run.
    for (const row of rows) {
      assert.ok(row.ms > 0 && row.ms <= row.slowestMs && row.longestMs > 0 && row.longestMs <= row.slowestMs + 5, `${row.name}: ${row.longestMs} of ${row.slowestMs} ms`);
    }
  });
});
