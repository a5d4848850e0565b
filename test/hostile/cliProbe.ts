/** Runs the command-line tool (its real file access, in this process) on a plan file in a scratch directory. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeIo } from '../../src/cli/nodeIo';
import { runCli } from '../../src/cli/run';
import { readPlan } from '../../src/core';
import { PROBE_TODAY } from './editExpectations';
import { bomFault, changedRange, excerpt, lineEndingFault } from './textChecks';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs one command (named for timing) and returns what it did. */
export type Runner = (command: string, args: string[]) => CliRun;

const PLAN_FILE = 'plan.yaml';
const CHECK_LINE = /^plan\.yaml:\d+:\d+: (error|warning) [a-z-]+ \S.*$/;

/** The directory's entries with their bytes, to prove that nothing else was written. */
function snapshot(dir: string): Map<string, Buffer> {
  return new Map(fs.readdirSync(dir).sort().map((name) => [name, fs.readFileSync(path.join(dir, name))]));
}

function sameSnapshot(a: Map<string, Buffer>, b: Map<string, Buffer>, except?: string): string | undefined {
  const names = (m: Map<string, Buffer>) => [...m.keys()].join(', ');
  if (names(a) !== names(b)) return `the directory changed: [${names(a)}] became [${names(b)}]`;
  for (const [name, bytes] of a) if (name !== except && !bytes.equals(b.get(name)!)) return `${name} changed`;
  return undefined;
}

export function runInProcess(args: string[], cwd: string): CliRun {
  const out: string[] = [];
  const err: string[] = [];
  const io = { ...nodeIo(), stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), today: PROBE_TODAY };
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    return { code: runCli(args, io), out: out.join(''), err: err.join('') };
  } finally {
    process.chdir(previous);
  }
}

function runFaults(command: string, run: CliRun): string[] {
  const faults: string[] = [];
  if (![0, 1, 2].includes(run.code)) faults.push(`${command}: exit code ${run.code}`);
  if (/unexpected error/i.test(run.err)) faults.push(`${command}: ${run.err.trim()}`);
  if (run.code !== 0 && (run.err.trim() === '' || run.err.trim().split('\n').length !== 1) && command !== 'check') faults.push(`${command}: failed without a one-line message: ${excerpt(run.err)}`);
  return faults;
}

function readCommandFaults(dir: string, bytes: Buffer, run: Runner): string[] {
  const faults: string[] = [];
  const check = run('check', ['check', PLAN_FILE]);
  faults.push(...runFaults('check', check));
  if (check.code !== 2) {
    const lines = check.out.split('\n').filter((l) => l !== '');
    const bad = lines.find((l) => !CHECK_LINE.test(l));
    if (bad !== undefined) faults.push(`check printed ${excerpt(bad)}`);
    const problems = readPlan(bytes.toString('utf8')).problems.length;
    if (lines.length !== problems) faults.push(`check printed ${lines.length} lines for ${problems} problems`);
  }
  for (const args of [['due', '--today', PROBE_TODAY, '--within', '30', '--json'], ['lists', '--json'], ['ics', '--today', PROBE_TODAY]]) {
    const result = run(args[0], [...args, PLAN_FILE]);
    faults.push(...runFaults(args[0], result));
    if (result.code !== 0) continue;
    if (args[0] === 'ics') {
      if (!result.out.startsWith('BEGIN:VCALENDAR\r\n')) faults.push(`ics printed ${excerpt(result.out)}`);
    } else {
      try {
        JSON.parse(result.out);
      } catch {
        faults.push(`${args[0]} --json printed no JSON: ${excerpt(result.out)}`);
      }
    }
  }
  return faults;
}

function logFaults(dir: string, bytes: Buffer, name: string, runner: Runner): { faults: string[]; result: string } {
  const file = path.join(dir, PLAN_FILE);
  const before = snapshot(dir);
  const run = runner('log', ['log', '--date', '2026-11-29', '--note', 'CLI; probe: #2', '--', name, PLAN_FILE]);
  const after = snapshot(dir);
  const faults = runFaults('log', run);
  const written = fs.readFileSync(file);
  const dirFault = sameSnapshot(before, after, run.code === 0 ? PLAN_FILE : undefined);
  if (dirFault) faults.push(`log (exit ${run.code}): ${dirFault}`);
  if (run.code !== 0) return { faults, result: `refused: ${run.err.trim()}` };
  const text = bytes.toString('utf8');
  const out = written.toString('utf8');
  if (written.equals(bytes)) faults.push('log succeeded but the file is unchanged');
  const plan = readPlan(text);
  for (const fault of [bomFault(text, out), lineEndingFault(text, out, plan.eol)]) if (fault) faults.push(`log: ${fault}`);
  const { prefix, suffix } = changedRange(text, out);
  const last = plan.journal[plan.journal.length - 1];
  if (last && prefix < last.span.start) faults.push(`log changed text before the last journal entry: ${excerpt(text.slice(prefix, text.length - suffix))}`);
  const afterPlan = readPlan(out);
  if (afterPlan.journal.length !== plan.journal.length + 1 || !afterPlan.journal.some((e) => e.note === 'CLI; probe: #2')) faults.push('log: the contact is not in the journal read back');
  return { faults, result: 'logged' };
}

/** Runs check, due, lists, ics and log on a copy of `bytes`; the file changes only by a successful log, and nothing else is written. */
export function probeCli(bytes: Buffer, name: string, timed: (command: string, body: () => CliRun) => CliRun): { faults: string[]; log: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'networking-plan-hostile-'));
  const run: Runner = (command, args) => timed(command, () => runInProcess(args, dir));
  try {
    fs.writeFileSync(path.join(dir, PLAN_FILE), bytes);
    const start = snapshot(dir);
    const faults = readCommandFaults(dir, bytes, run);
    const unchanged = sameSnapshot(start, snapshot(dir));
    if (unchanged) faults.push(`a read-only command wrote: ${unchanged}`);
    const missing = run('log', ['log', 'Nobody Here At All', '--date', '2026-11-29', PLAN_FILE]);
    if (missing.code === 0) faults.push('log of a missing person succeeded');
    const stillUnchanged = sameSnapshot(start, snapshot(dir));
    if (stillUnchanged) faults.push(`a refused log wrote: ${stillUnchanged}`);
    const log = logFaults(dir, bytes, name, run);
    return { faults: [...faults, ...log.faults], log: log.result };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
