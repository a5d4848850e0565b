import type { Plan } from '../model';
import { finishPlan, finishPlanSteps, MAX_PLAN_BYTES, newFinishMemo, readPlan } from '../read';
import { ItemCache } from './itemCache';
import { resegment } from './resegment';
import { segmentPlan, type TopSegment } from './segments';
import { diffText, type TextChange } from './textChange';
import { DEFAULT_SLICE_CHARS, warmInSlices } from './warmSlices';

export interface SlicedReadOptions {
  /** New text parsed between pauses (about; an item is never split). */
  sliceChars?: number;
  /** Told the characters parsed in each slice (for tests and measurements). */
  onSlice?: (parsedChars: number) => void;
  /** A clock in milliseconds, to size slices by time as well (see `SliceOptions`); slices of about `sliceMs`. */
  clock?: () => number;
  sliceMs?: number;
  /** Reads a text that must be parsed whole (e.g. off the main thread); `readPlan` by default. */
  readWhole?: (text: string) => Promise<Plan>;
}

/**
 * Reads successive versions of one plan, re-parsing only the top-level sections and the
 * people/journal items whose text changed. Every result equals `readPlan` of the same text.
 */
export class PlanReader {
  private readonly cache = new ItemCache();
  private readonly memo = newFinishMemo();
  /** The last text read segment by segment, and its split: what the cache's positions refer to. */
  private previous = '';
  private segments?: TopSegment[];

  read(text: string): Plan {
    return this.readByItems(text) ?? readPlan(text);
  }

  /** `read(text)`, or undefined when that means parsing the whole text in one go (it cannot be split, or an item does not parse cleanly alone, as with broken YAML). */
  readByItems(text: string): Plan | undefined {
    if (text.length > MAX_PLAN_BYTES) return undefined;
    const change = diffText(this.previous, text);
    return this.readSplit(text, change, this.split(text, change));
  }

  private readSplit(text: string, change: TextChange, segments: TopSegment[] | undefined): Plan | undefined {
    if (!segments || segments.length === 0) return undefined;
    this.previous = text;
    this.segments = segments;
    // Items that parsed cleanly stay cached even when another one sends this read down the plain path.
    const result = this.cache.readSegments(text, segments, change);
    return result ? finishPlan(text, result.raw, result.problems, this.memo) : undefined;
  }

  /**
   * The same plan as `read(text)`, parsing at most about `sliceChars` of new text (or one item, if
   * longer) between calls of `pause`, and finishing the plan in steps, so a caller can let other work
   * run. Texts that cannot be split into items, or whose items do not parse cleanly alone (broken YAML),
   * go to `readWhole`. Reads made while this one pauses stay correct (only the cache is shared); if
   * `pause` rejects, the read stops there and what it parsed stays cached for the next read.
   */
  async readInSlices(text: string, pause: () => Promise<void>, options: SlicedReadOptions = {}): Promise<Plan> {
    const { sliceChars = DEFAULT_SLICE_CHARS, onSlice, clock, sliceMs } = options;
    const whole = (): Promise<Plan> => (options.readWhole ? options.readWhole(text) : Promise.resolve(readPlan(text)));
    /** After another read came in between pauses: what this reader's state now gives. */
    const readAgain = (): Promise<Plan> => {
      const plan = this.readByItems(text);
      return plan ? Promise.resolve(plan) : whole();
    };
    if (text.length <= sliceChars) return this.read(text);
    const previous = this.previous;
    const change = diffText(previous, text);
    const segments = this.split(text, change);
    if (!segments || segments.length === 0) return whole();
    // Splitting megabytes of new text takes tens of ms: a task of its own.
    await pause();
    if (this.previous !== previous) return readAgain();
    const lastSlice = await warmInSlices(this.cache, text, segments, change, { pause, sliceChars, onSlice, clock, sliceMs });
    // An item that does not parse cleanly alone: the read below would fail too, after placing every item before it.
    if (lastSlice === undefined) return whole();
    // The last slice's parsing and the read below would otherwise make one long task.
    if (lastSlice) await pause();
    // Unless another read came in meanwhile, the split made above still holds.
    if (this.previous !== previous) return readAgain();
    this.previous = text;
    this.segments = segments;
    const result = this.cache.readSegments(text, segments, change);
    if (!result) return whole();
    const steps = finishPlanSteps(text, result.raw, result.problems, this.memo);
    for (;;) {
      await pause();
      // Finishing after another read's finishing would be stale: that read's text is the previous one now.
      if (this.previous !== text) return readAgain();
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  private split(text: string, change: TextChange): TopSegment[] | undefined {
    return (this.segments && resegment(this.previous, this.segments, text, change)) ?? segmentPlan(text);
  }
}
