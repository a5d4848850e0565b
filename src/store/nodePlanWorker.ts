/** The whole-file reads of `WholeTextReader` in a Node worker thread (`planReadWorker.ts`, bundled as `dist/planReadWorker.js`). */
import { Worker } from 'node:worker_threads';
import type { PlanPart } from './planParts';
import type { StartPlanWorker } from './wholeTextReader';

/** `maxHeapMb` limits the worker's heap (Node's default otherwise). */
export function nodePlanWorker(workerFile: string, maxHeapMb?: number): StartPlanWorker {
  const resourceLimits = maxHeapMb === undefined ? undefined : { maxOldGenerationSizeMb: maxHeapMb };
  return (text, events) => {
    const worker = new Worker(workerFile, { workerData: { text }, resourceLimits });
    worker.on('message', (part: PlanPart) => events.part(part));
    worker.on('error', (error) => events.failed(error));
    worker.on('exit', () => events.failed());
    return { next: () => worker.postMessage('next'), terminate: () => void worker.terminate() };
  };
}
