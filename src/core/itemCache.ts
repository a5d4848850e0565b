import { isMap, isScalar, isSeq } from 'yaml';
import { ReadContext } from './nodeValues';
import { parseWithProblems } from './parse';
import { readJournalEntry } from './readJournal';
import { readPerson } from './readPerson';
import { emptyRawPlan, readRoot, type RawPlan, type ReadItem } from './readTop';
import { itemEnd, type TopSegment } from './segments';
import { pushShiftedProblems, shiftSection } from './shift';
import type { TextChange } from './textChange';
import type { Problem } from './types';

type Kind = 'people' | 'journal' | 'whole';

/** What one segment read to, with the offsets of the place it was first read at (`base`). */
interface Cached {
  kind: Kind;
  /** The segment's text, as a flat copy (a slice would keep the whole old text alive). */
  key: string;
  base: number;
  value: ReadItem<unknown> | RawPlan;
  problems: Problem[];
  /** The read that last used it (bookkeeping for pruning). */
  used: number;
}

/**
 * Parse results of segments. A segment inside the unchanged head or tail of the text is found by
 * its position without even looking at its text; any other is found by its exact text (so a moved
 * entry is not parsed again), and only new text is parsed. Results are never copied when their
 * text moves: each use comes with its shift, applied when the plan is finished.
 */
export class ItemCache {
  /** Every segment seen lately, by text; entries unused for a while are dropped. */
  private byText = new Map<string, Cached>();
  /** The last read's segments in text order, and their starts, for lookups by position. */
  private order: Cached[] = [];
  private starts: number[] = [];
  private generation = 0;

  /**
   * Reads all segments of `text`; `change` compares it with the text of the previous call. Undefined
   * when a segment does not parse cleanly on its own.
   */
  readSegments(text: string, segments: TopSegment[], change?: TextChange): { raw: RawPlan; problems: Problem[] } | undefined {
    const previous = new PreviousPlaces(this.order, this.starts, change);
    this.order = [];
    this.starts = [];
    this.generation++;
    const raw = emptyRawPlan();
    const shifts = { people: [] as number[], journal: [] as number[] };
    raw.shifts = shifts;
    const problems: Problem[] = [];
    try {
      for (const segment of segments) {
        if (segment.kind === 'whole') {
          const cached = this.lookup('whole', text, segment.start, segment.end, previous);
          if (!cached) return undefined;
          const shift = segment.start - cached.base;
          mergeFragment(raw, cached.value as RawPlan, shift);
          pushShiftedProblems(problems, cached.problems, shift);
          continue;
        }
        const kind = segment.key === 'people' ? 'people' : 'journal';
        const items = raw[kind] as ReadItem<unknown>[];
        const itemShifts = shifts[kind];
        for (let i = 0; i < segment.starts.length; i++) {
          const start = segment.starts[i];
          const cached = this.lookup(kind, text, start, itemEnd(segment, i), previous);
          if (!cached) return undefined;
          const shift = start - cached.base;
          items.push(cached.value as ReadItem<unknown>);
          itemShifts.push(shift);
          if (cached.problems.length > 0) pushShiftedProblems(problems, cached.problems, shift);
        }
        const keySpan = { start: segment.start, end: segment.start + segment.key.length };
        const end = items[items.length - 1].end + itemShifts[itemShifts.length - 1];
        const valueSpan = { start: segment.starts[0] + segment.itemIndent, end };
        raw.sections[kind] = { keySpan, valueSpan, kind: 'block', itemIndent: segment.itemIndent };
      }
      return { raw, problems };
    } finally {
      this.prune();
    }
  }

  private lookup(kind: Kind, text: string, start: number, end: number, previous: PreviousPlaces): Cached | undefined {
    let cached = previous.find(kind, start, end);
    if (!cached) {
      const source = text.slice(start, end);
      cached = this.byText.get(source);
      if (cached && cached.kind !== kind) cached = undefined;
      if (!cached) {
        cached = parseSegment(kind, start, flatCopy(source));
        if (!cached) return undefined;
        this.byText.set(cached.key, cached);
      }
    }
    cached.used = this.generation;
    this.order.push(cached);
    this.starts.push(start);
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

/** The previous read's segments by position. Lookups come in text order, so one forward cursor finds them. */
class PreviousPlaces {
  private cursor = 0;

  constructor(
    private readonly order: Cached[],
    private readonly starts: number[],
    private readonly change: TextChange | undefined,
  ) {}

  /** The previous read's result for a segment lying wholly in the unchanged head or tail. */
  find(kind: Kind, start: number, end: number): Cached | undefined {
    const change = this.change;
    if (!change) return undefined;
    let oldStart: number;
    if (end <= change.prefix) oldStart = start;
    else if (start >= change.newLength - change.suffix) oldStart = start - change.delta;
    else return undefined;
    const starts = this.starts;
    let i = this.cursor;
    while (i < starts.length && starts[i] < oldStart) i++;
    this.cursor = i;
    const old = starts[i] === oldStart ? this.order[i] : undefined;
    return old && old.kind === kind && old.key.length === end - start ? old : undefined;
  }
}

function parseSegment(kind: Kind, base: number, key: string): Cached | undefined {
  const problems: Problem[] = [];
  const doc = parseWithProblems(key, base, problems);
  if (problems.length > 0) return undefined;
  const ctx = new ReadContext(doc, key, base, problems);
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
  return { kind, key, base, value, problems, used: 0 };
}

/** Adds a top-level section read on its own (`settings:`, `version:`, a flow `people: [...]`) to the plan. */
function mergeFragment(raw: RawPlan, fragment: RawPlan, shift: number): void {
  if (fragment.version !== undefined) raw.version = fragment.version;
  if (fragment.settings) raw.settings = fragment.settings;
  for (const item of fragment.people) {
    raw.people.push(item);
    raw.shifts!.people.push(shift);
  }
  for (const item of fragment.journal) {
    raw.journal.push(item);
    raw.shifts!.journal.push(shift);
  }
  for (const key of ['settings', 'people', 'journal'] as const) {
    const section = fragment.sections[key];
    if (section) raw.sections[key] = shiftSection(section, shift);
  }
}

/** A copy that owns its characters: engines keep a long substring as a view into its parent string. */
function flatCopy(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
