import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { doubleQuoted, formatFlowList, formatScalar, isPlainSafe } from '../../../../src/core/edit/yamlText';
import { HOSTILE_TEXTS } from './editHelpers';

function readBlock(written: string): unknown {
  return (parse(`key: ${written}\n`, { schema: 'core' }) as { key: unknown }).key;
}

function readFlow(written: string): unknown {
  return (parse(`key: [${written}, other]\n`, { schema: 'core' }) as { key: unknown[] }).key[0];
}

describe('core/yamlText', () => {
  it('writes ordinary words and dates plain', () => {
    assert.equal(formatScalar('Dana Lee', 'block'), 'Dana Lee');
    assert.equal(formatScalar('2026-12-03', 'block'), '2026-12-03');
    assert.equal(formatScalar('a:b', 'block'), 'a:b');
    assert.equal(formatScalar('C# and F#', 'flow'), 'C# and F#');
  });

  it('quotes what YAML would read as something else', () => {
    for (const text of ['no', 'null', '~', '2024', 'true', 'a: b', '#x', ' x', 'x ', '[x]', '*x', '"q"', '', '<<']) {
      assert.equal(isPlainSafe(text, 'block'), false, text);
    }
    assert.equal(isPlainSafe('a, b', 'block'), true);
    assert.equal(isPlainSafe('a, b', 'flow'), false);
    assert.equal(formatScalar('no', 'block'), '"no"');
  });

  it('round-trips every hostile text in block and flow context', () => {
    for (const text of HOSTILE_TEXTS) {
      assert.equal(readBlock(formatScalar(text, 'block')), text, JSON.stringify(text));
      assert.equal(readFlow(formatScalar(text, 'flow')), text, JSON.stringify(text));
    }
  });

  it('never writes a line break, tab or lone surrogate into the file', () => {
    for (const text of HOSTILE_TEXTS) {
      const written = formatScalar(text, 'block');
      assert.doesNotMatch(written, /[\n\r\t\u0085\u2028\u2029\ufeff]/, JSON.stringify(text));
      assert.doesNotMatch(written, /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
    assert.equal(doubleQuoted('a\nb'), '"a\\nb"');
  });

  it('keeps the quote style of the value it replaces', () => {
    assert.equal(formatScalar("Sam O'Neil", 'block', "'Sam'"), "'Sam O''Neil'");
    assert.equal(formatScalar('Sam', 'block', '"Old"'), '"Sam"');
    assert.equal(formatScalar('tab\there', 'block', "'x'"), '"tab\\there"');
    assert.equal(formatScalar('Sam', 'block', 'Old'), 'Sam');
  });

  it('writes flow lists with or without padding', () => {
    assert.equal(formatFlowList(['like', 'help']), '[like, help]');
    assert.equal(formatFlowList(['a, b'], true), '[ "a, b" ]');
    assert.equal(formatFlowList([]), '[]');
  });

  it('round-trips arbitrary strings (property)', () => {
    const texts = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.string({ unit: fc.constantFrom(...':#,[]{}"\'\\ -?*&!|>%@`\n\t.0123456789eExyno~'), maxLength: 12 }),
      fc.constantFrom(...HOSTILE_TEXTS),
    );
    fc.assert(
      fc.property(texts, fc.option(fc.constantFrom("'x'", '"x"', 'x')), (text, like) => {
        assert.equal(readBlock(formatScalar(text, 'block', like ?? undefined)), text);
        assert.equal(readFlow(formatScalar(text, 'flow', like ?? undefined)), text);
      }),
      { numRuns: 200 },
    );
  });
});
