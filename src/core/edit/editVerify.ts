/** Checking that changed text reads back as intended, before an edit is returned. */
import { parseDocument } from 'yaml';
import { parseEntry, refuseEntry } from './editItem';
import { PARSE_OPTIONS } from '../read';

/** Refuses the edit unless `slice`, parsed on its own, reads as `expected`. */
export function verifySlice(slice: string, expected: unknown): void {
  const doc = parseDocument(slice, PARSE_OPTIONS);
  let data: unknown;
  try {
    data = doc.errors.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : undefined;
  } catch {
    data = undefined;
  }
  if (data === undefined || !sameData(data, expected)) refuseEntry('The new entry could not be written here in a way that reads back correctly.');
}

/** Re-parses the changed item in the new text and refuses the edit unless it reads as `expected`. */
export function verifyItem(newText: string, start: number, end: number, expected: Record<string, unknown>): void {
  const { data } = parseEntry(newText.slice(start, end));
  if (!sameData(data, expected)) refuseEntry('This entry is written in a way the edit could not keep intact.');
}

/**
 * Deep equality of plain data, where a plain number or boolean read back equals the text it is
 * written as (`2024` is the name "2024" to the plan's reader too).
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((typeof a === 'number' || typeof a === 'boolean') && typeof b === 'string') return String(a) === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  return aKeys.length === Object.keys(b).length && aKeys.every((k) => k in bRecord && sameData((a as Record<string, unknown>)[k], bRecord[k]));
}
