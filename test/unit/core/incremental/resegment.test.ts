import assert from 'node:assert/strict';
import fc from 'fast-check';
import { resegment } from '../../../../src/core/incremental/resegment';
import { segmentPlan } from '../../../../src/core/incremental/segments';
import { diffText } from '../../../../src/core/incremental/textChange';
import { generatePlan } from '../../../bench/generatePlan';

const SMALL = `version: 1
settings:
  maxNewRelationships: 2
people:
  # people I know and like
  - name: Dana Lee
    lists: [like, help]
    how: |
      Sit near her at the staff meeting;
      suggest lunch after.
  - name: "Sam: Okafor"
    stage: established   # call anytime

  - name: Lee
journal:
  - date: 2026-11-19
    with: Dana Lee
  - date: 2026-11-20
    with: [Sam: Okafor, Lee]
# the end
`;

/** Pieces that change what the split sees: line breaks, indentation, item and key markers, tabs, lone carriage returns. */
const PIECE = fc.constantFrom('\n', '  ', ' ', '- ', '-', 'name: X', 'x', ':', '#', '"', 'people:', 'journal:\n  - ', 'journal:', '\t', '\r', '\r\n', '---\n', '\uFEFF');
const EDIT = fc.record({ at: fc.nat(), remove: fc.nat({ max: 8 }), insert: fc.array(PIECE, { maxLength: 3 }).map((p) => p.join('')) });

function apply(text: string, edit: { at: number; remove: number; insert: string }): string {
  const at = edit.at % (text.length + 1);
  return text.slice(0, at) + edit.insert + text.slice(at + edit.remove);
}

describe('resegment (the split, redone around a change)', () => {
  it('gives the full split, or nothing, after random edits', () => {
    const generated = generatePlan(3, { entriesPerPerson: 2 });
    fc.assert(
      fc.property(fc.constantFrom(SMALL, generated), fc.array(EDIT, { minLength: 1, maxLength: 6 }), (base, edits) => {
        let before = base;
        let split = segmentPlan(before)!;
        for (const edit of edits) {
          const after = apply(before, edit);
          const full = segmentPlan(after);
          const redone = resegment(before, split, after, diffText(before, after));
          if (redone !== undefined) assert.deepEqual(redone, full, JSON.stringify({ before, after }));
          // Like the reader, keep the last text that could be split.
          if (full) {
            before = after;
            split = full;
          }
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });

  it('redoes the split without a full scan for edits inside an item, also ones adding or removing items', () => {
    const before = generatePlan(20);
    const split = segmentPlan(before)!;
    const middle = before.indexOf('    note: ', before.length >> 1) + 10;
    const nextItem = before.indexOf('\n  - date:', middle) + 1;
    const edits = [
      before.slice(0, middle) + 'x' + before.slice(middle),
      before.slice(0, middle) + before.slice(middle + 1),
      before.slice(0, nextItem) + '  - date: 2026-01-01\n    with: Dana Lee\n' + before.slice(nextItem),
      before.slice(0, nextItem - 1) + before.slice(before.indexOf('\n', nextItem)),
    ];
    for (const after of edits) {
      const redone = resegment(before, split, after, diffText(before, after));
      assert.ok(redone, 'resegmented');
      assert.deepEqual(redone, segmentPlan(after));
    }
  });

  it('leaves changes to the top-level structure to the full split', () => {
    const before = SMALL;
    const split = segmentPlan(before)!;
    for (const after of [before.replace('journal:', 'journal2:'), before.replace('settings:', 'settings: {}\nother:'), '\uFEFF' + before]) {
      assert.equal(resegment(before, split, after, diffText(before, after)), undefined, after);
    }
  });
});
