/** Applying the splices of an edit and checking every changed entry reads back as intended. */
import type { ParsedItem } from './editItem';
import { verifyItem } from './editVerify';
import { applySplices, type Splice } from './textSplice';

/** The splices made inside one entry, and what the entry must read as afterwards. */
export interface EntryChange {
  item: ParsedItem;
  splices: Splice[];
  expected: Record<string, unknown>;
}

/** Where `pos` moves to once `splices` are applied; `inclusive` counts an insertion right at `pos`. */
function shifted(pos: number, splices: readonly Splice[], inclusive: boolean): number {
  let delta = 0;
  for (const s of splices) {
    const before = s.start < pos && s.end <= pos;
    const insertionHere = s.start === pos && s.end === pos && inclusive;
    if (before || insertionHere) delta += s.insert.length - (s.end - s.start);
  }
  return pos + delta;
}

/** The new text; throws (and so changes nothing) unless each changed entry reads as its `expected`. */
export function applyChanges(text: string, changes: readonly EntryChange[]): string {
  const all = changes.flatMap((change) => change.splices);
  const result = applySplices(text, all);
  for (const { item, splices, expected } of changes) {
    const end = Math.max(item.end, ...splices.map((s) => s.end));
    verifyItem(result, shifted(item.start, all, false), shifted(end, all, true), expected);
  }
  return result;
}

/** `data` with `key` set to `value`, or removed when `value` is undefined. */
export function withField(data: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...data };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}
