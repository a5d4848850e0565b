import * as assert from 'node:assert/strict';
import { clip, escapeMarkdown } from '../../src/markdown';

describe('markdown escaping', () => {
  it('escapes every ASCII punctuation character, so no Markdown syntax survives', () => {
    assert.equal(escapeMarkdown('[x](command:a)'), '\\[x\\]\\(command\\:a\\)');
    assert.equal(escapeMarkdown('<b>*_`#~|$'), '\\<b\\>\\*\\_\\`\\#\\~\\|\\$');
    assert.equal(escapeMarkdown('\\'), '\\\\');
  });

  it('keeps letters, digits, spaces and other scripts as they are', () => {
    assert.equal(escapeMarkdown('Zoë 42 محمد 🙂'), 'Zoë 42 محمد 🙂');
  });

  it('puts multi-line text on one line', () => {
    assert.equal(escapeMarkdown('a\n# b\r\n\n c'), 'a \\# b c');
  });

  it('clips long text with an ellipsis', () => {
    assert.equal(clip('abcdef', 4), 'abc…');
    assert.equal(clip('  a   b ', 10), 'a b');
  });
});
