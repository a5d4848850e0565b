import * as assert from 'node:assert/strict';
import { reviewOf } from '../../../src/core';
import { MAX_ROWS, personRows, shownCount, untouchedActions } from '../../../src/review/reviewItems';
import { lines, viewOf } from '../viewOf';

const TODAY = '2026-12-01';

describe('review rows', () => {
  it('shows each suggestion with its lists, how, and the reason', () => {
    const { plan, view } = viewOf(lines('people:', '  - {name: Ann, lists: [like, help], how: coffee}', '  - {name: Bo, lists: [help]}', '  - {name: Cy}'), TODAY);
    const rows = personRows(reviewOf(plan, view, TODAY).start);
    assert.deepEqual(
      rows.map((r) => [r.label, r.description, r.detail]),
      [
        ['Ann', 'know & like + can help my career · coffee', 'On both lists: you know and like them, and they can help your career.'],
        ['Bo', 'can help my career', 'They can help your career.'],
        ['Cy', 'no list', 'On no list yet.'],
      ],
    );
  });

  it(`shows at most ${MAX_ROWS} people, and says so`, () => {
    const people = Array.from({ length: MAX_ROWS + 5 }, (_, i) => `  - {name: P${i}, lists: [like]}`);
    const { plan, view } = viewOf(lines('people:', ...people), TODAY);
    const start = reviewOf(plan, view, TODAY).start;
    assert.equal(personRows(start).length, MAX_ROWS);
    assert.equal(shownCount(start.length), ` (the first ${MAX_ROWS} of ${MAX_ROWS + 5})`);
    assert.equal(shownCount(3), '');
  });

  it('offers a list only when someone chosen is not on it yet', () => {
    const { view } = viewOf(lines('people:', '  - {name: Ann, lists: [like]}', '  - {name: Bo, lists: [like, help]}'), TODAY);
    assert.deepEqual(untouchedActions([view.people[0]]).map((a) => a.action), ['keep', 'help', 'archive']);
    assert.deepEqual(untouchedActions([view.people[1]]).map((a) => a.action), ['keep', 'archive']);
    assert.deepEqual(untouchedActions(view.people).map((a) => a.action), ['keep', 'help', 'archive']);
  });
});
