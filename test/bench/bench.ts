/**
 * `npm run bench [-- --json] [-- --quick] [-- --sizes=100,1000]`: how fast plans load, re-check as
 * you type, edit and export, next to JSON.parse, js-yaml and plain `yaml` on the same data.
 */
import { deepStrictEqual } from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PlanReader, readPlan } from '../../src/core';
import { casesFor, type Runs } from './cases';
import { generatePlan } from './generatePlan';
import { measure } from './measure';
import { reportPeakMemory } from './memoryChild';
import { rowsFor, tableOf, targetsOf, targetTable, type Extra, type Row, type Target } from './report';
import { bundleFacts, MEMORY_PATHS, peakMemory, repoRoot, webBundleFacts, type MemoryPath } from './system';
import { measureTasks, taskTable, type TaskRow } from './tasks';

export interface BenchOptions {
  sizes: number[];
  quick: boolean;
  /** Peak memory at N = 10,000 in child processes (skipped by --quick). */
  memory: boolean;
  /** Bundle size and require time (builds dist/ first when it is missing and `build` is set). */
  bundle: boolean;
  build: boolean;
  /** Called with each part of the output as soon as it is measured. */
  progress?: (rows: Row[], extras: Extra[]) => void;
}

export interface BenchResult {
  rows: Row[];
  extras: Extra[];
  targets: Target[];
}

function runsFor(n: number, quick: boolean): { runs: Runs; warmup: number } {
  if (quick) return n <= 100 ? { runs: { slow: 3, fast: 10, fallback: 2 }, warmup: 1 } : { runs: { slow: 2, fast: 5, fallback: 1 }, warmup: 1 };
  if (n <= 100) return { runs: { slow: 20, fast: 50, fallback: 10 }, warmup: 3 };
  if (n <= 1000) return { runs: { slow: 7, fast: 30, fallback: 5 }, warmup: 2 };
  // A full parse of 12 MB takes seconds: few runs, and the smaller sizes already warmed the code up.
  return { runs: { slow: 3, fast: 15, fallback: 2 }, warmup: 0 };
}

/** The incremental reader must agree with a plain read on the benchmark's own edits too. */
function checkSameResults(n: number): void {
  const text = generatePlan(n);
  const reader = new PlanReader();
  reader.read(text);
  const at = text.indexOf('    note: ', text.length >> 1) + 10;
  for (const edited of [text.slice(0, at) + 'x' + text.slice(at), text.slice(0, at) + 'Q' + text.slice(at + 1), text]) {
    deepStrictEqual(reader.read(edited), readPlan(edited), `incremental and plain reads differ at N=${n}`);
  }
}

export function runBench(options: BenchOptions): BenchResult {
  const rows: Row[] = [];
  const extras: Extra[] = [];
  for (const n of options.sizes) {
    if (n <= 1000) checkSameResults(n);
    const { runs, warmup } = runsFor(n, options.quick);
    const { text, cases } = casesFor(n, runs, warmup + Math.max(runs.slow, runs.fast, runs.fallback));
    const sized = rowsFor(n, Buffer.byteLength(text), measure(cases, warmup));
    rows.push(...sized);
    options.progress?.(sized, []);
  }
  const found: Extra[] = [];
  if (options.bundle) {
    const bundle = bundleFacts(options.build);
    if (bundle) found.push(bundle);
    const web = webBundleFacts();
    if (web) found.push(web);
    // The iCalendar parser's bundle, loaded once a calendar is set (not at activation).
    const meetings = bundleFacts(false, 5, 'dist/lazy/meetings.js');
    if (meetings) found.push(meetings);
    // The contacts parsers (csv-parse, ical.js's vCard) and the import preview, loaded on Import People.
    const contacts = bundleFacts(false, 5, 'dist/lazy/import.js');
    if (contacts) found.push(contacts);
  }
  if (options.memory) for (const which of MEMORY_PATHS) found.push(peakMemory(10_000, which));
  extras.push(...found);
  options.progress?.([], found);
  return { rows, extras, targets: targetsOf(rows, extras) };
}

function printExtra(extra: Extra): string {
  if (extra.kind === 'bundle') {
    const required = extra.requireMs === undefined ? '' : `, require in a fresh process ${extra.requireMs as number} ms`;
    return `Bundle ${String(extra.file)}: ${((extra.bytes as number) / 1024).toFixed(1)} KB (${((extra.gzipBytes as number) / 1024).toFixed(1)} KB gzip)${required}`;
  }
  const { n, path, peakRssMB, rssBeforeLoadMB, retainedHeapMB } = extra as Record<string, number | string>;
  return `Peak RSS, full load at N=${n} (${path}): ${peakRssMB} MB (${rssBeforeLoadMB} MB before the load; heap kept afterwards ${retainedHeapMB} MB)`;
}

/** The longest tasks, for each size: the worker is the bundled one (built by `npm run build`). */
async function runTaskBench(sizes: number[], quick: boolean): Promise<TaskRow[]> {
  const rows: TaskRow[] = [];
  const workerFile = path.join(repoRoot(), 'dist', 'planReadWorker.js');
  if (!fs.existsSync(workerFile)) spawnSync('npm', ['run', 'build'], { cwd: repoRoot(), stdio: 'inherit' });
  for (const n of sizes) rows.push(...(await measureTasks(n, workerFile, quick ? 1 : 3)));
  return rows;
}

async function main(argv: string[]): Promise<void> {
  const memoryAt = argv.indexOf('--peak-memory');
  if (memoryAt >= 0) return reportPeakMemory(Number(argv[memoryAt + 1]), argv[memoryAt + 2] as MemoryPath);
  const json = argv.includes('--json');
  const quick = argv.includes('--quick');
  const sizesArg = argv.find((a) => a.startsWith('--sizes='));
  const sizes = sizesArg ? sizesArg.slice(8).split(',').filter(Boolean).map(Number) : quick ? [100, 1000] : [100, 1000, 10_000];
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const environment = { kind: 'environment', node: process.version, cpus: os.cpus().length, loadavg: os.loadavg().map((l) => Number(l.toFixed(2))), gc: typeof (globalThis as { gc?: unknown }).gc === 'function' };
  if (json) out(JSON.stringify(environment));
  else {
    out(`Node ${environment.node}, ${environment.cpus} CPUs, load average ${environment.loadavg.join(' ')}; medians in ms`);
    if (environment.loadavg[0] > environment.cpus) out('The machine is busy with other work: wall-clock times are inflated; the CPU times are steadier.');
    out('');
  }
  const result = runBench({
    sizes,
    quick,
    memory: !quick && sizes.includes(10_000),
    bundle: true,
    build: !quick,
    progress: (rows, extras) => {
      if (json) {
        for (const item of [...rows, ...extras]) out(JSON.stringify(item));
        return;
      }
      if (rows.length) out(`${tableOf(rows)}\n`);
      for (const extra of extras) out(printExtra(extra));
    },
  });
  const tasks = await runTaskBench(sizes, quick);
  if (json) for (const row of tasks) out(JSON.stringify(row));
  else out(`\n${taskTable(tasks)}`);
  const targets = targetsOf(result.rows, result.extras, tasks);
  if (json) for (const target of targets) out(JSON.stringify(target));
  else out(`\n${targetTable(targets)}`);
}

if (require.main === module) void main(process.argv.slice(2));
