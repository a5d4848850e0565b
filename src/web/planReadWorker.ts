/**
 * Runs in a Web Worker (the browser's counterpart of `../planReadWorker.ts`): reads one plan text with a plain
 * whole-file parse and hands the result over in parts, one part per request (see `planWorker.ts`).
 */
import { readPlan } from '../core';
import { partsOf } from '../store/planParts';

/** The worker's global scope, as much of it as is used (the shared code compiles against Node's types). */
interface WorkerScope {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;
// The first message is the text; the first part goes without asking, each later one when asked.
scope.onmessage = (first) => {
  const parts = partsOf(readPlan(first.data as string));
  scope.onmessage = () => scope.postMessage(parts.next().value);
  scope.postMessage(parts.next().value);
};
