import type { TextChange } from './textChange';

const KIND_CODES: Record<string, number> = { whole: 1, people: 2, journal: 3 };

/**
 * Where each segment of one read went, as parallel arrays in text order: the next read finds
 * unchanged segments by walking these dense arrays, without touching the cached results themselves
 * (at 100,000 entries, reaching into each result costs more than everything else together).
 */
export class Placements<T> {
  count = 0;
  readonly results: T[];
  private readonly kinds: Uint8Array;
  readonly starts: Int32Array;
  private readonly lengths: Int32Array;
  /** Where the segment is minus where its result's offsets say it is. */
  readonly shifts: Int32Array;
  readonly hasProblems: Uint8Array;

  constructor(capacity: number) {
    this.results = new Array<T>(capacity);
    this.kinds = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.lengths = new Int32Array(capacity);
    this.shifts = new Int32Array(capacity);
    this.hasProblems = new Uint8Array(capacity);
  }

  add(result: T, kind: string, start: number, length: number, shift: number, hasProblems: boolean): void {
    const i = this.count++;
    this.results[i] = result;
    this.kinds[i] = KIND_CODES[kind];
    this.starts[i] = start;
    this.lengths[i] = length;
    this.shifts[i] = shift;
    this.hasProblems[i] = hasProblems ? 1 : 0;
  }

  /** The index of the segment placed at `start` with this kind and length, searching forward from `from`; or where the search stopped, negated minus one. */
  seek(from: number, kind: string, start: number, length: number): number {
    const starts = this.starts;
    let i = from;
    while (i < this.count && starts[i] < start) i++;
    return i < this.count && starts[i] === start && this.kinds[i] === KIND_CODES[kind] && this.lengths[i] === length ? i : -1 - i;
  }
}

/** The previous read's placements, by position. Lookups come in text order, so one forward cursor finds them. */
export class PreviousPlaces<T> {
  private cursor = 0;

  constructor(
    readonly placed: Placements<T>,
    private readonly change: TextChange | undefined,
  ) {}

  /** The index of the previous read's segment with this text, when it lies wholly in the unchanged head or tail; else -1. */
  find(kind: string, start: number, end: number): number {
    const change = this.change;
    if (!change) return -1;
    let oldStart: number;
    if (end <= change.prefix) oldStart = start;
    else if (start >= change.newLength - change.suffix) oldStart = start - change.delta;
    else return -1;
    const found = this.placed.seek(this.cursor, kind, oldStart, end - start);
    this.cursor = found >= 0 ? found : -1 - found;
    return found >= 0 ? found : -1;
  }
}
