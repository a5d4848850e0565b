import type { ItemCache } from './itemCache';
import { flatCopy, ITEMS_PER_CHUNK, parseItems, parseSegment, type Cached } from './segmentResult';
import { itemEnd, type ItemsSegment, type TopSegment } from './segments';
import type { TextChange } from './textChange';

/** About 50 ms of parsing on a slow machine. */
export const DEFAULT_SLICE_CHARS = 64 * 1024;
const LOOKUPS_PER_PARSE = 16;
/** Items found by position (no copy, no hash) between pauses: a few milliseconds' worth. */
const VISITS_PER_SLICE = 20_000;

export interface SliceOptions {
  pause: () => Promise<void>;
  /** The most new text parsed between pauses. */
  sliceChars: number;
  /**
   * With a clock (milliseconds), slices are also sized by time: each next slice is scaled so that it
   * would have taken about `sliceMs` at the speed just measured (parsing is several times slower
   * before the parser's code is optimised, and while the heap is collected).
   */
  clock?: () => number;
  sliceMs?: number;
  /** Told the characters newly parsed in each slice, before each pause and after the last slice (0 for a slice of lookups only). */
  onSlice?: (parsedChars: number) => void;
}

/**
 * Parses, slice by slice, the segments of `text` that a read would not find in `cache`, and leaves
 * the results where the read will find them. Answers the characters parsed since the last pause, or
 * undefined when a segment does not parse cleanly on its own (the read then parses the whole text
 * in one go, so warming the rest would be wasted).
 */
export async function warmInSlices(cache: ItemCache, text: string, segments: TopSegment[], change: TextChange, options: SliceOptions): Promise<number | undefined> {
  const { pause, sliceChars, onSlice, clock, sliceMs = 40 } = options;
  const previous = cache.previousPlaces(change);
  let parsed = 0;
  /** Characters of segments looked up by their text in this slice (copied and hashed, some 30 times faster than parsing). */
  let looked = 0;
  let visited = 0;
  // The first slices run the parser's code before it is optimised, several times slower: start small.
  const smallest = Math.max(1, sliceChars >> 3);
  let budget = smallest;
  let sliceStart = clock?.() ?? 0;
  /** Whether parsing `chars` more (after one more lookup) would overrun this slice. */
  const full = (chars: number) => !((parsed === 0 || parsed + chars <= budget) && looked <= LOOKUPS_PER_PARSE * budget && ++visited < VISITS_PER_SLICE);
  const endSlice = async () => {
    onSlice?.(parsed);
    const took = clock ? clock() - sliceStart : 0;
    // Never more than twice the last slice, nor less than the first.
    const timed = took > 0 && parsed > 0 ? Math.floor((parsed * sliceMs) / took) : Infinity;
    budget = Math.max(smallest, Math.min(sliceChars, budget * 2, timed));
    parsed = 0;
    looked = 0;
    visited = 0;
    await pause();
    sliceStart = clock?.() ?? 0;
  };
  const isKnown = (kind: Cached['kind'], start: number, end: number) => {
    if (previous.find(kind, start, end) >= 0) return true;
    if (cache.keptByText > 0) looked += end - start;
    return cache.knows(kind, text, start, end);
  };

  for (const segment of segments) {
    if (segment.kind === 'whole') {
      if (isKnown('whole', segment.start, segment.end)) continue;
      if (full(segment.end - segment.start)) await endSlice();
      const cached = parseSegment('whole', segment.start, flatCopy(text.slice(segment.start, segment.end)));
      if (!cached) return undefined;
      cache.remember(text, [cached]);
      parsed += segment.end - segment.start;
      continue;
    }
    const kind = segment.key === 'people' ? 'people' : 'journal';
    for (let i = 0; i < segment.starts.length; ) {
      if (isKnown(kind, segment.starts[i], itemEnd(segment, i))) {
        i++;
        // Checked without an `await` when there is room: this runs for every unchanged item.
        if (full(0)) await endSlice();
        continue;
      }
      if (full(itemEnd(segment, i) - segment.starts[i])) await endSlice();
      const to = chunkEnd(segment, i, budget - parsed, (j) => isKnown(kind, segment.starts[j], itemEnd(segment, j)));
      const results = parseChunk(kind, text, segment, i, to);
      if (!results) return undefined;
      cache.remember(text, results);
      parsed += itemEnd(segment, to - 1) - segment.starts[i];
      i = to;
    }
  }
  onSlice?.(parsed);
  return parsed;
}

/** The end of a run of unknown items from `from` (which is one) that fits `budget` characters (at least one item). */
function chunkEnd(segment: ItemsSegment, from: number, budget: number, isKnown: (i: number) => boolean): number {
  const limit = Math.min(from + ITEMS_PER_CHUNK, segment.starts.length);
  let to = from + 1;
  while (to < limit && itemEnd(segment, to) - segment.starts[from] <= budget && !isKnown(to)) to++;
  return to;
}

/** Items `from` to `to` parsed as `read` would: together when that is certain, else each alone. */
function parseChunk(kind: 'people' | 'journal', text: string, segment: ItemsSegment, from: number, to: number): Cached[] | undefined {
  const together = to - from > 1 ? parseItems(kind, text, segment, from, to) : undefined;
  if (together) return together;
  const results: Cached[] = [];
  for (let i = from; i < to; i++) {
    const start = segment.starts[i];
    const cached = parseSegment(kind, start, flatCopy(text.slice(start, itemEnd(segment, i))));
    if (!cached) return undefined;
    results.push(cached);
  }
  return results;
}
