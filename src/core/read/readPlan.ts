import type { Plan, Problem } from '../model';
import { finishPlan } from './finishPlan';
import { ReadContext } from './nodeValues';
import { parseWithProblems } from './parse';
import { emptyRawPlan, readRoot } from './readTop';

/**
 * The largest plan read, in bytes of the file (and so at most as many characters of text): a plan of 10,000
 * people with ten journal entries each is about 15 MB. Anything larger (`/dev/zero`, a log file named by
 * mistake) is refused with a `too-large` problem instead of being read into memory.
 */
export const MAX_PLAN_BYTES = 32 * 1024 * 1024;

/** The plan of a file of `bytes` bytes, over `MAX_PLAN_BYTES`: empty, unwritable, and one `too-large` problem. */
export function tooLargePlan(bytes: number): Plan {
  const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
  const size = Number.isFinite(bytes) ? `${mb(bytes)} or more` : 'endless';
  const message = `The file is too large to be a plan (${size}; plans are read up to ${mb(MAX_PLAN_BYTES)}): check that this is the right file.`;
  return finishPlan('', emptyRawPlan(), [{ code: 'too-large', severity: 'error', message, span: { start: 0, end: 0 } }]);
}

/** Reads a plan from its text with one plain parse of the whole file. Never throws. */
export function readPlan(text: string): Plan {
  if (text.length > MAX_PLAN_BYTES) return tooLargePlan(text.length);
  const problems: Problem[] = [];
  const raw = emptyRawPlan();
  try {
    const doc = parseWithProblems(text, 0, problems);
    readRoot(new ReadContext(doc, text, 0, problems), doc.contents, raw);
  } catch (error) {
    // The parser is meant never to throw; if it ever does, the plan is unreadable, not the extension.
    problems.push({ code: 'yaml-syntax', severity: 'error', message: `YAML: the plan could not be read (${String(error)}).`, span: { start: 0, end: 0 } });
  }
  return finishPlan(text, raw, problems);
}
