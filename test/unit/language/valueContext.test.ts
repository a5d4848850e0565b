import assert from 'node:assert/strict';
import fc from 'fast-check';
import { kindOf, valueContextAt, valueOf, type ValueContext } from '../../../src/language/valueContext';

const CURSOR = '‸';

/** Reads the context at the `‸` in `source` (which is removed). */
function at(source: string): { text: string; context: ValueContext | undefined } {
  const offset = source.indexOf(CURSOR);
  assert.ok(offset >= 0, 'the test text needs a cursor');
  const text = source.slice(0, offset) + source.slice(offset + 1);
  return { text, context: valueContextAt(text, offset) };
}

/** The kind, the value's text as written between start and end, and the siblings. */
function summary(source: string): { kind?: string; key?: string; value?: string; siblings?: string[] } | undefined {
  const { text, context } = at(source);
  if (!context) return undefined;
  return { kind: kindOf(context), key: context.key, value: text.slice(context.start, context.end), siblings: context.siblings };
}

const JOURNAL = 'version: 1\npeople:\n  - name: Dana Lee\n    stage: building\njournal:\n';

describe('valueContextAt', () => {
  describe('journal with:', () => {
    it('offers the value of a scalar `with:`, empty or half-typed', () => {
      assert.deepEqual(summary(`${JOURNAL}  - date: 2026-11-19\n    with: ${CURSOR}\n`), { kind: 'person', key: 'with', value: '', siblings: [] });
      assert.deepEqual(summary(`${JOURNAL}  - date: 2026-11-19\n    with: Da${CURSOR}`), { kind: 'person', key: 'with', value: 'Da', siblings: [] });
    });

    it('takes the whole value when the cursor is mid-word, names with spaces included', () => {
      const { text, context } = at(`${JOURNAL}  - with: Dan${CURSOR}a Lee   # lunch\n`);
      assert.ok(context);
      assert.equal(text.slice(context.start, context.end), 'Dana Lee');
      assert.equal(context.start, text.lastIndexOf('Dana'));
    });

    it('works on the first key of a sequence item and in an unindented sequence', () => {
      assert.equal(summary(`journal:\n- with: B${CURSOR}\n  date: 2026-01-02\n`)?.kind, 'person');
      assert.equal(summary(`journal:\n- date: 2026-01-02\n  with: ${CURSOR}`)?.kind, 'person');
    });

    it('reads the item under the cursor in a flow list, with the others as siblings', () => {
      assert.deepEqual(summary(`${JOURNAL}  - with: [Dana Lee, Bo${CURSOR}, "Cy Ng"]\n`), {
        kind: 'person', key: 'with', value: 'Bo', siblings: ['Dana Lee', 'Cy Ng'],
      });
      assert.deepEqual(summary(`${JOURNAL}  - with: [Dana Lee, ${CURSOR}`)?.siblings, ['Dana Lee']);
      assert.equal(summary(`${JOURNAL}  - with: [${CURSOR}]`)?.value, '');
      assert.equal(summary(`${JOURNAL}  - with: [Dana,${CURSOR}]`)?.value, '');
    });

    it('reads block list items under `with:`, in both indentation styles, with the other items as siblings', () => {
      const indented = `${JOURNAL}  - date: 2026-11-19\n    with:\n      - Dana Lee\n      - ${CURSOR}\n      - 'Bo'\n    note: x\n`;
      assert.deepEqual(summary(indented), { kind: 'person', key: 'with', value: '', siblings: ['Bo', 'Dana Lee'] });
      const compact = `journal:\n- date: 2026-11-19\n  with:   # who\n  - Dana Lee\n  # a comment\n\n  - Cy${CURSOR}\n`;
      assert.deepEqual(summary(compact), { kind: 'person', key: 'with', value: 'Cy', siblings: ['Dana Lee'] });
    });

    it('says when a space must come before the value', () => {
      assert.equal(at(`${JOURNAL}  - with:${CURSOR}`).context?.needsSpace, true);
      assert.equal(at(`${JOURNAL}  - with:\n    -${CURSOR}`).context?.needsSpace, true);
      assert.equal(at(`${JOURNAL}  - with: ${CURSOR}`).context?.needsSpace, false);
      assert.equal(at(`${JOURNAL}  - with: [${CURSOR}`).context?.needsSpace, false);
    });
  });

  describe('quoted values', () => {
    it('starts inside the quote and knows whether it is closed', () => {
      const open = at(`${JOURNAL}  - with: "Dan${CURSOR}`).context;
      assert.equal(open?.quote, '"');
      assert.equal(open?.closed, false);
      const { text, context } = at(`${JOURNAL}  - with: 'O''Br${CURSOR}ien' # x`);
      assert.equal(context?.quote, "'");
      assert.equal(context?.closed, true);
      assert.equal(text.slice(context.start, context.end), "O''Brien");
      assert.equal(valueOf(text, context), "O'Brien");
    });

    it('reads double-quoted escapes', () => {
      const { text, context } = at(`${JOURNAL}  - with: "A \\"B\\" ${CURSOR}C"`);
      assert.equal(valueOf(text, context!), 'A "B" C');
    });

    it('treats a quote inside a plain value as a character', () => {
      assert.equal(summary(`${JOURNAL}  - with: O'Bri${CURSOR}en # note`)?.value, "O'Brien");
    });

    it('is not in the value after its closing quote', () => {
      assert.equal(summary(`${JOURNAL}  - with: "Dana" ${CURSOR}`), undefined);
    });
  });

  describe('people and settings', () => {
    const PERSON = 'people:\n  - name: Dana Lee\n';
    it('knows lists in scalar, flow and block form', () => {
      assert.deepEqual(summary(`${PERSON}    lists: [like, ${CURSOR}]\n`), { kind: 'list', key: 'lists', value: '', siblings: ['like'] });
      assert.equal(summary(`${PERSON}    lists: he${CURSOR}`)?.kind, 'list');
      assert.deepEqual(summary(`${PERSON}    lists:\n      - help\n      - ${CURSOR}\n  - name: Bo\n`)?.siblings, ['help']);
    });

    it('knows stage, cadence, next and name', () => {
      assert.equal(summary(`${PERSON}    stage: bui${CURSOR}ld`)?.value, 'build');
      assert.equal(summary(`${PERSON}    stage: ${CURSOR}`)?.kind, 'stage');
      assert.equal(summary(`${PERSON}    cadence: every 2${CURSOR} weeks`)?.value, 'every 2 weeks');
      assert.equal(summary(`${PERSON}    next: ${CURSOR}`)?.kind, 'date');
      assert.equal(summary(`people:\n  - name: Da${CURSOR}na Lee # boss\n`)?.kind, 'name');
    });

    it('knows settings.defaultCadence, but not a cadence key elsewhere', () => {
      assert.equal(summary(`settings:\n  maxNewRelationships: 3\n  defaultCadence: ${CURSOR}\npeople: []\n`)?.kind, 'cadence');
      assert.equal(summary(`settings:\n  cadence: ${CURSOR}`)?.kind, undefined);
      assert.equal(summary(`journal:\n  - stage: ${CURSOR}`)?.kind, undefined);
    });

    it('reads date in the journal only', () => {
      assert.equal(summary(`journal:\n  - date: ${CURSOR}`)?.kind, 'date');
      assert.equal(summary(`people:\n  - date: ${CURSOR}`)?.kind, undefined);
    });

    it('stops at a document marker when looking for the section', () => {
      assert.equal(summary(`journal:\n---\n  - with: ${CURSOR}`)?.kind, undefined);
    });
  });

  describe('where there is no value', () => {
    it('is undefined in a key, before the colon, in a comment, or on a blank line', () => {
      assert.equal(summary(`${JOURNAL}  - wi${CURSOR}th: Dana`), undefined);
      assert.equal(summary(`${JOURNAL}  - with${CURSOR}: Dana`), undefined);
      assert.equal(summary(`${JOURNAL}  - with: Dana # Bo${CURSOR}`), undefined);
      assert.equal(summary(`${JOURNAL}  # with: ${CURSOR}`), undefined);
      assert.equal(summary(`${JOURNAL}    ${CURSOR}\n`), undefined);
    });

    it('is undefined after a flow list and in the spaces before a value', () => {
      assert.equal(summary(`${JOURNAL}  - with: [Dana] ${CURSOR}`), undefined);
      assert.equal(summary(`${JOURNAL}  - with: ${CURSOR} Dana`), undefined);
    });

    it('is undefined for block scalars, flow mappings, aliases and new sequence items of mappings', () => {
      assert.equal(summary(`${JOURNAL}  - with: |${CURSOR}`), undefined);
      assert.equal(summary(`${JOURNAL}  - with: {${CURSOR}`), undefined);
      assert.equal(summary(`${JOURNAL}  - with: *a${CURSOR}`), undefined);
      assert.equal(summary(`${JOURNAL}  - date: 2026-01-01\n  - ${CURSOR}`), undefined);
    });

    it('is undefined for a block item whose key has a value of its own', () => {
      assert.equal(summary(`${JOURNAL}  - with: Dana\n    - ${CURSOR}`), undefined);
    });

    it('is undefined outside the text', () => {
      assert.equal(valueContextAt('with: x', -1), undefined);
      assert.equal(valueContextAt('with: x', 99), undefined);
    });
  });

  describe('line endings and odd input', () => {
    it('handles CRLF the same as LF', () => {
      const lf = `${JOURNAL}  - date: 2026-11-19\n    with:\n      - Dana Lee\n      - B${CURSOR}o\n    note: x\n`;
      const crlf = lf.replace(/\n/g, '\r\n');
      assert.deepEqual(summary(crlf), summary(lf));
      assert.deepEqual(summary(crlf), { kind: 'person', key: 'with', value: 'Bo', siblings: ['Dana Lee'] });
      const { text, context } = at(`${JOURNAL}  - with: Dana${CURSOR}\r\n`.replace(/\n/g, '\r\n'));
      assert.equal(text.slice(context!.start, context!.end), 'Dana');
    });

    it('handles a cursor at the very start or end of the text', () => {
      assert.equal(summary(`${CURSOR}with: x`), undefined);
      assert.equal(summary(`journal:\n  - with: x${CURSOR}`)?.value, 'x');
    });

    it('never throws on arbitrary text at any offset', () => {
      const samples = [
        '', '\n', '- ', ':', '[', '"', "'", 'a: [', 'a: "x', 'journal:\n  - with: [a, "b, c', '\r\r\n-\t-', '#: x\n- - - [',
        'journal:\n- with:\n-\n- "\n- \'\'\n', 'people:\n  - lists: [, , ]\n', '\u2028with: x\u2029',
      ];
      for (const text of samples) for (let i = -1; i <= text.length + 1; i++) valueContextAt(text, i);
    });

    it('always gives a value on the cursor line that holds the cursor (property)', () => {
      const piece = fc.constantFrom('journal:', 'people:', '\n', '\r\n', '  ', '- ', 'with:', 'lists:', ' ', '[', ']', ',', '"', "'", '#', 'Dana', ':');
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), (pieces, at) => {
          const text = pieces.join('');
          const offset = at % (text.length + 1);
          const context = valueContextAt(text, offset);
          if (!context) return;
          assert.ok(context.start <= offset && offset <= context.end, JSON.stringify({ text, offset, context }));
          assert.ok(!/[\r\n]/.test(text.slice(context.start, context.end)));
        }),
        { numRuns: 5000 },
      );
    });
  });
});
