/**
 * Runs in a worker thread: reads one plan text with a plain whole-file parse (seconds for a large
 * plan with broken YAML) and hands the result over in parts, one part per request, so that receiving
 * it never blocks the extension host for long either (see `store/wholeTextReader.ts`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readPlan, type Plan } from './core';
import type { PlanPart } from './store/planParts';

const PEOPLE_PER_PART = 1000;
const ENTRIES_PER_PART = 5000;
const PROBLEMS_PER_PART = 2000;

function* partsOf(plan: Plan): Generator<PlanPart> {
  const { people, journal, problems, ...rest } = plan;
  yield { kind: 'head', head: rest };
  for (let i = 0; i < people.length; i += PEOPLE_PER_PART) yield { kind: 'people', items: people.slice(i, i + PEOPLE_PER_PART) };
  for (let i = 0; i < journal.length; i += ENTRIES_PER_PART) yield { kind: 'journal', items: journal.slice(i, i + ENTRIES_PER_PART) };
  for (let i = 0; i < problems.length; i += PROBLEMS_PER_PART) yield { kind: 'problems', items: problems.slice(i, i + PROBLEMS_PER_PART) };
  yield { kind: 'end' };
}

const port = parentPort;
if (port) {
  const parts = partsOf(readPlan((workerData as { text: string }).text));
  // The first part goes without asking; each later one when the last was received.
  const sendNext = () => port.postMessage(parts.next().value);
  port.on('message', sendNext);
  sendNext();
}
