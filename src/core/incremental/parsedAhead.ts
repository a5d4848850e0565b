import type { Cached, SegmentKind } from './segmentResult';

/** Segments of one text parsed ahead of its read (by a sliced read), by where they start. */
export class ParsedAhead {
  private text?: string;
  private byStart = new Map<number, Cached>();

  /**
   * Whether the results held are for `text`. A long string equal to another but not the same object
   * is compared character by character on every `===`: after one such compare, keep the caller's.
   */
  isFor(text: string): boolean {
    if (this.text === undefined || this.text !== text) return false;
    this.text = text;
    return true;
  }

  /** The result parsed ahead for this segment of `text`, if any. */
  find(kind: SegmentKind, text: string, start: number, end: number): Cached | undefined {
    const cached = this.isFor(text) ? this.byStart.get(start) : undefined;
    return cached !== undefined && cached.kind === kind && cached.key.length === end - start ? cached : undefined;
  }

  /** Holds `results` of `text`; hands back what was held for another text. */
  add(text: string, results: readonly Cached[]): Cached[] {
    const others = this.isFor(text) ? [] : this.clear();
    this.text = text;
    for (const cached of results) this.byStart.set(cached.base, cached);
    return others;
  }

  /** Holds nothing any more; hands back what was held. */
  clear(): Cached[] {
    const held = [...this.byStart.values()];
    this.text = undefined;
    this.byStart = new Map();
    return held;
  }
}
