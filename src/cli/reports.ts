/** The read-only commands: check, due, lists and ics. */
import { catalogueFor, deriveView, describeDue, dueWithin, exportCalendar, isValidDate, LineIndex, messageTranslator, type Plan, PlanReader, type PlanView, tooLargePlan } from '../core';
import { UsageError, type Options } from './args';
import { CliError, TooLargeError, readPlanText, type CliIo } from './io';
import { editorColumn, printable, printableJson } from './terminalText';

export type { Options } from './args';

/** The plan read item by item (the same plan as one plain parse, at a third of the peak memory); `reader` re-reads edits of it cheaply. */
export function loadPlan(io: CliIo, file: string): { text: string; plan: Plan; reader: PlanReader } {
  const reader = new PlanReader();
  try {
    const text = readPlanText(io, file);
    return { text, plan: reader.read(text), reader };
  } catch (error) {
    if (error instanceof TooLargeError) return { text: '', plan: tooLargePlan(error.bytes), reader };
    throw error;
  }
}

/** A plan whose YAML is broken may be missing people, and one too large was not read: refuse rather than show a partial answer. */
export function requireReadable(plan: Plan, file: string, action: string): void {
  const tooLarge = plan.problems.find((p) => p.code === 'too-large');
  if (tooLarge) throw new CliError(`cannot ${action}: ${file}: ${tooLarge.message}`);
  if (!plan.syntaxOk) {
    throw new CliError(`cannot ${action}: ${file} has YAML syntax errors; run "networking-plan check ${file}" to see them.`);
  }
}

export function dateOption(options: Options, name: string, fallback: string): string {
  const value = options[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !isValidDate(value.trim())) {
    throw new UsageError(`--${name} must be a calendar day written YYYY-MM-DD, not "${String(value)}".`);
  }
  return value.trim();
}

function viewOf(io: CliIo, file: string, options: Options, action: string): { plan: Plan; view: PlanView } {
  const { plan } = loadPlan(io, file);
  requireReadable(plan, file, action);
  return { plan, view: deriveView(plan, dateOption(options, 'today', io.today)) };
}

export function runCheck(io: CliIo, file: string): number {
  const { text, plan } = loadPlan(io, file);
  const lines = new LineIndex(text);
  const translated = messageTranslator(catalogueFor(io.language));
  for (const problem of plan.problems) {
    const { line, character } = lines.positionAt(problem.span.start);
    const column = editorColumn(text.slice(lines.offsetAt(line, 0), lines.lineEnd(line)), character, line === 0);
    const message = translated(problem.message).replace(/\s*[\r\n]+\s*/g, ' ');
    io.stdout(`${printable(file)}:${line + 1}:${column}: ${problem.severity} ${problem.code} ${printable(message)}\n`);
  }
  return plan.problems.some((p) => p.severity === 'error') ? 1 : 0;
}

const MAX_WITHIN = 100_000;

export function runDue(io: CliIo, file: string, options: Options): number {
  const raw = options.within;
  if (raw !== undefined && (typeof raw !== 'string' || !/^\d+$/.test(raw.trim()) || Number(raw) > MAX_WITHIN)) {
    throw new UsageError(`--within must be a whole number of days from 0 to ${MAX_WITHIN}, not "${String(raw)}".`);
  }
  const within = raw === undefined ? 0 : Number(raw);
  const { view } = viewOf(io, file, options, 'list who is due');
  const due = dueWithin(view, within);
  if (options.json) {
    const rows = due.map((s) => ({ name: s.person.name, next: s.next, daysLate: s.daysLate }));
    io.stdout(`${printableJson(rows)}\n`);
    return 0;
  }
  if (due.length === 0) {
    io.stdout(within === 0 ? 'Nobody is due today.\n' : `Nobody is due within ${within} days.\n`);
    return 0;
  }
  const described = due.map(describeDue);
  const width = Math.max(...described.map((d) => d.length));
  due.forEach((s, i) => io.stdout(`${s.next}  ${described[i].padEnd(width)}  ${printable(s.person.name) || '(no name)'}\n`));
  return 0;
}

export function runLists(io: CliIo, file: string, options: Options): number {
  const { view } = viewOf(io, file, options, 'show the lists');
  const names = (list: PlanView['people']) => list.map((s) => s.person.name).filter((name) => name !== '');
  const lists = { like: names(view.lists.like), help: names(view.lists.help), both: names(view.lists.both) };
  if (options.json) {
    io.stdout(`${printableJson(lists)}\n`);
    return 0;
  }
  const sections: [string, string[]][] = [
    ['Start here: on both lists', lists.both],
    ['Like: people I know and like', lists.like],
    ['Help: people who can help my career', lists.help],
  ];
  const text = sections.map(([title, people]) => {
    const body = people.length > 0 ? people.map((name) => `  ${printable(name)}`).join('\n') : '  (nobody yet)';
    return `${title} (${people.length})\n${body}\n`;
  });
  io.stdout(text.join('\n'));
  return 0;
}

export function runIcs(io: CliIo, file: string, options: Options): number {
  const { plan, view } = viewOf(io, file, options, 'export the calendar');
  io.stdout(exportCalendar(plan, view));
  return 0;
}
