/**
 * Contacts files read with csv-parse (CSV) and ical.js (vCard). The extension loads them on first use through
 * ./lazy.ts; the command-line tool imports this module directly (it has no `vscode`).
 */
import { ImportFileError, readCsv } from './readCsv';
import { readVcard } from './readVcard';
import type { ImportTable } from '../core';

export { ImportFileError, readCsv, separatorOf } from './readCsv';
export { decodeQuotedPrintable, readVcard, VCARD_HEADER } from './readVcard';

/** vCard by the `.vcf`/`.vcard` extension or a BEGIN:VCARD opening; CSV by `.csv` or otherwise. */
export function kindOf(fileName: string, text: string): 'csv' | 'vcard' {
  if (/\.(vcf|vcard)$/i.test(fileName)) return 'vcard';
  if (/\.csv$/i.test(fileName)) return 'csv';
  return /^\uFEFF?\s*BEGIN:VCARD/i.test(text) ? 'vcard' : 'csv';
}

/** The file's people as a table, whichever kind it is; `ImportFileError` when it cannot be read at all. */
export function readContactsFile(fileName: string, text: string): ImportTable {
  if (text.trim() === '') throw new ImportFileError('the file is empty.');
  return kindOf(fileName, text) === 'vcard' ? readVcard(text) : readCsv(text);
}

/**
 * The file's text: UTF-8 (with or without a byte-order mark), UTF-16 with its mark ("Unicode text" exports), or,
 * when the bytes are not UTF-8, Windows-1252, which spreadsheet programs write for "CSV" on Western systems; `note`
 * says when the file was not UTF-8 so the user can check the names.
 */
export function decodeContactsFile(bytes: Uint8Array): { text: string; note?: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), note: 'windows-1252' };
  }
}
