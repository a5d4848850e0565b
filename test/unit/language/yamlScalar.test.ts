import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { canBePlain, readToken, scalarSource, unquote } from '../../../src/language/yamlScalar';

const NAMES = [
  'Dana Lee', "O'Brien", 'Ana: the boss', 'a #b', '#1 fan', '- dash', '-dash', '? q', 'true', 'No', 'null', '~', '12',
  '1e3', '0x1F', '.inf', '2026-01-02', '[x](command:workbench.action.files.delete)', '<img src=x>', '`code`', 'x, y',
  'x]', '{a}', 'José Müller', '李小龍', ' padded ', 'tab\there', 'two\nlines', 'quote "inside"', 'back\\slash', '@handle',
  '%percent', '&anchor', '*alias', '!tag', '|pipe', '>fold', 'ends:', ':start', 'a:b', 'a,b', '',
];

function readBack(source: string, inFlow: boolean): unknown {
  const data = parse(inFlow ? `k: [${source}]` : `k: ${source}`) as { k: unknown };
  return inFlow ? (data.k as unknown[])[0] : data.k;
}

describe('yamlScalar', () => {
  describe('scalarSource', () => {
    it('writes every name so that YAML reads the same string back, in block and flow context', () => {
      for (const name of NAMES) {
        for (const inFlow of [false, true]) {
          assert.equal(readBack(scalarSource(name, undefined, true, inFlow), inFlow), name, `${JSON.stringify(name)} in flow: ${inFlow}`);
        }
      }
    });

    it('reads back the same for arbitrary strings (property)', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 20 }), fc.boolean(), (name, inFlow) => {
          assert.equal(readBack(scalarSource(name, undefined, true, inFlow), inFlow), name);
        }),
        { numRuns: 2000 },
      );
    });

    it('continues an opened quote and closes it when the line has no closing quote', () => {
      assert.equal(scalarSource("O'Brien", "'", false, false), "O''Brien'");
      assert.equal(scalarSource('say "hi"', '"', false, false), 'say \\"hi\\""');
      assert.equal(scalarSource('Dana', '"', true, false), 'Dana');
      for (const name of NAMES) {
        assert.equal(readBack(`"${scalarSource(name, '"', false, false)}`, false), name);
        if (!/[\n\t]/.test(name)) assert.equal(readBack(`'${scalarSource(name, "'", false, true)}`, true), name);
      }
    });

    it('writes plain text when it can', () => {
      assert.equal(scalarSource('Dana Lee', undefined, true, false), 'Dana Lee');
      assert.equal(scalarSource("O'Brien", undefined, true, true), "O'Brien");
      assert.equal(scalarSource('x, y', undefined, true, false), 'x, y');
      assert.equal(scalarSource('x, y', undefined, true, true), '"x, y"');
      assert.equal(canBePlain('true', false), false);
    });
  });

  describe('readToken and unquote', () => {
    it('reads plain tokens up to a comment, and in flow up to a separator', () => {
      assert.deepEqual(readToken('a b  # c', 0, false), { token: { start: 0, end: 3, closed: true }, next: 5 });
      assert.deepEqual(readToken('a#b, c]', 0, true), { token: { start: 0, end: 3, closed: true }, next: 3 });
    });

    it('reads quoted tokens with their escapes, closed or not', () => {
      assert.deepEqual(readToken(`'it''s' x`, 0, false).token, { start: 1, end: 6, quote: "'", closed: true });
      assert.deepEqual(readToken(`"a\\"b`, 0, false).token, { start: 1, end: 5, quote: '"', closed: false });
      assert.equal(unquote(`it''s`, "'"), "it's");
      assert.equal(unquote(`a\\"b\\u00e9`, '"'), 'a"bé');
      assert.equal(unquote(`bad \\q`, '"'), 'bad \\q');
    });
  });
});
