/** The whole-file reads of `WholeTextReader` in a Node worker thread (`planReadWorker.ts`, bundled as `dist/planReadWorker.js`). */
import { Worker } from 'node:worker_threads';
import type { StartPlanWorker } from './wholeTextReader';

/** `maxHeapMb` limits the worker's heap (Node's default otherwise). */
export function nodePlanWorker(workerFile: string, maxHeapMb?: number): StartPlanWorker {
  const resourceLimits = maxHeapMb === undefined ? undefined : { maxOldGenerationSizeMb: maxHeapMb };
  return (text, events) => {
    const worker = new Worker(workerFile, { workerData: { text }, resourceLimits });
    worker.on('message', events.part);
    worker.on('error', events.failed);
    worker.on('exit', () => events.failed());
    return { next: () => worker.postMessage('next'), terminate: () => void worker.terminate() };
  };
}
