/**
 * Contacts files read with csv-parse (CSV) and ical.js (vCard), loaded on first use (see ../lazy.ts). The
 * command-line tool imports it directly.
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

declare module '../lazy' {
  interface LazyModules {
    import: typeof import('./lazy');
  }
}
