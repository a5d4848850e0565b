import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIGURES_END, FIGURES_START, figuresMarkdown } from '../../hostile/figures';

const ROOT = path.resolve(__dirname, '../../../..');

/** The README's figures on hostile input and fuzzing are the ones the tests actually run. */
describe('hostile-input figures in the README', () => {
  const expected = figuresMarkdown();

  for (const file of ['test/hostile/README-section.md', 'README.md']) {
    it(`${file} gives the figures the tests run`, function () {
      const full = path.join(ROOT, file);
      if (file === 'README.md' && (!fs.existsSync(full) || !fs.readFileSync(full, 'utf8').includes(FIGURES_START))) this.skip();
      const text = fs.readFileSync(full, 'utf8');
      const block = text.slice(text.indexOf(FIGURES_START), text.indexOf(FIGURES_END) + FIGURES_END.length);
      assert.equal(block, expected, `replace the block in ${file} with:\n${expected}`);
    });
  }
});
