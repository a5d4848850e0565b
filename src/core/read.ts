import { newFinishMemo } from './finishEntries';
import { finishPlan } from './finishPlan';
import { ReadContext } from './nodeValues';
import { emptyRawPlan, readRoot } from './readTop';
import { ItemCache } from './itemCache';
import { parseWithProblems } from './parse';
import { resegment } from './resegment';
import { segmentPlan, type TopSegment } from './segments';
import { diffText } from './textChange';
import type { Plan, Problem } from './types';

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

/**
 * Reads successive versions of one plan, re-parsing only the top-level sections and the
 * people/journal items whose text changed. Every result equals `readPlan` of the same text.
 */
export class PlanReader {
  private readonly cache = new ItemCache();
  private readonly memo = newFinishMemo();
  /** The last text read segment by segment, and its split: what the cache's positions refer to. */
  private previous = '';
  private segments?: TopSegment[];

  read(text: string): Plan {
    const change = diffText(this.previous, text);
    const segments = (this.segments && resegment(this.previous, this.segments, text, change)) ?? segmentPlan(text);
    if (!segments || segments.length === 0) return readPlan(text);
    this.previous = text;
    this.segments = segments;
    // Items that parsed cleanly stay cached even when another one sends this read down the plain path.
    const result = this.cache.readSegments(text, segments, change);
    return result ? finishPlan(text, result.raw, result.problems, this.memo) : readPlan(text);
  }
}
