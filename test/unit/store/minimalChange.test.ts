import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyChange, minimalChange } from '../../../src/store/minimalChange';

describe('minimal change', () => {
  it('replaces only what differs', () => {
    assert.deepEqual(minimalChange('abcdef', 'abXYef'), { start: 2, end: 4, text: 'XY' });
    assert.deepEqual(minimalChange('abc', 'abc'), undefined);
    assert.deepEqual(minimalChange('ab', 'aXb'), { start: 1, end: 1, text: 'X' });
    assert.deepEqual(minimalChange('aXb', 'ab'), { start: 1, end: 2, text: '' });
  });

  it('picks the leftmost place for an insertion in a run of the same text', () => {
    // An appended journal entry after one just like it must not be split across the old entry's last line.
    assert.deepEqual(minimalChange('- a\n', '- a\n- a\n'), { start: 4, end: 4, text: '- a\n' });
  });

  it('never splits a CRLF line break or a surrogate pair', () => {
    const crlf = minimalChange('a\r\nb', 'a\nb')!;
    assert.deepEqual(crlf, { start: 1, end: 3, text: '\n' });
    const pair = minimalChange('x\u{1F600}y', 'x\u{1F601}y')!;
    assert.deepEqual([pair.start, pair.end, pair.text], [1, 3, '\u{1F601}']);
    const inserted = minimalChange('a\nb', 'a\r\nb')!;
    assert.ok(!(inserted.text.startsWith('\n') && 'a\r\nb'[inserted.start - 1] === '\r'));
  });

  it('finds a small change in a text of megabytes', () => {
    const big = 'line of the plan\n'.repeat(200_000);
    const middle = big.length / 2 + 3;
    const changed = big.slice(0, middle) + 'X' + big.slice(middle);
    assert.deepEqual(minimalChange(big, changed), { start: middle, end: middle, text: 'X' });
    const replaced = big.slice(0, 5) + 'Y' + big.slice(6);
    assert.deepEqual(minimalChange(big, replaced), { start: 5, end: 6, text: 'Y' });
  });

  it('always turns the old text into the new one', () => {
    const alphabet = fc.constantFrom('a', 'b', '\r', '\n', '\u{1F600}', ' ');
    const text = fc.array(alphabet, { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const change = minimalChange(before, after);
        assert.equal(change ? applyChange(before, change) : before, after);
        if (change) {
          const splits = (t: string, at: number) => at > 0 && at < t.length && ((t[at - 1] === '\r' && t[at] === '\n') || (t.charCodeAt(at) >= 0xdc00 && t.charCodeAt(at) <= 0xdfff));
          assert.ok(!splits(before, change.start) && !splits(before, change.end), JSON.stringify({ before, after, change }));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('turns the old text into the new one for edits anywhere in long texts', () => {
    const piece = fc.array(fc.constantFrom('a', 'b', '\r', '\n', '\u{1F600}'), { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12_000 }), fc.integer({ min: 0, max: 40 }), piece, fc.nat(), (at, removed, inserted, seed) => {
        const before = Array.from({ length: 12_000 }, (_, i) => 'ab\r\n'[(i * 7 + seed) % 4]).join('');
        const after = before.slice(0, at) + inserted + before.slice(at + removed);
        const change = minimalChange(before, after);
        assert.equal(change ? applyChange(before, change) : before, after);
      }),
      { numRuns: 300 },
    );
  });
});
