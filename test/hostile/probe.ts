/** Runs every surface of the core and the command-line tool over one hostile case and reports what went wrong. */
import { isDeepStrictEqual } from 'node:util';
import {
  addDays,
  deriveView,
  describeDue,
  dueWithin,
  exportCalendar,
  PlanReader,
  readPlan,
  type Plan,
  type PlanView,
} from '../../src/core';
import type { HostileCase } from './cases';
import { probeCli, type CliRun } from './cliProbe';
import { editCases, PROBE_TODAY } from './editExpectations';
import { probeEdit } from './editProbe';
import { calendarFaults, planFaults } from './invariants';

export interface ProbeReport {
  name: string;
  chars: number;
  people: number;
  problems: number;
  syntaxOk: boolean;
  /** Per edit: applied (with the changed stretch) or refused (with the code). */
  edits: string[];
  cli: string;
  faults: string[];
  /** The slowest run of each surface, in milliseconds. */
  times: Record<string, number>;
}

/** A plan read a moment ago, so that the incremental reader has something to compare against. */
const EARLIER = 'version: 1\npeople:\n  - name: Earlier\n    stage: building\njournal: []\n';

class Timer {
  readonly times: Record<string, number> = {};
  constructor(private readonly faults: string[]) {}

  /** Runs `body`, keeping its slowest time; a throw becomes a fault and the result undefined. */
  run<T>(surface: string, body: () => T): T | undefined {
    const started = performance.now();
    try {
      return body();
    } catch (error) {
      this.faults.push(`${surface} threw: ${(error as Error)?.stack ?? String(error)}`);
      return undefined;
    } finally {
      this.times[surface] = Math.max(this.times[surface] ?? 0, performance.now() - started);
    }
  }
}

/** Where two reads of the same text differ, in a few words. */
function difference(a: Plan, b: Plan): string {
  const problems = (p: Plan) => p.problems.map((x) => `${x.code}@${x.span.start}`).join(' ');
  if (problems(a) !== problems(b)) return `problems ${problems(a).slice(0, 120)} / ${problems(b).slice(0, 120)}`;
  if (a.people.length !== b.people.length) return `${a.people.length} / ${b.people.length} people`;
  return 'values differ';
}

function viewFaults(view: PlanView, plan: Plan): string[] {
  const faults: string[] = [];
  if (view.people.length !== plan.people.length) faults.push(`view has ${view.people.length} people for ${plan.people.length}`);
  for (const days of [0, 7, 36_500]) {
    const due = dueWithin(view, days);
    const limit = addDays(PROBE_TODAY, days);
    if (due.some((s) => !s.scheduled || s.next === undefined || s.next > limit)) faults.push(`dueWithin(${days}) lists someone not due by ${limit}`);
    if (due.some((s, i) => i > 0 && due[i - 1].next! > s.next!)) faults.push(`dueWithin(${days}) is not sorted by next`);
  }
  for (const status of view.people) {
    const text = describeDue(status);
    if (typeof text !== 'string' || text.trim() === '' || /NaN|undefined/.test(text)) faults.push(`describeDue gave ${JSON.stringify(text)}`);
  }
  return faults;
}

function probeText(text: string, big: boolean, timer: Timer, faults: string[], edits: string[]): Plan | undefined {
  const plan = timer.run('readPlan', () => readPlan(text));
  if (!plan) return undefined;
  faults.push(...planFaults(plan, text));
  const reader = new PlanReader();
  const incremental = timer.run('PlanReader.read', () => reader.read(text));
  if (incremental && !isDeepStrictEqual(incremental, plan)) faults.push(`PlanReader.read differs from readPlan: ${difference(incremental, plan)}`);
  if (!big) {
    const primed = new PlanReader();
    primed.read(EARLIER);
    const afterAnother = timer.run('PlanReader.read after another', () => primed.read(text));
    if (afterAnother && !isDeepStrictEqual(afterAnother, plan)) faults.push(`PlanReader.read after another plan differs from readPlan: ${difference(afterAnother, plan)}`);
    const typed = `${text}\n# typed`;
    const afterTyping = timer.run('PlanReader.read after typing', () => primed.read(typed));
    const full = readPlan(typed);
    if (afterTyping && !isDeepStrictEqual(afterTyping, full)) faults.push(`PlanReader.read after typing differs from readPlan: ${difference(afterTyping, full)}`);
  }
  const view = timer.run('deriveView', () => deriveView(plan, PROBE_TODAY));
  if (view) {
    faults.push(...(timer.run('dueWithin', () => viewFaults(view, plan)) ?? []));
    const ics = timer.run('exportCalendar', () => exportCalendar(plan, view));
    if (ics !== undefined) faults.push(...calendarFaults(ics, view));
  }
  // A large plan's edits are read back incrementally: the reader re-parses only the changed entry.
  const readBack = big
    ? (out: string) => {
        const after = reader.read(out);
        reader.read(text);
        return after;
      }
    : readPlan;
  for (const edit of editCases(plan)) {
    const outcome = timer.run(`checking applyEdit ${edit.label}`, () => probeEdit(text, plan, edit, readBack));
    if (!outcome) continue;
    timer.times[`applyEdit ${outcome.label}`] = Math.max(timer.times[`applyEdit ${outcome.label}`] ?? 0, outcome.ms);
    edits.push(`${outcome.label}: ${outcome.result} (${outcome.detail})`);
    faults.push(...outcome.faults.map((f) => `${outcome.label}: ${f}`));
  }
  return plan;
}

export function probeCase(hostile: HostileCase): ProbeReport {
  const faults: string[] = [];
  const edits: string[] = [];
  const timer = new Timer(faults);
  let plan: Plan | undefined;
  hostile.texts.forEach((text, i) => {
    const label = hostile.texts.length > 1 ? (i === 0 ? 'as the extension decodes it' : 'as the tool decodes it') : '';
    const mark = faults.length;
    plan = probeText(text, hostile.big, timer, faults, edits) ?? plan;
    for (let f = mark; f < faults.length; f++) faults[f] = label ? `(${label}) ${faults[f]}` : faults[f];
  });
  const target = plan?.people.find((p) => p.name !== '')?.name ?? 'Nobody Here';
  const timed = (command: string, body: () => CliRun) => timer.run(`cli ${command}`, body) ?? { code: -1, out: '', err: 'threw' };
  let cli: { faults: string[]; log: string } | undefined;
  try {
    cli = probeCli(hostile.bytes, target, timed);
    faults.push(...cli.faults.map((f) => `cli: ${f}`));
  } catch (error) {
    faults.push(`cli: the scratch directory failed: ${String(error)}`);
  }
  return {
    name: hostile.name,
    chars: hostile.texts[0].length,
    people: plan?.people.length ?? 0,
    problems: plan?.problems.length ?? 0,
    syntaxOk: plan?.syntaxOk ?? false,
    edits,
    cli: cli?.log ?? 'did not run',
    faults,
    times: timer.times,
  };
}
