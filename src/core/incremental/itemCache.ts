import { ParsedAhead } from './parsedAhead';
import { Placements, PreviousPlaces } from './placements';
import { emptyRawPlan, pushShiftedProblems, type RawPlan, type ReadItem } from '../read';
import { flatCopy, ITEMS_PER_CHUNK, mergeFragment, parseItems, parseSegment, type Cached, type SegmentKind } from './segmentResult';
import { itemEnd, type TopSegment } from './segments';
import type { TextChange } from './textChange';
import type { Problem } from '../model';

/**
 * Parse results of segments. A segment inside the unchanged head or tail of the text is found by
 * its position without even looking at its text; any other is found by its exact text (so a moved
 * or restored entry is not parsed again), and only new text is parsed. Results are never copied
 * when their text moves: each use comes with its shift, applied when the plan is finished.
 */
export class ItemCache {
  /** Segments parsed one by one lately (not those of a first read), by text; ones unused for a while are dropped. */
  private byText = new Map<string, Cached>();
  /** The last read's segments, for lookups by position. */
  private placed = new Placements<Cached>(0);
  private generation = 0;
  private readonly ahead = new ParsedAhead();

  /**
   * Reads all segments of `text`; `change` compares it with the text of the previous call. Undefined
   * when a segment does not parse cleanly on its own.
   */
  readSegments(text: string, segments: TopSegment[], change?: TextChange): { raw: RawPlan; problems: Problem[] } | undefined {
    const previous = this.previousPlaces(change);
    // After results parsed ahead, a first read goes item by item, to find them.
    const firstRead = this.placed.count === 0 && !this.ahead.isFor(text);
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
          const shift = placed.shifts[placed.count - 1];
          mergeFragment(raw, cached.fragment!, shift);
          pushShiftedProblems(problems, cached.problems, shift);
          continue;
        }
        const kind = segment.key === 'people' ? 'people' : 'journal';
        const { starts } = segment;
        const items = new Array<Cached>(starts.length);
        const itemShifts = new Int32Array(starts.length);
        const place = (i: number, cached: Cached) => {
          const at = placed.count - 1;
          items[i] = cached;
          itemShifts[i] = placed.shifts[at];
          if (placed.hasProblems[at]) pushShiftedProblems(problems, cached.problems, placed.shifts[at]);
        };
        for (let i = 0; i < starts.length; ) {
          // A first read parses many items per document; later reads parse the few new items alone.
          const to = Math.min(i + ITEMS_PER_CHUNK, starts.length);
          const chunk = firstRead ? parseItems(kind, text, segment, i, to) : undefined;
          if (chunk) {
            for (const cached of chunk) {
              placed.add(cached, kind, starts[i], itemEnd(segment, i) - starts[i], 0, cached.problems.length > 0);
              place(i++, cached);
            }
            continue;
          }
          const cached = this.lookup(kind, text, starts[i], itemEnd(segment, i), previous);
          // Not `!cached`: that reads the object, and most of them are nowhere near in memory.
          if (cached === undefined) return undefined;
          place(i++, cached);
        }
        if (kind === 'people') raw.people = items as ReadItem<never>[];
        else raw.journal = items as ReadItem<never>[];
        shifts[kind] = itemShifts;
        const keySpan = { start: segment.start, end: segment.start + segment.key.length };
        const end = items[items.length - 1].end + itemShifts[itemShifts.length - 1];
        const valueSpan = { start: starts[0] + segment.itemIndent, end };
        raw.sections[kind] = { keySpan, valueSpan, kind: 'block', itemIndent: segment.itemIndent };
      }
      return { raw, problems };
    } finally {
      this.dropAhead(text);
      this.prune();
    }
  }

  /** The last read's placements: which segments of a text with this change a read would find by position. */
  previousPlaces(change?: TextChange): PreviousPlaces<Cached> {
    return new PreviousPlaces(this.placed, change);
  }

  /** How many results are kept by their text. */
  get keptByText(): number {
    return this.byText.size;
  }

  /** Whether a read of `text` would find this segment without parsing it (other than by position). */
  knows(kind: SegmentKind, text: string, start: number, end: number): boolean {
    return this.ahead.find(kind, text, start, end) !== undefined || (this.byText.size > 0 && this.byText.get(text.slice(start, end))?.kind === kind);
  }

  /** Keeps results parsed ahead of a read of `text` (exactly what the read would parse there), until that read. */
  remember(text: string, results: readonly Cached[]): void {
    for (const cached of this.ahead.add(text, results)) this.keep(cached);
  }

  /** Drops the results parsed ahead; another text's (a sliced read given up or overtaken) stay worth finding by text. */
  private dropAhead(text: string): void {
    const wasFor = this.ahead.isFor(text);
    const held = this.ahead.clear();
    if (!wasFor) for (const cached of held) this.keep(cached);
  }

  private keep(cached: Cached): void {
    cached.used = this.generation;
    this.byText.set(cached.key, cached);
  }

  /** Finds or parses the segment and places it; undefined when it does not parse cleanly on its own. */
  private lookup(kind: SegmentKind, text: string, start: number, end: number, previous: PreviousPlaces<Cached>): Cached | undefined {
    const i = previous.find(kind, start, end);
    if (i >= 0) {
      const before = previous.placed;
      this.placed.add(before.results[i], kind, start, end - start, before.shifts[i] + (start - before.starts[i]), before.hasProblems[i] === 1);
      return before.results[i];
    }
    // Like the results of a first read, those parsed ahead are not kept by text.
    const ahead = this.ahead.find(kind, text, start, end);
    if (ahead !== undefined) {
      this.placed.add(ahead, kind, start, end - start, 0, ahead.problems.length > 0);
      return ahead;
    }
    const source = flatCopy(text.slice(start, end));
    let cached = this.byText.get(source);
    if (cached && cached.kind !== kind) cached = undefined;
    if (!cached) {
      cached = parseSegment(kind, start, source);
      if (!cached) return undefined;
    }
    this.keep(cached);
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
