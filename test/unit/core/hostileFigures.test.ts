import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIGURES_END, FIGURES_START, figuresMarkdown } from '../../hostile/figures';

const README = path.resolve(__dirname, '../../../..', 'README.md');

/** The README's figures on hostile input and fuzzing are the ones the tests actually run. */
describe('hostile-input figures in the README', () => {
  it('README.md gives the figures the tests run', () => {
    const text = fs.readFileSync(README, 'utf8');
    const start = text.indexOf(FIGURES_START);
    assert.ok(start >= 0, `README.md has no ${FIGURES_START} block`);
    const block = text.slice(start, text.indexOf(FIGURES_END) + FIGURES_END.length);
    const expected = figuresMarkdown();
    assert.equal(block, expected, `replace the block in README.md with:\n${expected}`);
  });
});
