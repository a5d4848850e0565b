/** How long activation takes until the user sees something: printed by the in-host test harness. */

export interface ActivationTiming {
  /** Milliseconds spent inside `activate()`. */
  activateMs: number;
  /** From the start of `activate()` until every plan was read once. */
  firstLoadMs?: number;
  /** Until the tree first returned items (stays undefined while the view is hidden). */
  treeMs?: number;
  /** Until the status bar showed the loaded plans. */
  statusBarMs?: number;
}

export class ActivationClock {
  readonly timing: ActivationTiming = { activateMs: 0 };
  private readonly start = performance.now();

  elapsed(): number {
    return Math.round((performance.now() - this.start) * 100) / 100;
  }

  mark(key: keyof ActivationTiming): void {
    if (this.timing[key] === undefined || key === 'activateMs') this.timing[key] = this.elapsed();
  }
}
