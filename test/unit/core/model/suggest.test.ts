import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { closest, nameKey } from '../../../../src/core';

/** The plain definition: the first candidate at the smallest distance, if within about one typo per four letters. */
function closestByDefinition(word: string, candidates: readonly string[]): string | undefined {
  const w = nameKey(word);
  if (!w) return undefined;
  const allowed = Math.max(1, Math.floor(Math.max(w.length, 3) / 4) + (w.length > 6 ? 1 : 0));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = osa(w, nameKey(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}

/** Optimal string alignment distance, capped as the implementation caps it (length difference over 3, or over 64 characters). */
function osa(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3 || a.length > 64 || b.length > 64) return Infinity;
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

describe('closest', () => {
  it('finds a name with a typo or two, and nothing for a different name', () => {
    const names = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing'];
    assert.equal(closest('Ada Lovelcae', names), 'Ada Lovelace');
    assert.equal(closest('grace hoper', names), 'Grace Hopper');
    assert.equal(closest('Linus', names), undefined);
    assert.equal(closest('lsits', ['lists', 'stage']), 'lists');
    assert.equal(closest('  ', names), undefined);
  });

  it('answers as the plain definition does, for any word and candidates', () => {
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', 'İ', 'ß', ' '), maxLength: 12 });
    fc.assert(
      fc.property(letters, fc.array(letters, { maxLength: 12 }), (word, candidates) => {
        assert.equal(closest(word, candidates), closestByDefinition(word, candidates));
      }),
      { numRuns: 3000 },
    );
  });
});
