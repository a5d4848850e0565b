/** The benchmark's output: a table for people, one JSON object per line for tools. */
import type { Timing } from './measure';
import type { TaskRow } from './tasks';

export interface Row {
  kind: 'timing';
  n: number;
  name: string;
  group: Timing['group'];
  runs: number;
  /** The plan's size in UTF-8 bytes. */
  bytes: number;
  /** Median wall-clock milliseconds, and the fastest run. */
  ms: number;
  minMs: number;
  /** Median CPU milliseconds (see `Timing.cpuMedian`). */
  cpuMs: number;
  /** The file's size over the time taken. */
  mbPerS: number;
  vsJsYaml: number;
  vsJsonParse: number;
  vsParseDocument: number;
  /** The same ratio from CPU times: steadier than wall-clock time when other work shares the machine. */
  cpuVsJsonParse: number;
  cpuVsParseDocument: number;
  /** Time over deriveView's (the tree's groups) in the same run: what insights are measured by. */
  vsDeriveView: number;
}

export interface Extra {
  kind: 'bundle' | 'memory' | 'target';
  [field: string]: unknown;
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

export function rowsFor(n: number, bytes: number, timings: Timing[]): Row[] {
  const baseline = (name: string) => timings.find((t) => t.name.startsWith(name));
  const json = baseline('JSON.parse')?.median ?? NaN;
  const jsYaml = baseline('js-yaml')?.median ?? NaN;
  const parse = baseline('yaml parseDocument')?.median ?? NaN;
  const cpuJson = baseline('JSON.parse')?.cpuMedian ?? NaN;
  const cpuParse = baseline('yaml parseDocument')?.cpuMedian ?? NaN;
  const derive = baseline('tree groups: deriveView')?.median ?? NaN;
  return timings.map((t) => ({
    kind: 'timing',
    n,
    name: t.name,
    group: t.group,
    runs: t.runs,
    bytes,
    ms: round(t.median, 3),
    minMs: round(t.min, 3),
    cpuMs: round(t.cpuMedian, 3),
    mbPerS: round(bytes / 1e6 / (t.median / 1000), 2),
    vsJsYaml: round(t.median / jsYaml, 3),
    vsJsonParse: round(t.median / json, 3),
    vsParseDocument: round(t.median / parse, 4),
    cpuVsJsonParse: round(t.cpuMedian / cpuJson, 3),
    cpuVsParseDocument: round(t.cpuMedian / cpuParse, 4),
    vsDeriveView: round(t.median / derive, 3),
  }));
}

function cell(value: number, digits: number): string {
  if (!Number.isFinite(value)) return '–';
  return value >= 1000 ? value.toFixed(0) : value.toFixed(digits);
}

export function tableOf(rows: Row[]): string {
  const { n, bytes } = rows[0];
  const header = `N = ${n.toLocaleString('en-US')} people (${(bytes / 1e6).toFixed(2)} MB)`;
  const lines = [header, `${'case'.padEnd(40)} ${'ms'.padStart(9)} ${'cpu ms'.padStart(9)} ${'MB/s'.padStart(9)} ${'×js-yaml'.padStart(9)} ${'×JSON'.padStart(8)} ${'runs'.padStart(5)}`];
  for (const r of rows) {
    const cells = [cell(r.ms, 2).padStart(9), cell(r.cpuMs, 2).padStart(9), cell(r.mbPerS, 1).padStart(9), cell(r.vsJsYaml, 2).padStart(9), cell(r.vsJsonParse, 2).padStart(8)];
    lines.push(`${r.name.padEnd(40)} ${cells.join(' ')} ${String(r.runs).padStart(5)}`);
  }
  const insights = rows.find((r) => r.name.startsWith('insights:'));
  if (insights) lines.push(`insights: ${cell(insights.vsDeriveView, 2)}× deriveView`);
  return lines.join('\n');
}

export interface Target {
  kind: 'target';
  name: string;
  /** From wall-clock medians: what decides `met`. */
  value: number;
  /** The same from CPU-time medians, when it applies. */
  cpuValue?: number;
  limit: number;
  unit: string;
  met: boolean;
}

/** The targets, checked against what this run measured. */
export function targetsOf(rows: Row[], extras: Extra[], tasks: TaskRow[] = []): Target[] {
  const targets: Target[] = [];
  const add = (name: string, value: number | undefined, limit: number, unit: string, cpuValue?: number) => {
    if (value === undefined || !Number.isFinite(value)) return;
    const target: Target = { kind: 'target', name, value: round(value, 3), limit, unit, met: value <= limit };
    if (cpuValue !== undefined && Number.isFinite(cpuValue)) target.cpuValue = round(cpuValue, 3);
    targets.push(target);
  };
  const row = (n: number, name: string) => rows.find((r) => r.n === n && r.name.startsWith(name));
  for (const n of [1000, 10000]) {
    const label = `N=${n}`;
    for (const [what, name] of [['replace', 're-check: replace'], ['insert', 're-check: insert 1 char (middle)']]) {
      const r = row(n, name);
      add(`${label} re-check, 1-char ${what}, × JSON.parse`, r?.vsJsonParse, 2, '×', r?.cpuVsJsonParse);
    }
    const load = row(n, 'full load: PlanReader');
    add(`${label} full load (PlanReader + view), × parseDocument`, load?.vsParseDocument, 1.2, '×', load?.cpuVsParseDocument);
    for (const edit of rows.filter((r) => r.n === n && r.group === 'edit')) add(`${label} ${edit.name}, × parseDocument`, edit.vsParseDocument, 0.1, '×', edit.cpuVsParseDocument);
  }
  // An import appends thousands of entries, which are read back whole: not an edit of one entry, measured in time.
  const importing = rows.filter((r) => r.n === 1000 && r.group === 'import');
  if (importing.length === 2) {
    const sum = (pick: (r: Row) => number | undefined) => importing.reduce((total, r) => total + (pick(r) ?? NaN), 0);
    add('N=1000 import of a 5,000-row CSV (read, map, skip known, one edit), ms', sum((r) => r.ms), 1000, 'ms', sum((r) => r.cpuMs));
  }
  const match = row(1000, 'meetings: match');
  add('N=1000 meetings: 2,000-event calendar matched against the people (core), ms', match?.ms, 200, 'ms', match?.cpuMs);
  const tasksAt = tasks.filter((t) => t.n === 10000);
  if (tasksAt.length) add('N=10000 longest task while reading (load, typing, broken YAML), ms', Math.max(...tasksAt.map((t) => t.longestMs)), 100, 'ms');
  const memory = extras.find((e) => e.kind === 'memory' && e.path === 'PlanReader + deriveView');
  if (memory) add('N=10000 peak RSS of a full load, MB', memory.peakRssMB as number, 1024, 'MB');
  // The Node bundle, and the browser's (`dist/web/extension.js`): each is what activation loads (lazy bundles are not).
  for (const bundle of extras.filter((e) => e.kind === 'bundle' && !(typeof e.file === 'string' && e.file.startsWith('dist/lazy/')))) add(`bundle ${(bundle.file as string | undefined) ?? 'dist/extension.js'}, KB`, (bundle.bytes as number) / 1024, 250, 'KB');
  return targets;
}

export function targetTable(targets: Target[]): string {
  const lines = ['Targets (issue 5), from wall-clock medians (CPU-time figure in brackets)'];
  for (const t of targets) {
    const cpu = t.cpuValue === undefined ? '' : ` [${t.cpuValue}]`;
    lines.push(`${t.met ? 'met   ' : 'MISSED'} ${t.name.padEnd(62)} ${String(t.value).padStart(9)}${cpu} (limit ${t.limit})`);
  }
  return lines.join('\n');
}
