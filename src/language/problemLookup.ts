/** Finding and choosing a plan's problems (which are sorted by where they start). */
import type { Problem } from '../core';

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

/**
 * At most `max` problems, errors before warnings, each in file order (what VS Code itself would keep of a
 * longer list, since it shows at most 1000 per file), returned in file order, with how many were left out.
 */
export function problemsToShow(problems: readonly Problem[], max: number): { shown: Problem[]; hidden: number } {
  if (problems.length <= max) return { shown: [...problems], hidden: 0 };
  const errors = problems.filter((p) => p.severity === 'error');
  const kept = errors.length >= max ? errors.slice(0, max) : [...errors, ...problems.filter((p) => p.severity !== 'error').slice(0, max - errors.length)];
  const keep = new Set(kept);
  return { shown: problems.filter((p) => keep.has(p)), hidden: problems.length - kept.length };
}
