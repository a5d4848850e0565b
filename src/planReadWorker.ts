/**
 * Runs in a worker thread: reads one plan text with a plain whole-file parse (seconds for a large
 * plan with broken YAML) and hands the result over in parts, one part per request, so that receiving
 * it never blocks the extension host for long either (see `store/wholeTextReader.ts`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readPlan } from './core';
import { partsOf } from './store/planParts';

const port = parentPort;
if (port) {
  const parts = partsOf(readPlan((workerData as { text: string }).text));
  // The first part goes without asking; each later one when the last was received.
  const sendNext = () => port.postMessage(parts.next().value);
  port.on('message', sendNext);
  sendNext();
}
