import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PlanReader, readPlan } from '../../../../src/core';
import { fuzzRuns } from '../../../hostile/fuzzRuns';

const BASE = `# Networking plan
version: 1
settings:
  maxNewRelationships: 2  # a few at a time
  defaultCadence: every 2 weeks
people:
  # people I know and like
  - name: Dana Lee
    lists: [like, help]
    stage: building
    how: |
      Sit near her at the staff meeting;
      suggest lunch after.
    cadence: every 3 weeks
  - name: "Sam: Okafor"
    lists:
      - help
    stage: established   # call anytime
    topics: [a, b]

  - name: Lee
    stage: building
journal:
  - date: 2026-11-19
    with: Dana Lee
    note: Lunch
  - date: 2026-11-20
    with: [Sam: Okafor, Lee]
    gave: "an article"
# the end
`;

/** The same kind of plan with the keys that say who gave, got and promised what, stage history, archive and email. */
const WITH_EXCHANGE = `version: 1
settings:
  stageCadence: {building: every 2 weeks}
  listCadence:
    like: monthly
  lapsedAfter: 150%
people:
  - name: Dana Lee
    email: dana@example.com
    lists: [like, help]
    stage: building
    history: [2026-09-01 planned, 2026-10-12 building]
  - name: Sam Okafor
    archived: 2026-11-30
    lists: [like]
journal:
  - date: 2026-11-19
    with: [Dana Lee, Sam Okafor]
    gave: {Dana Lee: the article}
    got:
      Sam Okafor: [an intro, feedback]
    promised: Send the slides
  - date: 2026-11-26
    with: Dana Lee
    kept: send the slides
    theyPromised: [Intro to Priya]
`;

/** Pieces that change YAML structure when typed: indentation, item and key markers, quotes, brackets. */
const PIECE = fc.constantFrom('\n', '  ', '- ', 'name: X', ':', '#', '"', "'", '[', ']', '{', '}', 'people:', 'journal:\n  - ', 'x', '\r\n', '\t', '&a ', '*a', '---\n', '|\n', ' ');

type Edit = { at: number; remove: number; insert: string };
const EDIT = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.array(PIECE, { maxLength: 3 }).map((p) => p.join('')) });

function apply(text: string, edit: Edit): string {
  const at = edit.at % (text.length + 1);
  return text.slice(0, at) + edit.insert + text.slice(at + edit.remove);
}

describe('PlanReader (incremental)', () => {
  it('gives exactly what a plain read gives, after every edit of random edit sequences', function () {
    this.timeout(300_000);
    fc.assert(
      fc.property(fc.array(EDIT, { minLength: 1, maxLength: 12 }), (edits) => {
        const reader = new PlanReader();
        let text = BASE;
        assert.deepStrictEqual(reader.read(text), readPlan(text));
        for (const edit of edits) {
          text = apply(text, edit);
          assert.deepStrictEqual(reader.read(text), readPlan(text), JSON.stringify(text));
        }
      }),
      { numRuns: fuzzRuns(1) },
    );
  });

  it('gives exactly what a plain read gives on a plan with exchange, history, archive and email keys, after random edits', function () {
    this.timeout(300_000);
    fc.assert(
      fc.property(fc.array(EDIT, { minLength: 1, maxLength: 12 }), (edits) => {
        const reader = new PlanReader();
        let text = WITH_EXCHANGE;
        assert.deepStrictEqual(reader.read(text), readPlan(text));
        for (const edit of edits) {
          text = apply(text, edit);
          assert.deepStrictEqual(reader.read(text), readPlan(text), JSON.stringify(text));
        }
      }),
      { numRuns: fuzzRuns(1) },
    );
  });

  it('gives the same result for the same text, read again or read after other texts', () => {
    const reader = new PlanReader();
    const first = reader.read(BASE);
    reader.read(BASE.replace('Dana Lee', 'Dana Leigh'));
    reader.read('');
    assert.deepStrictEqual(reader.read(BASE), first);
  });

  it('re-parses only the entry that changed', () => {
    const reader = new PlanReader();
    const before = reader.read(BASE);
    const after = reader.read(BASE.replace('note: Lunch', 'note: Lunch!'));
    assert.equal(after.people[0], before.people[0], 'an unchanged person before the edit is the same object');
    assert.notEqual(after.journal[0], before.journal[0]);
    assert.equal(after.journal[0].note, 'Lunch!');
  });
});
