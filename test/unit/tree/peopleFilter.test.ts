import * as assert from 'node:assert/strict';
import { FilterMatcher, describeFilter, filterFrom, isFilterSet, type PeopleFilter } from '../../../src/tree/peopleFilter';
import { lines, viewOf } from '../viewOf';

const TODAY = '2026-03-10';
const PLAN = lines(
  'settings: {lapsedAfter: 100%}',
  'people:',
  '  - {name: Ada Park, lists: [like, help], stage: building, cadence: weekly, next: 2026-02-20, role: Staff engineer}',
  '  - {name: Bo, lists: [help], stage: established, next: 2026-03-08, how: Lunch after the staff meeting}',
  '  - {name: Cy, lists: [like], stage: building, next: 2026-03-10, topics: [Payments, design]}',
  '  - {name: Di, stage: planned, notes: Met at the OFFSITE}',
  '  - {name: Ed, lists: [like], stage: building, archived: 2026-01-05}',
  '  - {name: Flo, lists: [like], stage: established, next: 2026-04-30}',
);

function kept(filter: PeopleFilter): string[] {
  const { view } = viewOf(PLAN, TODAY);
  const keep = new FilterMatcher().test(filter);
  return view.people.filter(keep).map((s) => s.person.name);
}

describe('people filter', () => {
  it('finds every word, ignoring case, in the name, role, topics, how or notes', () => {
    assert.deepEqual(kept({ text: 'park' }), ['Ada Park']);
    assert.deepEqual(kept({ text: 'STAFF' }), ['Ada Park', 'Bo']);
    assert.deepEqual(kept({ text: 'staff lunch' }), ['Bo']);
    assert.deepEqual(kept({ text: 'payments' }), ['Cy']);
    assert.deepEqual(kept({ text: 'offsite' }), ['Di']);
    assert.deepEqual(kept({ text: 'nobody-has-this' }), []);
  });

  it('keeps any of the chosen values within a kind, and all kinds at once', () => {
    assert.deepEqual(kept({ stages: ['building', 'established'] }), ['Ada Park', 'Bo', 'Cy', 'Ed', 'Flo']);
    assert.deepEqual(kept({ lists: ['none'] }), ['Di']);
    assert.deepEqual(kept({ lists: ['help'], stages: ['established'] }), ['Bo']);
    assert.deepEqual(kept({ stages: ['building'], lists: ['like'], text: 'cy' }), ['Cy']);
  });

  it('filters by due state: lapsed, overdue, due today, upcoming, not scheduled, archived', () => {
    assert.deepEqual(kept({ due: ['lapsed'] }), ['Ada Park']);
    assert.deepEqual(kept({ due: ['overdue'] }), ['Bo']);
    assert.deepEqual(kept({ due: ['due'] }), ['Cy']);
    assert.deepEqual(kept({ due: ['upcoming'] }), ['Flo']);
    assert.deepEqual(kept({ due: ['unscheduled'] }), ['Di']);
    assert.deepEqual(kept({ due: ['archived'] }), ['Ed']);
    assert.deepEqual(kept({ due: ['lapsed', 'overdue'] }), ['Ada Park', 'Bo']);
  });

  it('reads back only what it knows from storage, and nothing when nothing is left to filter by', () => {
    assert.equal(filterFrom(undefined), undefined);
    assert.equal(filterFrom('building'), undefined);
    assert.equal(filterFrom({ text: '   ', stages: ['nope'], lists: 'like' }), undefined);
    assert.deepEqual(filterFrom({ text: ' dana ', stages: ['building', 'bogus'], due: ['overdue'], extra: 1 }), { text: 'dana', stages: ['building'], lists: undefined, due: ['overdue'] });
    assert.equal(isFilterSet({ text: '', stages: [] }), false);
    assert.equal(isFilterSet({ lists: ['none'] }), true);
  });

  it('describes itself for the view message', () => {
    assert.equal(describeFilter({ text: 'dana coffee', stages: ['building', 'established'], lists: ['like'], due: ['overdue', 'lapsed'] }), '“dana coffee”, building or established, know & like, overdue or lapsed');
    assert.equal(describeFilter({ lists: ['none'], due: ['unscheduled'] }), 'on no list, not scheduled');
  });

  it('sees a changed person again when the reader gives a new object for them', () => {
    const matcher = new FilterMatcher();
    const before = viewOf(PLAN, TODAY).view;
    const after = viewOf(PLAN.replace('role: Staff engineer', 'role: Designer'), TODAY).view;
    const keep = matcher.test({ text: 'designer' });
    assert.deepEqual(before.people.filter(keep).map((s) => s.person.name), []);
    assert.deepEqual(after.people.filter(keep).map((s) => s.person.name), ['Ada Park']);
  });
});
