import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { keyOf, kindOf, type ReadContext } from './nodeValues';
import { readJournalEntry, type RawJournalEntry } from './readJournal';
import { readPerson, type RawPerson } from './readPerson';
import { forEachKnownKey } from './readFields';
import { readSettings, readVersion } from './readSettings';
import type { Plan, Section, Settings, Span } from '../model';

export const TOP_KEYS = ['version', 'settings', 'people', 'journal'] as const;

/** One item of `people` or `journal` as read: the entry (undefined if unusable) and where its node ends. */
export interface ReadItem<T> {
  entry: T | undefined;
  /** End of the item's node (for the section's extent). */
  end: number;
  /**
   * The finished entry last made from this item by an incremental read, with the index and shift it
   * was made with: an unchanged item at the same place gives the same object again instead of a copy
   * (most of the work at 10,000 entries).
   */
  finished?: unknown;
  finishedIndex?: number;
  finishedShift?: number;
  /** Journal items: the `FinishMemo.keysVersion` in which every name the entry gives was a known person. */
  namesKnown?: number;
}

/** Everything read from the text, before the plan's defaults and cross-entry checks apply. */
export interface RawPlan {
  version?: number;
  settings?: Settings;
  people: ReadItem<RawPerson>[];
  journal: ReadItem<RawJournalEntry>[];
  /**
   * Incremental reads only: for each item of `people` / `journal`, how far its place in this text
   * is from the offsets it was read with (cached items that moved). Absent means 0.
   */
  shifts?: { people: ArrayLike<number>; journal: ArrayLike<number> };
  sections: Plan['sections'];
}

export function emptyRawPlan(): RawPlan {
  return { people: [], journal: [], sections: {} };
}

/** Reads the document's root mapping into `raw`. */
export function readRoot(ctx: ReadContext, root: unknown, raw: RawPlan): void {
  const node = ctx.resolve(root);
  if (node === null || (isScalar(node) && node.value === null)) return;
  if (!isMap(node)) {
    ctx.report('wrong-type', 'error', `A plan should be a mapping with version:, settings:, people: and journal:, not a ${kindOf(node)}.`, ctx.firstLine(ctx.span(node)));
    return;
  }
  forEachKnownKey(ctx, node, TOP_KEYS, 'the plan', (key, pair, keySpan) => readTopPair(ctx, key, pair, keySpan, raw));
}

function readTopPair(ctx: ReadContext, key: string, pair: Pair, keySpan: Span, raw: RawPlan): void {
  if (key === 'version') raw.version = readVersion(ctx, pair.value);
  else if (key === 'settings') {
    raw.settings = readSettings(ctx, pair.value);
    raw.sections.settings = sectionOf(ctx, pair, keySpan);
  } else if (key === 'people' || key === 'journal') {
    const value = ctx.resolve(pair.value);
    raw.sections[key] = sectionOf(ctx, pair, keySpan);
    if (isSeq(value)) {
      for (const item of value.items) {
        const end = ctx.span(item as Node | null, ctx.span(value)).end;
        if (key === 'people') raw.people.push({ entry: readPerson(ctx, item), end });
        else raw.journal.push({ entry: readJournalEntry(ctx, item), end });
      }
    } else if (value !== null && !(isScalar(value) && value.value === null)) {
      const example = key === 'people' ? '"- name: Dana Lee"' : '"- date: 2026-12-03"';
      ctx.report('wrong-type', 'error', `${key} should be a list of entries starting with ${example}, not a ${kindOf(value)}.`, ctx.firstLine(ctx.span(value)));
    }
  }
}

function sectionOf(ctx: ReadContext, pair: Pair, keySpan: Span): Section {
  const value = ctx.resolve(pair.value);
  const empty = value === null || (isScalar(value) && value.value === null);
  if (empty || !value.range) {
    const afterColon = ctx.text.charCodeAt(keySpan.end - ctx.base) === 58 ? keySpan.end + 1 : keySpan.end;
    return { keySpan, valueSpan: { start: afterColon, end: afterColon }, kind: 'empty' };
  }
  const valueSpan = ctx.span(value);
  if (isSeq(value)) {
    if (value.items.length === 0) return { keySpan, valueSpan, kind: 'empty' };
    if (value.flow) return { keySpan, valueSpan, kind: 'flow' };
    // The last item as written: an alias (`- *entry`) ends here, not where its anchor does.
    const last = value.items[value.items.length - 1] as Node | null;
    return { keySpan, valueSpan: { start: valueSpan.start, end: ctx.span(last, valueSpan).end }, kind: 'block', itemIndent: columnOf(ctx, valueSpan.start) };
  }
  return { keySpan, valueSpan, kind: isMap(value) && value.flow ? 'flow' : 'other' };
}

export function columnOf(ctx: ReadContext, offset: number): number {
  const local = offset - ctx.base;
  let lineStart = local;
  while (lineStart > 0 && ctx.text.charCodeAt(lineStart - 1) !== 10 && ctx.text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  return local - lineStart;
}

export { keyOf };
