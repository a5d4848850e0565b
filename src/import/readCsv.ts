import { parse } from 'csv-parse/sync';
import type { ImportTable } from '../core';

/** A file that cannot be read as a table at all (as opposed to bad rows, which the core reports). */
export class ImportFileError extends Error {}

/**
 * The separator the header line uses most: `;` (European spreadsheet exports), a tab ("Unicode text" exports of
 * contacts programs) or `,` (the default, also on a tie).
 */
export function separatorOf(text: string): ',' | ';' | '\t' {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  const count = (c: string) => header.split(c).length - 1;
  const [best] = ([',', ';', '\t'] as const).map((c) => ({ c, n: count(c) })).sort((a, b) => b.n - a.n);
  return best.n > count(',') ? best.c : ',';
}

/** The header and rows of a CSV file, each row with the line it starts on; rows of another length stay for the core to report. */
export function readCsv(text: string): ImportTable {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // csv-parse counts CR and LF of a CRLF inside quotes as two lines; with LF alone its line numbers are the file's.
    records = parse(text.replace(/\r\n?/g, '\n'), { bom: true, delimiter: separatorOf(text), info: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: false }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    throw new ImportFileError(`cannot read the file as CSV${typeof line === 'number' ? ` (line ${line})` : ''}: ${(error as Error).message}`);
  }
  // csv-parse counts the line a record ends on; a quoted field with line breaks started that many lines earlier.
  const rows = records.map(({ record, info }) => ({ line: info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0), cells: record }));
  const [header, ...body] = rows;
  if (header === undefined) throw new ImportFileError('the file is empty: a header row is needed.');
  return { header: header.cells.map((c) => c.trim()), headerLine: header.line, rows: body };
}
