import * as assert from 'node:assert/strict';
import { anyOverdue, dueContacts, statusBarText, statusTooltipMarkdown } from '../../src/statusText';
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

  it('counts the due people, and follows the visibility setting when nobody is due', () => {
    assert.equal(statusBarText(due, 'always'), '$(person) 2 due');
    assert.equal(statusBarText(due, 'whenDue'), '$(person) 2 due');
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
});
