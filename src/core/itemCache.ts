import { isMap, isScalar, isSeq } from 'yaml';
import { ReadContext } from './nodeValues';
import { parseWithProblems } from './parse';
import { readJournalEntry } from './readJournal';
import { readPerson } from './readPerson';
import { emptyRawPlan, readRoot, type RawPlan, type ReadItem } from './readTop';
import { itemEnd, type TopSegment } from './segments';
import { Placements, PreviousPlaces } from './placements';
import { pushShiftedProblems, shiftSection } from './shift';
import type { TextChange } from './textChange';
import type { Problem } from './types';

type Kind = 'people' | 'journal' | 'whole';

const NO_PROBLEMS: Problem[] = [];

/**
 * What one segment read to, with the offsets of the place it was first read at (`base`). For an
 * item, it is the item as read (`entry`, `end`, and what finishing it last made); for a top-level
 * section read on its own, `fragment` holds what it added to the plan.
 */
interface Cached extends ReadItem<unknown> {
  kind: Kind;
  /** The segment's text, as a flat copy (a slice would keep the whole old text alive). */
  key: string;
  base: number;
  fragment?: RawPlan;
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
  /** The last read's segments, for lookups by position. */
  private placed = new Placements<Cached>(0);
  private generation = 0;

  /**
   * Reads all segments of `text`; `change` compares it with the text of the previous call. Undefined
   * when a segment does not parse cleanly on its own.
   */
  readSegments(text: string, segments: TopSegment[], change?: TextChange): { raw: RawPlan; problems: Problem[] } | undefined {
    const previous = new PreviousPlaces(this.placed, change);
    const placed = (this.placed = new Placements<Cached>(segments.reduce((n, s) => n + (s.kind === 'whole' ? 1 : s.starts.length), 0)));
    this.generation++;
    const raw = emptyRawPlan();
    const shifts: NonNullable<RawPlan['shifts']> = { people: [], journal: [] };
    raw.shifts = shifts;
    const problems: Problem[] = [];
    try {
      for (const segment of segments) {
        if (segment.kind === 'whole') {
          const cached = this.lookup('whole', text, segment.start, segment.end, previous);
          if (!cached) return undefined;
          const shift = segment.start - cached.base;
          mergeFragment(raw, cached.fragment!, shift);
          pushShiftedProblems(problems, cached.problems, shift);
          continue;
        }
        const kind = segment.key === 'people' ? 'people' : 'journal';
        const { starts } = segment;
        const items = new Array<Cached>(starts.length);
        const itemShifts = new Int32Array(starts.length);
        for (let i = 0; i < starts.length; i++) {
          const cached = this.lookup(kind, text, starts[i], itemEnd(segment, i), previous);
          // Not `!cached`: that reads the object, and most of them are nowhere near in memory.
          if (cached === undefined) return undefined;
          const at = placed.count - 1;
          items[i] = cached;
          itemShifts[i] = placed.shifts[at];
          if (placed.hasProblems[at]) pushShiftedProblems(problems, cached.problems, placed.shifts[at]);
        }
        (raw[kind] as ReadItem<unknown>[]) = items;
        shifts[kind] = itemShifts;
        const keySpan = { start: segment.start, end: segment.start + segment.key.length };
        const end = items[items.length - 1].end + itemShifts[itemShifts.length - 1];
        const valueSpan = { start: starts[0] + segment.itemIndent, end };
        raw.sections[kind] = { keySpan, valueSpan, kind: 'block', itemIndent: segment.itemIndent };
      }
      return { raw, problems };
    } finally {
      this.prune();
    }
  }

  /** Finds or parses the segment and places it; undefined when it does not parse cleanly on its own. */
  private lookup(kind: Kind, text: string, start: number, end: number, previous: PreviousPlaces<Cached>): Cached | undefined {
    const i = previous.find(kind, start, end);
    if (i >= 0) {
      const before = previous.placed;
      this.placed.add(before.results[i], kind, start, end - start, before.shifts[i] + (start - before.starts[i]), before.hasProblems[i] === 1);
      return before.results[i];
    }
    const source = text.slice(start, end);
    let cached = this.byText.get(source);
    if (cached && cached.kind !== kind) cached = undefined;
    if (!cached) {
      cached = parseSegment(kind, start, flatCopy(source));
      if (!cached) return undefined;
      this.byText.set(cached.key, cached);
    }
    cached.used = this.generation;
    this.placed.add(cached, kind, start, end - start, start - cached.base, cached.problems.length > 0);
    return cached;
  }

  /** Drops what the last few reads did not use, once the map holds twice what is in use. */
  private prune(): void {
    if (this.byText.size <= 2 * this.placed.count + 64) return;
    // Segments found by position were not marked when found (that would touch every one of them on every read).
    for (let i = 0; i < this.placed.count; i++) this.placed.results[i].used = this.generation;
    const kept = new Map<string, Cached>();
    for (const [key, cached] of this.byText) {
      if (cached.used >= this.generation - 2) kept.set(key, cached);
    }
    this.byText = kept;
  }
}

function parseSegment(kind: Kind, base: number, key: string): Cached | undefined {
  const problems: Problem[] = [];
  const doc = parseWithProblems(key, base, problems);
  if (problems.length > 0) return undefined;
  const ctx = new ReadContext(doc, key, base, problems);
  const root = doc.contents;
  // Every property from the start: added later, they would live outside the object, one more memory access each.
  const cached: Cached = {
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

/** Adds a top-level section read on its own (`settings:`, `version:`, a flow `people: [...]`) to the plan. */
function mergeFragment(raw: RawPlan, fragment: RawPlan, shift: number): void {
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

/** A copy that owns its characters: engines keep a long substring as a view into its parent string. */
function flatCopy(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
