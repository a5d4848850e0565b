import assert from 'node:assert/strict';
import type { Problem } from '../../../src/core/types';
import { problemsStartingAt } from '../../../src/language/problemLookup';

function problem(start: number, end: number): Problem {
  return { code: 'bad-date', severity: 'error', message: `${start}-${end}`, span: { start, end } };
}

describe('problemsStartingAt', () => {
  const problems = [problem(0, 1), problem(5, 6), problem(5, 9), problem(7, 8), problem(12, 13)];

  it('finds every problem starting at an offset, and none elsewhere', () => {
    assert.deepEqual(problemsStartingAt(problems, 5).map((p) => p.message), ['5-6', '5-9']);
    assert.deepEqual(problemsStartingAt(problems, 0).map((p) => p.message), ['0-1']);
    assert.deepEqual(problemsStartingAt(problems, 12).map((p) => p.message), ['12-13']);
    assert.deepEqual(problemsStartingAt(problems, 6), []);
    assert.deepEqual(problemsStartingAt(problems, 99), []);
    assert.deepEqual(problemsStartingAt([], 0), []);
  });

  it('agrees with a linear search over many problems', () => {
    const many = Array.from({ length: 3000 }, (_, i) => problem(Math.floor(i / 3) * 2, i));
    for (const offset of [0, 1, 2, 777, 1998, 1999, 2000]) {
      assert.deepEqual(problemsStartingAt(many, offset), many.filter((p) => p.span.start === offset));
    }
  });
});
