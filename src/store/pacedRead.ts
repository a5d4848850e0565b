/**
 * How the extension reads a large plan without blocking the extension host for long: the incremental
 * reader parses new text in slices of about `SLICE_MS`, finishes the plan in steps, and hands texts
 * that must be parsed whole (broken YAML) to a worker. Between slices it pauses the platform's way
 * (`Platform.pause`), so that other work in the extension host runs. Shared with the benchmark.
 */
import { deriveViewSteps, runSteps, runStepsPausing, type Plan, type PlanReader, type PlanView, type SlicedReadOptions } from '../core';

/** Plans up to this size are read in one task (a whole-file parse of broken YAML included: tens of ms). */
export const SMALL_PLAN_CHARS = 64 * 1024;
const SLICE_CHARS = 64 * 1024;
/** Well under the 100 ms that a task may take, leaving room for a garbage collection. */
const SLICE_MS = 30;

export function pacedOptions(readWhole: (text: string) => Promise<Plan>): SlicedReadOptions {
  return { sliceChars: SLICE_CHARS, sliceMs: SLICE_MS, clock: () => performance.now(), readWhole };
}

/** The plan of `text`: at once when small, else in slices with `pause` between them. */
export function readPaced(reader: PlanReader, text: string, pause: () => Promise<void>, readWhole: (text: string) => Promise<Plan>): Promise<Plan> {
  if (text.length <= SMALL_PLAN_CHARS) return Promise.resolve(reader.read(text));
  return reader.readInSlices(text, pause, pacedOptions(readWhole));
}

/** The view of `plan`: at once when small, else in steps with `pause` between them. */
export async function derivePaced(plan: Plan, today: string, pause: () => Promise<void>, small: boolean): Promise<PlanView> {
  const steps = deriveViewSteps(plan, today);
  if (small) return runSteps(steps);
  await pause();
  return runStepsPausing(steps, pause);
}
