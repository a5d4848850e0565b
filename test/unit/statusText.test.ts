import * as assert from 'node:assert/strict';
import { anyOverdue, dueContacts, overdueCount, statusBarText, statusTooltipMarkdown } from '../../src/statusText';
import { escapeMarkdown } from '../../src/markdown';
import { lines, viewOf } from './viewOf';

const TODAY = '2026-03-10';
const PLAN = lines(
  'people:',
  '  - name: Bo',
  '    stage: established',
  '    next: 2026-03-10',
  '  - name: "Ada [x](command:rm)"',
  '    stage: building',
  '    next: 2026-03-07',
  '  - name: Cy',
  '    stage: building',
  '    next: 2026-03-11',
  '  - name: Di',
);

describe('status text', () => {
  const due = dueContacts([{ view: viewOf(PLAN, TODAY).view }]);

  it('lists due people, most overdue first, without upcoming or unscheduled ones', () => {
    assert.deepEqual(due.map((d) => d.status.person.name), ['Ada [x](command:rm)', 'Bo']);
    assert.equal(anyOverdue(due), true);
    assert.equal(anyOverdue(due.slice(1)), false);
  });

  it('counts the due people and how many of them are overdue, and follows the visibility setting when nobody is due', () => {
    assert.equal(statusBarText(due, 'always'), '$(person) 2 due (1 overdue)');
    assert.equal(statusBarText(due, 'whenDue'), '$(person) 2 due (1 overdue)');
    assert.equal(statusBarText(due.slice(1), 'always'), '$(person) 1 due', 'nobody overdue: the count alone, as before');
    assert.equal(statusBarText(due, 'never'), undefined);
    assert.equal(statusBarText([], 'always'), '$(person) caught up');
    assert.equal(statusBarText([], 'whenDue'), undefined);
  });

  it('says who is due and since when, with names escaped', () => {
    const md = statusTooltipMarkdown(due);
    assert.match(md, /\*\*2 contacts due\*\*/);
    assert.match(md, /- Ada \\\[x\\\]\\\(command\\:rm\\\) — 3 days overdue, since 2026-03-07/);
    assert.match(md, /- Bo — due today/);
    assert.doesNotMatch(md, /[^\\]\[x\]/);
  });

  it('names the folder of each person when there are several plans', () => {
    const two = dueContacts([
      { view: viewOf(PLAN, TODAY).view, folderName: 'work' },
      { view: viewOf(lines('people:', '  - name: Eve', '    stage: building'), TODAY).view, folderName: 'side_project' },
    ]);
    assert.equal(two.length, 3);
    assert.match(statusTooltipMarkdown(two), /- Eve \(side\\_project\) — due today/);
  });

  it('says when everyone is caught up', () => {
    assert.match(statusTooltipMarkdown([]), /caught up/);
  });

  it('counts lapsed people as overdue and marks them in the tooltip', () => {
    // Cadence every 2 weeks: 15 days late is more than 100% of it.
    const plan = lines('people:', '  - name: Lee', '    stage: building', '    next: 2026-02-23', '  - name: Max', '    stage: building', '    next: 2026-03-09');
    const late = dueContacts([{ view: viewOf(plan, TODAY).view }]);
    assert.deepEqual(late.map((d) => [d.status.person.name, d.status.state]), [['Lee', 'lapsed'], ['Max', 'overdue']]);
    assert.equal(overdueCount(late), 2);
    assert.equal(anyOverdue(late), true);
    assert.equal(statusBarText(late, 'always'), '$(person) 2 due (2 overdue)');
    assert.match(statusTooltipMarkdown(late), /- Lee — 15 days overdue, since 2026-02-23 \(lapsed\)/);
    assert.match(statusTooltipMarkdown(late), /- Max — 1 day overdue, since 2026-03-09\n/);
  });

  it('adds whether Review Lists is due, escaped, also when nobody is due', () => {
    const review = 'Review Lists is due (last review 2025-11-01).';
    assert.ok(statusTooltipMarkdown(due, review).endsWith(`\n\n${escapeMarkdown(review)}\n\nClick to choose whom to contact.`));
    assert.ok(statusTooltipMarkdown([], review).endsWith(`caught up.\n\n${escapeMarkdown(review)}`));
    assert.doesNotMatch(statusTooltipMarkdown(due), /Review/);
  });
});
