/** `log NAME...`: appends a contact to the journal, writing the plan file in place. */
import { applyEdit, closest, deriveView, describeDue, EditError, formatCadence, nameKey, type Person, type Plan } from '../core';
import { ChangedMeanwhileError, CliError, type CliIo } from './io';
import { dateOption, loadPlan, requireReadable, type Options } from './reports';
import { printable } from './terminalText';

function textOption(options: Options, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The people named, each once, as the plan spells them; refuses (naming the closest) a name not in the plan. */
function findPeople(plan: Plan, names: readonly string[], file: string): Person[] {
  const found: Person[] = [];
  for (const name of names) {
    const key = nameKey(name);
    const person = key === '' ? undefined : plan.people.find((p) => p.key === key);
    if (!person) {
      const guess = closest(name, plan.people.map((p) => p.name).filter((n) => n !== ''));
      const hint = guess ? ` Did you mean "${guess}"?` : ' Add them to the plan first.';
      throw new CliError(`nobody named "${name.trim()}" in ${file}; nothing was written.${hint}`);
    }
    if (!found.includes(person)) found.push(person);
  }
  return found;
}

function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Reads, checks, edits and writes the plan: run under the plan's lock, so no other command writes between. */
function logLocked(io: CliIo, names: readonly string[], file: string, options: Options, date: string): { written: string; plan: Plan; people: Person[]; warnings: string[] } {
  const { text, plan, reader } = loadPlan(io, file);
  requireReadable(plan, file, 'log a contact');
  const people = findPeople(plan, names, file);
  let updated: string;
  try {
    const edit = { kind: 'logContact' as const, date, with: people.map((p) => p.name), note: textOption(options, 'note'), gave: textOption(options, 'gave'), got: textOption(options, 'got') };
    updated = applyEdit(text, edit, plan, (t) => reader.read(t));
  } catch (error) {
    if (error instanceof EditError) throw new CliError(`cannot log the contact in ${file}: ${error.message}`);
    throw error;
  }
  // An editor or a sync tool, which take no lock, may have saved the file meanwhile: never overwrite their change.
  const changed = () => new CliError(`${file} changed while the contact was being logged; nothing was written. Try again.`);
  if (io.readFile(file) !== text) throw changed();
  let warnings: string[];
  try {
    warnings = io.writeFile(file, updated) ?? [];
  } catch (error) {
    if (error instanceof ChangedMeanwhileError) throw changed();
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`cannot write ${file}: ${reason}; the file was left as it was.`);
  }
  return { written: updated, plan: reader.read(updated), people, warnings };
}

/** A line that cannot be printed (a closed or full output) must not turn a written contact into a failure. */
function tell(io: CliIo, write: (text: string) => void, text: string): void {
  try {
    write(text);
  } catch (error) {
    try {
      io.stderr(`networking-plan: the contact was logged, but the message could not be printed: ${printable(error instanceof Error ? error.message : String(error))}\n`);
    } catch {
      // Nowhere left to say it; the plan is written and the exit status says so.
    }
  }
}

export function runLog(io: CliIo, names: readonly string[], file: string, options: Options): number {
  const date = dateOption(options, 'date', io.today);
  const body = () => logLocked(io, names, file, options, date);
  const { plan, people, warnings } = io.withLock ? io.withLock(file, body) : body();

  const view = deriveView(plan, io.today);
  let message = `Logged a contact with ${joinNames(people.map((p) => p.name))} on ${date} in ${file}.`;
  const next = people.flatMap((person) => {
    const status = view.byKey.get(person.key);
    if (!status?.scheduled || !status.next) return [];
    const when = `${status.next} (${describeDue(status)}, ${formatCadence(status.person.cadence)})`;
    return [people.length === 1 ? when : `${person.name} ${when}`];
  });
  if (next.length > 0) message += ` Next contact: ${next.join('; ')}.`;
  tell(io, io.stdout, `${printable(message)}\n`);
  if (date > io.today) {
    tell(io, io.stderr, `networking-plan: warning: --date ${date} is after today (${io.today}): the next contact is counted from that day.\n`);
  }
  for (const warning of warnings) tell(io, io.stderr, `networking-plan: warning: ${printable(warning)}\n`);
  return 0;
}
