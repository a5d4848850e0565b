import { isMap, isScalar, isSeq } from 'yaml';
import { ReadContext } from './nodeValues';
import { parseWithProblems } from './parse';
import { readJournalEntry, type RawJournalEntry } from './readJournal';
import { readPerson, type RawPerson } from './readPerson';
import { emptyRawPlan, readRoot, type RawPlan, type ReadItem } from './readTop';
import type { ItemSegment, TopSegment } from './segments';
import { shiftItem, shiftJournalEntry, shiftPerson, shiftProblems, shiftRawPlan } from './shift';
import type { Problem } from './types';

type Kind = 'people' | 'journal' | 'whole';

/** What one segment read to, with offsets valid when the segment starts at `base`. */
interface Cached {
  kind: Kind;
  /** The segment's text, as a flat copy (a slice would keep the whole old text alive). */
  key: string;
  base: number;
  end: number;
  value: ReadItem<unknown> | RawPlan;
  problems: Problem[];
  /** The read that last used it (bookkeeping for pruning). */
  used: number;
}

/** How the new text differs from the previous one: equal up to `prefix`, and over the last `suffix` characters. */
export interface TextChange {
  prefix: number;
  suffix: number;
  /** New length minus old length. */
  delta: number;
  newLength: number;
}

/**
 * Parse results of segments. A segment inside the unchanged head or tail of the text is found by
 * its position without even looking at its text; any other is found by its exact text (so a moved
 * entry is not parsed again), and only new text is parsed.
 */
export class ItemCache {
  /** Every segment seen lately, by text; entries unused for a while are dropped. */
  private byText = new Map<string, Cached>();
  /** The last read's segments in text order, and their starts, for lookups by position. */
  private order: Cached[] = [];
  private starts: number[] = [];
  private generation = 0;

  /** Reads all segments; undefined when a segment does not parse cleanly on its own. */
  readSegments(text: string, segments: TopSegment[], change?: TextChange): { raw: RawPlan; problems: Problem[] } | undefined {
    const previous = { order: this.order, starts: this.starts };
    this.order = [];
    this.starts = [];
    this.generation++;
    const raw = emptyRawPlan();
    const problems: Problem[] = [];
    try {
      for (const segment of segments) {
        if (segment.kind === 'whole') {
          const cached = this.lookup('whole', text, segment, previous, change);
          if (!cached) return undefined;
          mergeFragment(raw, cached.value as RawPlan);
          pushAll(problems, cached.problems);
          continue;
        }
        const kind = segment.key === 'people' ? 'people' : 'journal';
        const items = raw[kind] as ReadItem<unknown>[];
        for (const item of segment.items) {
          const cached = this.lookup(kind, text, item, previous, change);
          if (!cached) return undefined;
          items.push(cached.value as ReadItem<unknown>);
          pushAll(problems, cached.problems);
        }
        const keySpan = { start: segment.start, end: segment.start + segment.key.length };
        const valueSpan = { start: segment.items[0].start + segment.itemIndent, end: items[items.length - 1].end };
        raw.sections[kind] = { keySpan, valueSpan, kind: 'block', itemIndent: segment.itemIndent };
      }
      return { raw, problems };
    } finally {
      this.prune();
    }
  }

  private lookup(kind: Kind, text: string, at: ItemSegment, previous: Positions, change?: TextChange): Cached | undefined {
    let cached = change && unchanged(previous, kind, at, change);
    if (!cached) {
      const source = text.slice(at.start, at.end);
      cached = this.byText.get(source);
      if (cached && cached.kind !== kind) cached = undefined;
      if (!cached) {
        cached = parseSegment(kind, at, flatCopy(source));
        if (!cached) return undefined;
        this.byText.set(cached.key, cached);
      }
    }
    // The shifted copy is not stored by text: whoever finds the old one by text shifts it again.
    if (cached.base !== at.start) cached = shiftCached(cached, at.start);
    cached.used = this.generation;
    this.order.push(cached);
    this.starts.push(at.start);
    return cached;
  }

  /** Drops what the last few reads did not use, once the map holds twice what is in use. */
  private prune(): void {
    if (this.byText.size <= 2 * this.order.length + 64) return;
    const kept = new Map<string, Cached>();
    for (const [key, cached] of this.byText) {
      if (cached.used >= this.generation - 2) kept.set(key, cached);
    }
    this.byText = kept;
  }
}

interface Positions {
  order: Cached[];
  starts: number[];
}

/** The previous read's result for a segment lying wholly in the unchanged head or tail. */
function unchanged(previous: Positions, kind: Kind, at: ItemSegment, change: TextChange): Cached | undefined {
  let oldStart: number;
  if (at.end <= change.prefix) oldStart = at.start;
  else if (at.start >= change.newLength - change.suffix) oldStart = at.start - change.delta;
  else return undefined;
  const i = binarySearch(previous.starts, oldStart);
  const old = i < 0 ? undefined : previous.order[i];
  return old && old.kind === kind && old.end - old.base === at.end - at.start ? old : undefined;
}

function binarySearch(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === value) return mid;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function parseSegment(kind: Kind, at: ItemSegment, key: string): Cached | undefined {
  const problems: Problem[] = [];
  const doc = parseWithProblems(key, at.start, problems);
  if (problems.length > 0) return undefined;
  const ctx = new ReadContext(doc, key, at.start, problems);
  const root = doc.contents;
  let value: Cached['value'];
  if (kind === 'whole') {
    if (!isMap(root) || root.items.length !== 1 || !isScalar(root.items[0].key)) return undefined;
    value = emptyRawPlan();
    readRoot(ctx, root, value);
  } else {
    if (!isSeq(root) || root.items.length !== 1) return undefined;
    const node = root.items[0];
    const entry = kind === 'people' ? readPerson(ctx, node) : readJournalEntry(ctx, node);
    value = { entry, end: ctx.span(ctx.resolve(node), ctx.span(root)).end };
  }
  return { kind, key, base: at.start, end: at.end, value, problems, used: 0 };
}

function mergeFragment(raw: RawPlan, fragment: RawPlan): void {
  if (fragment.version !== undefined) raw.version = fragment.version;
  if (fragment.settings) raw.settings = fragment.settings;
  pushAll(raw.people, fragment.people);
  pushAll(raw.journal, fragment.journal);
  Object.assign(raw.sections, fragment.sections);
}

function pushAll<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

function shiftCached(cached: Cached, base: number): Cached {
  const delta = base - cached.base;
  const value =
    cached.kind === 'whole'
      ? shiftRawPlan(cached.value as RawPlan, delta)
      : cached.kind === 'people'
        ? shiftItem(cached.value as ReadItem<RawPerson>, delta, shiftPerson)
        : shiftItem(cached.value as ReadItem<RawJournalEntry>, delta, shiftJournalEntry);
  return { ...cached, base, end: cached.end + delta, value, problems: shiftProblems(cached.problems, delta) };
}

/** A copy that owns its characters: engines keep a long substring as a view into its parent string. */
function flatCopy(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
