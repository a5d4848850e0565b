import type { Plan, Problem } from '../model';
import { finishPlan } from './finishPlan';
import { ReadContext } from './nodeValues';
import { parseWithProblems } from './parse';
import { emptyRawPlan, readRoot } from './readTop';

/** Reads a plan from its text with one plain parse of the whole file. Never throws. */
export function readPlan(text: string): Plan {
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
