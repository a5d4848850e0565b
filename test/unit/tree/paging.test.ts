import * as assert from 'node:assert/strict';
import { formatCount, PAGE_SIZE, PageLimits, pageOf } from '../../../src/tree/paging';
import { groupShapes, isDueNow } from '../../../src/tree/treeShape';
import { lines, viewOf } from '../viewOf';

const people = (n: number): string[] => Array.from({ length: n }, (_, i) => `P${i + 1}`);

describe('paging of long groups', () => {
  it('shows the first page in the group order, then a "Show more" item', () => {
    const group = people(450);
    const page = pageOf(group, 200, 'Start here');
    assert.deepEqual(page.shown, group.slice(0, 200));
    assert.equal(page.more?.label, 'Show 200 more…');
    assert.equal(page.more?.description, '250 not shown');
    assert.equal(
      page.more?.tooltip,
      '"Start here" shows 200 of its 450 people, in the plan file\'s order. Click to show the next 200. ' +
        'Show Due Contacts lists everyone who is due, wherever they are.',
    );
  });

  it('shows the next page, then the last partial one', () => {
    const group = people(450);
    const second = pageOf(group, 400, 'Know & like');
    assert.deepEqual(second.shown, group.slice(0, 400));
    assert.equal(second.more?.label, 'Show 50 more…');
    assert.equal(second.more?.description, undefined);
    assert.match(second.more?.tooltip ?? '', /shows 400 of its 450 people.*Click to show the last 50\./);
    const last = pageOf(group, 600, 'Know & like');
    assert.deepEqual(last.shown, group);
    assert.equal(last.more, undefined);
  });

  it('has no "Show more" item when everybody fits', () => {
    assert.equal(pageOf(people(200), 200, 'Can help my career').more, undefined);
    assert.equal(pageOf(people(200), 200, 'Can help my career').shown.length, 200);
    assert.equal(pageOf([], 200, 'Can help my career').more, undefined);
  });

  it('says "1 more" and "the last one" for a single person left', () => {
    const page = pageOf(people(201), 200, 'Not on a list');
    assert.equal(page.shown.length, 200);
    assert.equal(page.more?.label, 'Show 1 more…');
    assert.match(page.more?.tooltip ?? '', /Click to show the last one\./);
  });

  it('writes large counts with thousands separators', () => {
    assert.equal(pageOf(people(4521), 200, 'Start here').more?.label, 'Show 200 more…');
    assert.equal(pageOf(people(4521), 200, 'Start here').more?.description, '4,321 not shown');
    assert.match(pageOf(people(4521), 200, 'Start here').more?.tooltip ?? '', /shows 200 of its 4,521 people/);
    assert.deepEqual([0, 999, 1000, 12345, 1234567].map(formatCount), ['0', '999', '1,000', '12,345', '1,234,567']);
  });

  it('honours another page size', () => {
    const page = pageOf(people(25), 10, 'Start here', undefined, 10);
    assert.equal(page.shown.length, 10);
    assert.deepEqual([page.more?.label, page.more?.description], ['Show 10 more…', '15 not shown']);
  });

  it('counts the due people among those not shown, without reordering the group', () => {
    const group = people(450);
    const due = (p: string) => ['P3', 'P250', 'P301', 'P449'].includes(p);
    const page = pageOf(group, 200, 'Start here', due);
    assert.deepEqual(page.shown, group.slice(0, 200));
    assert.equal(page.more?.description, '250 not shown · 3 due');
    assert.match(page.more?.tooltip ?? '', /Click to show the next 200\. 3 of those not shown are due: Show Due Contacts lists everyone who is due\.$/);
    const last = pageOf(group, 400, 'Start here', due);
    assert.equal(last.more?.description, '1 due');
    assert.match(last.more?.tooltip ?? '', /1 of those not shown is due/);
    assert.equal(pageOf(group, 200, 'Start here').more?.description, '250 not shown');
  });

  it('keeps the people of a real group in the order the tree shows them', () => {
    const rows = ['people:'];
    for (let i = 0; i < 230; i++) rows.push(`  - name: Person ${i}`, '    lists: [like, help]', i % 7 === 0 ? '    stage: building' : '    stage: planned');
    const both = groupShapes(viewOf(lines(...rows), '2026-03-10').view, 3)[0];
    const page = pageOf(both.people, PAGE_SIZE, both.label, isDueNow);
    assert.deepEqual(page.shown.map((s) => s.person.name), both.people.slice(0, 200).map((s) => s.person.name));
    assert.equal(page.shown[0].person.name, 'Person 0');
    assert.equal(page.more?.label, 'Show 30 more…');
    // Building without a contact yet: due today. Persons 203, 210, 217 and 224 are not shown.
    assert.equal(page.more?.description, '4 due');
  });
});

describe('page limits of the tree', () => {
  const plan = 'file:///work/networking-plan.yaml';
  const start = `${plan}#both`;
  const like = `${plan}#like`;

  it('starts every group at one page and grows one page per "Show more"', () => {
    const limits = new PageLimits();
    limits.followPlans([plan]);
    assert.equal(limits.limitOf(start), PAGE_SIZE);
    assert.equal(limits.showMore(start), 2 * PAGE_SIZE);
    assert.equal(limits.showMore(start), 3 * PAGE_SIZE);
    assert.equal(limits.limitOf(start), 3 * PAGE_SIZE);
    assert.equal(limits.limitOf(like), PAGE_SIZE, 'each group has its own limit');
  });

  it('keeps the limits across a re-read of the same plan file', () => {
    const limits = new PageLimits();
    assert.equal(limits.followPlans([plan]), true);
    limits.showMore(start);
    assert.equal(limits.followPlans([plan]), false);
    assert.equal(limits.limitOf(start), 2 * PAGE_SIZE);
  });

  it('forgets them when the plan file or the set of folders changes', () => {
    const limits = new PageLimits();
    limits.followPlans([plan]);
    limits.showMore(start);
    assert.equal(limits.followPlans(['file:///work/other.yaml']), true);
    assert.equal(limits.limitOf(start), PAGE_SIZE);

    limits.followPlans([plan]);
    limits.showMore(start);
    assert.equal(limits.followPlans([plan, 'file:///side/networking-plan.yaml']), true);
    assert.equal(limits.limitOf(start), PAGE_SIZE);
  });

  it('uses its own page size', () => {
    const limits = new PageLimits(50);
    assert.equal(limits.limitOf(start), 50);
    assert.equal(limits.showMore(start), 100);
  });
});
