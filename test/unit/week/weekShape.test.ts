import * as assert from 'node:assert/strict';
import { dayLabel, weekPersonDescription, weekShapes } from '../../../src/week/weekShape';
import { lines, viewOf } from '../viewOf';

// A Tuesday.
const TODAY = '2026-03-10';
const PLAN = lines(
  'people:',
  '  - {name: Ada, stage: building, how: coffee, cadence: every 2 weeks, next: 2026-03-10}',
  '  - {name: Bo, stage: established, how: lunch, cadence: monthly, next: 2026-03-12}',
  '  - {name: Cy, stage: building, next: 2026-03-05}',
  '  - {name: Di, stage: building, cadence: weekly, next: 2026-02-20}',
  '  - {name: Ed, stage: planned}',
  '  - {name: Flo, stage: building, next: 2026-03-17}',
  '  - {name: Gus, stage: building, next: 2026-03-16, archived: true}',
  '  - {name: Hal, stage: building, next: 2026-03-16}',
);

describe('this week', () => {
  it('shows the late first, most late first, then each day with someone due, up to 6 days ahead', () => {
    const shapes = weekShapes([{ view: viewOf(PLAN, TODAY).view }]);
    assert.deepEqual(
      shapes.map((s) => [s.label, s.description, s.people.map((p) => p.status.person.name)]),
      [
        ['Overdue', '2 late', ['Di', 'Cy']],
        ['Today', '2026-03-10 · 1', ['Ada']],
        ['Thursday', '2026-03-12 · 1', ['Bo']],
        ['Monday', '2026-03-16 · 1', ['Hal']],
      ],
    );
  });

  it('is empty when nobody is due in the next 7 days', () => {
    assert.deepEqual(weekShapes([{ view: viewOf(lines('people:', '  - {name: Flo, stage: building, next: 2026-03-17}'), TODAY).view }]), []);
  });

  it('merges several plans day by day, naming the folder', () => {
    const one = viewOf(PLAN, TODAY).view;
    const two = viewOf(lines('people:', '  - {name: Zed, stage: building, how: walk, next: 2026-03-12}'), TODAY).view;
    const shapes = weekShapes([{ view: one, folderName: 'work' }, { view: two, folderName: 'side' }]);
    const thursday = shapes.find((s) => s.label === 'Thursday');
    assert.deepEqual(thursday?.people.map((p) => [p.status.person.name, p.plan, p.folderName]), [['Bo', 0, 'work'], ['Zed', 1, 'side']]);
    assert.equal(weekPersonDescription(thursday.people[1], false), 'walk · side');
  });

  it('says how and when for each person, and marks the lapsed', () => {
    const shapes = weekShapes([{ view: viewOf(PLAN, TODAY).view }]);
    const late = shapes[0].people;
    assert.equal(weekPersonDescription(late[0], true), 'no "how" yet · 18 days overdue · lapsed');
    assert.equal(weekPersonDescription(late[1], true), 'no "how" yet · 5 days overdue');
    assert.equal(weekPersonDescription(shapes[1].people[0], false), 'coffee · every 2 weeks');
  });

  it('names the days: today, tomorrow, then the weekday', () => {
    assert.deepEqual([0, 1, 2, 3].map((offset) => dayLabel(offset, (2 + offset) % 7)), ['Today', 'Tomorrow', 'Thursday', 'Friday']);
  });
});
