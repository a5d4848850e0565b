/** `import FILE [PLAN]`: appends the people of a CSV or vCard file to the plan, in one write. */
import { applyEdit, EditError, guessMapping, importEdit, LIST_NAMES, rowsToContacts, selectNew, type ImportContact, type ImportLists, type ImportProblem, type ImportSelection, type ImportTable, type ListName } from '../core';
import { decodeContactsFile, ImportFileError, readContactsFile } from '../import/contactsFile';
import { mappingSummary } from '../import/mappingSummary';
import { UsageError, type Options } from './args';
import { ChangedMeanwhileError, CliError, readFailureReason, type CliIo } from './io';
import { loadPlan, requireReadable } from './reports';
import { printable } from './terminalText';

/** `--list like`, `--list help`, both (given twice, `like,help` or `both`); none leaves the people on no list. */
export function listsOption(options: Options): ListName[] {
  const given = Array.isArray(options.list) ? options.list : [];
  const lists: ListName[] = [];
  for (const word of given.flatMap((value) => value.split(','))) {
    const list = word.trim().toLowerCase();
    if (list === 'both') {
      for (const both of LIST_NAMES) if (!lists.includes(both)) lists.push(both);
      continue;
    }
    if (!(LIST_NAMES as readonly string[]).includes(list)) throw new UsageError(`--list must be like, help or both, not "${word.trim()}".`);
    if (!lists.includes(list as ListName)) lists.push(list as ListName);
  }
  return lists;
}

/** The table, and a note when the file was read as Windows-1252 because it is not UTF-8. */
function contactsTable(io: CliIo, file: string): { table: ImportTable; note?: string } {
  let text: string;
  let note: string | undefined;
  try {
    if (io.readBytes) ({ text, note } = decodeContactsFile(io.readBytes(file)));
    else text = io.readFile(file);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${readFailureReason(error)}.`, 2);
  }
  try {
    return { table: readContactsFile(file, text), note };
  } catch (error) {
    if (error instanceof ImportFileError) throw new CliError(`cannot import ${file}: ${error.message}`, 2);
    throw error;
  }
}

interface Outcome {
  selection: ImportSelection;
  bad: ImportProblem[];
  warnings: ImportProblem[];
  mapping: string;
  /** The header's cells when no column holds names (nothing can be imported), else undefined. */
  unnamedHeader?: string[];
  writeWarnings: string[];
}

/** Reads both files, and (unless a dry run) edits and writes the plan: run under the plan's lock. */
function importLocked(io: CliIo, source: string, file: string, lists: ImportLists, dryRun: boolean): Outcome {
  const { table, note } = contactsTable(io, source);
  const mapping = guessMapping(table.header);
  const read = rowsToContacts(table, mapping);
  const described = mappingSummary(table.header, mapping);
  const { text, plan, reader } = loadPlan(io, file);
  requireReadable(plan, file, 'import people');
  const selection = selectNew(plan, read.contacts);
  const named = mapping.name !== undefined || mapping.firstName !== undefined || mapping.lastName !== undefined;
  const encoding = note === undefined ? [] : [{ line: 1, message: `${source} is not UTF-8: it was read as Windows-1252 (Western European); check the names with accents.` }];
  const outcome: Outcome = { selection, bad: read.bad, warnings: [...encoding, ...read.warnings], mapping: described, writeWarnings: [], ...(!named && { unnamedHeader: table.header }) };
  const edit = importEdit(selection.toImport, lists);
  if (dryRun || edit === undefined) return outcome;
  let updated: string;
  try {
    updated = applyEdit(text, edit, plan, (t) => reader.read(t));
  } catch (error) {
    if (error instanceof EditError) throw new CliError(`cannot import into ${file}: ${error.message} Nothing was written.`);
    throw error;
  }
  // An editor or a sync tool, which take no lock, may have saved the plan meanwhile: never overwrite their change.
  const changed = () => new CliError(`${file} changed while the people were being imported; nothing was written. Try again.`);
  if (io.readFile(file) !== text) throw changed();
  try {
    outcome.writeWarnings = io.writeFile(file, updated) ?? [];
  } catch (error) {
    if (error instanceof ChangedMeanwhileError) throw changed();
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`cannot write ${file}: ${reason}; the file was left as it was.`);
  }
  return outcome;
}

function people(count: number): string {
  return count === 1 ? '1 person' : `${count} people`;
}

function contactLine(contact: ImportContact): string {
  const extra = [contact.role, contact.emails.join(', ')].filter((part) => part !== undefined && part !== '');
  return `  ${contact.name}${extra.length > 0 ? ` (${extra.join('; ')})` : ''} — line ${contact.line}`;
}

export function runImport(io: CliIo, source: string, file: string, options: Options): number {
  const lists = listsOption(options);
  const dryRun = options['dry-run'] === true;
  const body = () => importLocked(io, source, file, lists, dryRun);
  const { selection, bad, warnings, mapping, unnamedHeader, writeWarnings } = io.withLock && !dryRun ? io.withLock(file, body) : body();
  if (unnamedHeader) {
    const columns = unnamedHeader.map((cell) => JSON.stringify(cell)).join(', ');
    throw new CliError(`cannot import ${source}: no column holds names (its header: ${columns}); a Name, First Name or Last Name column is needed. Nothing was written.`);
  }
  // FILE:LINE first, as compilers and `check` write them, so a terminal or an editor can open the row.
  for (const problem of bad) io.stderr(`${printable(`${source}:${problem.line}: not imported: ${problem.message}`)}\n`);
  for (const problem of warnings) io.stderr(`${printable(`${source}:${problem.line}: warning: ${problem.message}`)}\n`);

  const onto = lists.length > 0 ? ` onto the ${lists.join(' and ')} list${lists.length > 1 ? 's' : ''}` : ' (on no list yet)';
  const out: string[] = [];
  if (dryRun) out.push(`Dry run: nothing was written. Columns: ${mapping}.`);
  const count = selection.toImport.length;
  if (count === 0) out.push(`Nobody new to import from ${source} into ${file}.`);
  else out.push(`${dryRun ? 'Would import' : 'Imported'} ${people(count)} from ${source} into ${file}${onto}:`, ...selection.toImport.map(contactLine));
  if (selection.skipped.length > 0) {
    out.push(`Skipped ${people(selection.skipped.length)} already known:`);
    for (const skip of selection.skipped) {
      const why = skip.reason === 'in-plan' ? `already in the plan as "${skip.matches}"` : `repeats "${skip.matches}" of line ${skip.firstLine}`;
      out.push(`  ${skip.contact.name} — line ${skip.contact.line}, ${why}`);
    }
  }
  if (bad.length > 0) {
    const lines = bad.map((p) => p.line).join(', ');
    out.push(`${bad.length === 1 ? `1 row was not imported: line ${lines}` : `${bad.length} rows were not imported: lines ${lines}`} (why: on standard error).`);
  }
  io.stdout(out.map((line) => `${printable(line)}\n`).join(''));
  for (const warning of writeWarnings) io.stderr(`networking-plan: warning: ${printable(warning)}\n`);
  return 0;
}
