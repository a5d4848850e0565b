/**
 * Long computations over a whole plan are written as generators that yield between steps of a few
 * tens of milliseconds, so a caller can let other work run in between (the extension host must never
 * be blocked for long). Run at once, they cost the same as a plain loop.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step now. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps with `pause()` between them; a rejected pause stops the run there (and rejects). */
export async function runStepsPausing<T>(steps: Steps<T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** Entries made or visited between pauses: about 10–20 ms on a slow machine, garbage collection included. */
export const ENTRIES_PER_STEP = 8_000;
