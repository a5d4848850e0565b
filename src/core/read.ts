import { finishPlan } from './finishPlan';
import { ReadContext } from './nodeValues';
import { emptyRawPlan, readRoot } from './readTop';
import { ItemCache, type TextChange } from './itemCache';
import { parseWithProblems } from './parse';
import { segmentPlan } from './segments';
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
  private previous = '';

  read(text: string): Plan {
    const change = diffText(this.previous, text);
    this.previous = text;
    const segments = segmentPlan(text);
    if (!segments || segments.length === 0) return readPlan(text);
    // Items that parsed cleanly stay cached even when another one sends this read down the plain path.
    const result = this.cache.readSegments(text, segments, change);
    return result ? finishPlan(text, result.raw, result.problems, true) : readPlan(text);
  }
}

const BLOCK = 4096;

/** The unchanged head and tail of two texts, compared block by block (native compares), then character by character. */
export function diffText(before: string, after: string): TextChange {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix + BLOCK <= limit && before.slice(prefix, prefix + BLOCK) === after.slice(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  const room = limit - prefix;
  let suffix = 0;
  while (suffix + BLOCK <= room && before.slice(before.length - suffix - BLOCK, before.length - suffix) === after.slice(after.length - suffix - BLOCK, after.length - suffix)) suffix += BLOCK;
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { prefix, suffix, delta: after.length - before.length, newLength: after.length };
}
