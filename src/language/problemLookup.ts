/** Finding a plan's problems by position (they are sorted by where they start). */
import type { Problem } from '../core/types';

/** The problems whose span starts at `offset`. */
export function problemsStartingAt(problems: readonly Problem[], offset: number): Problem[] {
  let lo = 0;
  let hi = problems.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (problems[mid].span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  const found: Problem[] = [];
  for (let i = lo; i < problems.length && problems[i].span.start === offset; i++) found.push(problems[i]);
  return found;
}
