import assert from 'node:assert/strict';
import { weekAhead } from '../../../../src/core/review';
import { lines, viewOf } from '../../viewOf';

describe('week ahead', () => {
  const plan = lines(
    'people:',
    '  - {name: Zoe, stage: building, next: 2026-12-07}',
    '  - {name: Ann, stage: building, next: 2026-12-07}',
    '  - {name: Bo, stage: established, next: 2026-12-13}',
    '  - {name: Cy, stage: building, next: 2026-12-14}',
    '  - {name: Di, stage: building, next: 2026-12-01}',
    '  - {name: Ed, stage: building, next: 2026-11-20}',
    '  - {name: Flo, stage: planned, next: 2026-12-08}',
    '  - {name: Gus, stage: building, next: 2026-12-08, archived: 2026-12-01}',
  );

  it('groups who is due in the next 7 days by day (today included), by name, and who is late, most late first', () => {
    const week = weekAhead(viewOf(plan, '2026-12-07').view);
    assert.deepEqual(week.late.map((s) => s.person.name), ['Ed', 'Di']);
    assert.deepEqual(week.days.map((d) => d.date), ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13']);
    assert.deepEqual(week.days.map((d) => d.people.map((s) => s.person.name)), [['Ann', 'Zoe'], [], [], [], [], [], ['Bo']]);
    assert.deepEqual(week.days.map((d) => d.offset), [0, 1, 2, 3, 4, 5, 6]);
  });

  it('names the weekday of each day, whatever the machine time zone', () => {
    const week = weekAhead(viewOf(plan, '2026-12-07').view);
    const utcDay = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
    assert.deepEqual(week.days.map((d) => d.weekday), week.days.map((d) => utcDay(d.date)));
    assert.equal(week.days[0].weekday, 1, '2026-12-07 is a Monday');
    assert.equal(weekAhead(viewOf(plan, '1969-12-28').view, 1).days[0].weekday, 0, 'before 1970 too');
  });

  it('takes a number of days', () => {
    assert.deepEqual(weekAhead(viewOf(plan, '2026-12-07').view, 8).days[7].people.map((s) => s.person.name), ['Cy']);
  });
});
