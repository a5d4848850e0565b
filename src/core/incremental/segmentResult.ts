import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { emptyRawPlan, parseWithProblems, ReadContext, readJournalEntry, readPerson, readRoot, shiftSection, type RawPlan, type ReadItem } from '../read';
import { itemEnd, type ItemsSegment } from './segments';
import type { Problem } from '../model';

export type SegmentKind = 'people' | 'journal' | 'whole';

const NO_PROBLEMS: Problem[] = [];

/**
 * What one segment read to, with the offsets of the place it was first read at (`base`). For an
 * item, it is the item as read (`entry`, `end`, and what finishing it last made); for a top-level
 * section read on its own, `fragment` holds what it added to the plan.
 */
export interface Cached extends ReadItem<unknown> {
  kind: SegmentKind;
  /** The segment's text, as a flat copy (a slice would keep the whole old text alive). */
  key: string;
  base: number;
  fragment?: RawPlan;
  problems: Problem[];
  /** The read that last used it (bookkeeping for pruning). */
  used: number;
}

/** Items per document when a list is read for the first time (one document per item costs about 10% more). */
export const ITEMS_PER_CHUNK = 64;

// Every property from the start: added later, they would live outside the object, one more memory access each.
function newCached(kind: SegmentKind, key: string, base: number): Cached {
  return {
    kind,
    key,
    base,
    entry: undefined,
    end: 0,
    fragment: undefined,
    problems: NO_PROBLEMS,
    used: 0,
    finished: undefined,
    finishedIndex: -1,
    finishedShift: 0,
    namesKnown: -1,
  };
}

/** Parses one segment on its own; undefined when it does not parse cleanly (then the whole text is parsed instead). */
export function parseSegment(kind: SegmentKind, base: number, key: string): Cached | undefined {
  const problems: Problem[] = [];
  const doc = parseWithProblems(key, base, problems, kind !== 'whole');
  if (problems.length > 0) return undefined;
  const ctx = new ReadContext(doc, key, base, problems);
  const root = doc.contents;
  const cached = newCached(kind, key, base);
  if (kind === 'whole') {
    if (!isMap(root) || root.items.length !== 1 || !isScalar(root.items[0].key)) return undefined;
    cached.fragment = emptyRawPlan();
    readRoot(ctx, root, cached.fragment);
  } else {
    if (!isSeq(root) || root.items.length !== 1) return undefined;
    const node = root.items[0];
    cached.entry = kind === 'people' ? readPerson(ctx, node) : readJournalEntry(ctx, node);
    cached.end = ctx.span(ctx.resolve(node), ctx.span(root)).end;
  }
  if (problems.length > 0) cached.problems = problems;
  return cached;
}

/**
 * Parses items `from` to `to` of a list as one document, then reads each item with its own problems:
 * the results of parsing each alone (block structure is decided by indentation, so an item reads the
 * same among its neighbours), found faster. Undefined when that is not certain (an alias may point
 * to a neighbour; any YAML error or warning; items not where the split put them): then each item is
 * parsed alone.
 */
export function parseItems(kind: 'people' | 'journal', text: string, list: ItemsSegment, from: number, to: number): Cached[] | undefined {
  const base = list.starts[from];
  const source = flatCopy(text.slice(base, itemEnd(list, to - 1)));
  if (source.includes('*')) return undefined;
  const problems: Problem[] = [];
  const doc = parseWithProblems(source, base, problems, true);
  const root = doc.contents;
  if (problems.length > 0 || !isSeq(root) || root.items.length !== to - from) return undefined;
  const results: Cached[] = [];
  for (let i = from; i < to; i++) {
    const start = list.starts[i];
    const end = itemEnd(list, i);
    const node = root.items[i - from] as Node | null;
    const at = node?.range ? base + node.range[0] : -1;
    if (at < start || at >= end) return undefined;
    const own: Problem[] = [];
    const ctx = new ReadContext(doc, source, base, own);
    const cached = newCached(kind, source.slice(start - base, end - base), start);
    cached.entry = kind === 'people' ? readPerson(ctx, node) : readJournalEntry(ctx, node);
    cached.end = ctx.span(node).end;
    if (own.length > 0) cached.problems = own;
    results.push(cached);
  }
  return results;
}

/** Adds a top-level section read on its own (`settings:`, `version:`, a flow `people: [...]`) to the plan. */
export function mergeFragment(raw: RawPlan, fragment: RawPlan, shift: number): void {
  if (fragment.version !== undefined) raw.version = fragment.version;
  if (fragment.settings) raw.settings = fragment.settings;
  // A section read whole holds all items of its kind: the plan has none from elsewhere.
  if (fragment.people.length > 0) {
    raw.people = fragment.people;
    raw.shifts!.people = new Int32Array(fragment.people.length).fill(shift);
  }
  if (fragment.journal.length > 0) {
    raw.journal = fragment.journal;
    raw.shifts!.journal = new Int32Array(fragment.journal.length).fill(shift);
  }
  for (const key of ['settings', 'people', 'journal'] as const) {
    const section = fragment.sections[key];
    if (section) raw.sections[key] = shiftSection(section, shift);
  }
}

/**
 * A copy that owns its characters: engines keep a long substring as a view into its parent string,
 * which would keep every old version of the plan alive. Joining forces a fresh flat string; the
 * slice is then a view into that small one only.
 */
export function flatCopy(text: string): string {
  return (' ' + text).slice(1);
}
