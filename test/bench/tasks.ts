/**
 * How long the main thread is blocked at a time while plans are read the way the extension reads them
 * (store/planSource.ts): sliced reads, views derived in steps, whole-file parses in a worker thread.
 * A probe timer records the longest gap between its ticks (garbage collection included).
 */
import { PlanReader, type Plan } from '../../src/core';
import { pauseForOthers as pause } from '../../src/store/nodePause';
import { nodePlanWorker } from '../../src/store/nodePlanWorker';
import { derivePaced, readPaced, SMALL_PLAN_CHARS } from '../../src/store/pacedRead';
import { WholeTextReader } from '../../src/store/wholeTextReader';
import { generatePlan } from './generatePlan';
import { median } from './measure';

export interface TaskRow {
  kind: 'tasks';
  n: number;
  name: string;
  runs: number;
  /** Median milliseconds from start to plan and view. */
  ms: number;
  /** The slowest run's milliseconds: no block of any run can be longer (the worst block may come from a slow run). */
  slowestMs: number;
  /** The longest the main thread was blocked at a time, over all runs. */
  longestMs: number;
  /** The median over runs of each run's longest block (a garbage collection of the whole heap comes now and then). */
  typicalLongestMs: number;
}

async function longestBlock(work: () => Promise<unknown>): Promise<{ ms: number; longest: number }> {
  let last = performance.now();
  let longest = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const start = performance.now();
  await work();
  const end = performance.now();
  clearInterval(probe);
  return { ms: end - start, longest: Math.max(longest, end - last) };
}

const insertAt = (text: string, at: number, c: string): string => text.slice(0, at) + c + text.slice(at);

export async function measureTasks(n: number, workerFile: string, runs = 3): Promise<TaskRow[]> {
  const text = generatePlan(n);
  const whole = new WholeTextReader(nodePlanWorker(workerFile));
  const readAndView = async (reader: PlanReader, next: string): Promise<Plan> => {
    const plan = await readPaced(reader, next, pause, (t) => whole.read(t));
    await derivePaced(plan, '2026-11-30', pause, next.length <= SMALL_PLAN_CHARS);
    return plan;
  };
  const place = (key: string, from: number, i: number) => {
    let at = text.indexOf(key, from);
    for (let k = 0; k < i; k++) at = text.indexOf(key, at + 1);
    return at + key.length;
  };
  // Typing is measured over more runs: it is quick, and its longest blocks vary more.
  const cases: { name: string; edited: (i: number) => string; fresh?: boolean; runs: number }[] = [
    { name: 'first load', edited: () => text, fresh: true, runs },
    { name: 'insert 1 char (middle)', edited: (i) => insertAt(text, place('    note: ', text.length >> 1, i), 'x'), runs: 4 * runs },
    { name: 'insert 1 char (first people)', edited: (i) => insertAt(text, place('    how: ', 0, i), 'x'), runs: 4 * runs },
    { name: 'edit breaking the YAML (parsed in a worker)', edited: (i) => insertAt(text, place('    note: ', text.length >> 1, i), '"'), runs },
  ];
  const rows: TaskRow[] = [];
  const shared = new PlanReader();
  await readAndView(shared, text);
  try {
    for (const c of cases) {
      const times: number[] = [];
      const longests: number[] = [];
      for (let i = 0; i < c.runs; i++) {
        const reader = c.fresh ? new PlanReader() : shared;
        const edited = c.edited(i);
        const measured = await longestBlock(() => readAndView(reader, edited));
        times.push(measured.ms);
        longests.push(measured.longest);
        // Back to the plan as it was (untimed), as after an undo.
        if (!c.fresh) await readAndView(shared, text);
      }
      const round = (ms: number) => Number(ms.toFixed(1));
      rows.push({ kind: 'tasks', n, name: c.name, runs: c.runs, ms: round(median(times)), slowestMs: round(Math.max(...times)), longestMs: round(Math.max(...longests)), typicalLongestMs: round(median(longests)) });
    }
  } finally {
    whole.dispose();
  }
  return rows;
}

export function taskTable(rows: TaskRow[]): string {
  const lines = [
    'Longest task on the main thread, reading as the extension does (sliced reads, stepped views, broken YAML in a worker)',
    `${'N'.padStart(6)} ${'case'.padEnd(46)} ${'total ms'.padStart(9)} ${'longest: typical'.padStart(17)} ${'worst'.padStart(6)} ${'runs'.padStart(5)}`,
  ];
  for (const r of rows) {
    const cells = [r.ms.toFixed(1).padStart(9), r.typicalLongestMs.toFixed(1).padStart(17), r.longestMs.toFixed(1).padStart(6), String(r.runs).padStart(5)];
    lines.push(`${String(r.n).padStart(6)} ${r.name.padEnd(46)} ${cells.join(' ')}`);
  }
  return lines.join('\n');
}
