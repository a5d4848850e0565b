/** `log NAME`: appends a contact to the journal, writing the plan file in place. */
import { applyEdit, closest, deriveView, describeDue, EditError, formatCadence } from '../core';
import { CliError, type CliIo } from './io';
import { dateOption, loadPlan, requireReadable, type Options } from './reports';

function textOption(options: Options, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function runLog(io: CliIo, name: string, file: string, options: Options): number {
  const date = dateOption(options, 'date', io.today);
  const { text, plan, reader } = loadPlan(io, file);
  requireReadable(plan, file, 'log a contact');
  const key = name.trim().toLowerCase();
  const person = plan.people.find((p) => p.key === key && key !== '');
  if (!person) {
    const guess = closest(name, plan.people.map((p) => p.name).filter((n) => n !== ''));
    const hint = guess ? ` Did you mean "${guess}"?` : ' Add them to the plan first.';
    throw new CliError(`nobody named "${name.trim()}" in ${file}; nothing was written.${hint}`);
  }
  let updated: string;
  try {
    updated = applyEdit(
      text,
      { kind: 'logContact', date, with: [person.name], note: textOption(options, 'note'), gave: textOption(options, 'gave'), got: textOption(options, 'got') },
      plan,
    );
  } catch (error) {
    if (error instanceof EditError) throw new CliError(`cannot log the contact in ${file}: ${error.message}`);
    throw error;
  }
  // Someone (an editor, a sync tool) may have saved the file meanwhile: never overwrite their change.
  if (io.readFile(file) !== text) throw new CliError(`${file} changed while the contact was being logged; nothing was written. Try again.`);
  try {
    io.writeFile(file, updated);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`cannot write ${file}: ${reason}; the file was left as it was.`);
  }

  let message = `Logged a contact with ${person.name} on ${date} in ${file}.`;
  const status = deriveView(reader.read(updated), io.today).byKey.get(key);
  if (status?.scheduled && status.next) {
    message += ` Next contact: ${status.next} (${describeDue(status)}, ${formatCadence(status.person.cadence)}).`;
  }
  io.stdout(`${message}\n`);
  return 0;
}
