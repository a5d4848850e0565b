import assert from 'node:assert/strict';
import type { Problem } from '../../../src/core';
import { problemsStartingAt, problemsToShow } from '../../../src/language/problemLookup';

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

describe('problemsToShow', () => {
  const error = (start: number): Problem => ({ code: 'bad-date', severity: 'error', message: `e${start}`, span: { start, end: start + 1 } });
  const warning = (start: number): Problem => ({ code: 'unknown-key', severity: 'warning', message: `w${start}`, span: { start, end: start + 1 } });

  it('keeps everything, in order, when there are few enough', () => {
    const problems = [warning(1), error(2)];
    assert.deepEqual(problemsToShow(problems, 2), { shown: problems, hidden: 0 });
  });

  it('keeps errors before warnings, in file order, and counts the rest', () => {
    const problems = [warning(1), error(2), warning(3), error(4), warning(5)];
    const { shown, hidden } = problemsToShow(problems, 3);
    assert.deepEqual(shown.map((p) => p.message), ['w1', 'e2', 'e4']);
    assert.equal(hidden, 2);
    assert.deepEqual(problemsToShow(problems, 1).shown.map((p) => p.message), ['e2']);
  });

  it('is quick on a hundred thousand problems', () => {
    const problems = Array.from({ length: 100_000 }, (_, i) => (i % 3 === 0 ? error(i) : warning(i)));
    const start = performance.now();
    const { shown, hidden } = problemsToShow(problems, 999);
    assert.equal(shown.length + hidden, problems.length);
    assert.ok(shown.every((p) => p.severity === 'error'));
    assert.ok(performance.now() - start < 200);
  });
});
