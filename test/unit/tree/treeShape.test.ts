import * as assert from 'node:assert/strict';
import { dueNowCount, groupShapes, personIcon, personShape } from '../../../src/tree/treeShape';
import { lines, viewOf } from '../viewOf';

const TODAY = '2026-03-10';
const PLAN = lines(
  'settings:',
  '  maxNewRelationships: 3',
  'people:',
  '  - name: Ada',
  '    lists: [like, help]',
  '    stage: building',
  '    next: 2026-03-07',
  '  - name: Bo',
  '    lists: [help]',
  '    stage: established',
  '    next: 2026-03-10',
  '  - name: Cy',
  '    lists: [like]',
  '    stage: building',
  '    next: 2026-03-12',
  '  - name: Di',
  '    lists: [like, help]',
  '    stage: planned',
  '  - name: Ed',
  '    stage: paused',
  '  - name: Flo',
  '    lists: [like]',
  '    stage: established',
  '    next: 2026-04-30',
);

function person(name: string) {
  const status = viewOf(PLAN, TODAY).view.people.find((s) => s.person.name === name);
  assert.ok(status, name);
  return status;
}

describe('tree shape', () => {
  it('makes the groups in order with counts, and free slots on "Start here"', () => {
    const { view } = viewOf(PLAN, TODAY);
    const groups = groupShapes(view, 3);
    assert.deepEqual(
      groups.map((g) => [g.id, g.label, g.description, g.people.map((p) => p.person.name)]),
      [
        ['both', 'Start here', '2 · 1 of 3 slots free', ['Ada', 'Di']],
        ['like', 'Know & like', '4', ['Ada', 'Cy', 'Di', 'Flo']],
        ['help', 'Can help my career', '3', ['Ada', 'Bo', 'Di']],
        ['none', 'Not on a list', '1', ['Ed']],
      ],
    );
    assert.equal(groups[0].expanded, true);
    assert.ok(groups.slice(1).every((g) => !g.expanded));
  });

  it('leaves out "Not on a list" when everybody is on a list', () => {
    const { view } = viewOf(lines('people:', '  - name: Ada', '    lists: [like]'), TODAY);
    assert.deepEqual(groupShapes(view, 3).map((g) => g.id), ['both', 'like', 'help']);
    assert.equal(groupShapes(view, 3)[0].description, '0 · 3 of 3 slots free');
  });

  it('says plainly when every slot is taken, and when there are more people building than slots', () => {
    const building = (n: number) => ['people:', ...Array.from({ length: n }, (_, i) => [`  - name: P${i}`, '    stage: building']).flat()];
    assert.equal(groupShapes(viewOf(lines('settings:', '  maxNewRelationships: 2', ...building(2)), TODAY).view, 2)[0].description, '0 · no slot free: 2 building');
    assert.equal(groupShapes(viewOf(lines('settings:', '  maxNewRelationships: 2', ...building(3)), TODAY).view, 2)[0].description, '0 · over-committed: 3 building, limit 2');
  });

  it('tells the full count of a large group with thousands separators', () => {
    const rows = ['people:', ...Array.from({ length: 1001 }, (_, i) => [`  - name: P${i}`, '    lists: [like, help]']).flat()];
    const [both, like] = groupShapes(viewOf(lines(...rows), TODAY).view, 3);
    assert.equal(both.description, '1,001 · 3 of 3 slots free');
    assert.match(both.tooltip, /^1,001 people on both lists/);
    assert.equal(like.description, '1,001');
    assert.equal(both.people.length, 1001);
  });

  it('says when there are no slots at all', () => {
    const { view } = viewOf(lines('settings:', '  maxNewRelationships: 0', 'people: []'), TODAY);
    assert.match(groupShapes(view, 0)[0].description, /no slots/);
  });

  it('describes and marks each state', () => {
    const cases: [string, string, string, string | undefined, string][] = [
      ['Ada', '3 days overdue', 'warning', 'list.warningForeground', 'person.scheduled'],
      ['Bo', 'due today', 'bell', 'charts.blue', 'person.scheduled'],
      ['Cy', 'in 2 days', 'clock', 'charts.blue', 'person.scheduled'],
      ['Di', 'planned', 'circle-outline', undefined, 'person.unscheduled'],
      ['Ed', 'paused', 'debug-pause', 'disabledForeground', 'person.unscheduled'],
      ['Flo', 'in 51 days', 'check', 'charts.green', 'person.scheduled'],
    ];
    for (const [name, description, icon, color, contextValue] of cases) {
      const shape = personShape(person(name), 3);
      assert.deepEqual([shape.label, shape.description, shape.icon.id, shape.icon.color, shape.contextValue], [name, description, icon, color, contextValue], name);
    }
  });

  it('shows an upcoming building person beyond the "due soon" horizon as a plain calendar', () => {
    assert.deepEqual(personIcon(person('Cy'), 1), { id: 'calendar' });
  });

  it('counts overdue and due today for the badge', () => {
    assert.equal(dueNowCount(viewOf(PLAN, TODAY).view), 2);
    assert.equal(dueNowCount(viewOf(PLAN, '2026-03-01').view), 0);
  });

  describe('archived, lapsed and the filter', () => {
    const MORE = lines(
      'people:',
      '  - {name: Ann, lists: [like, help], stage: building, cadence: weekly, next: 2026-02-20}',
      '  - {name: Bo, lists: [like], stage: building, archived: 2026-01-05}',
      '  - {name: Cy, lists: [help], stage: established, archived: true}',
      '  - {name: Di, lists: [like]}',
    );
    const view = () => viewOf(MORE, TODAY).view;

    it('puts archived people in a collapsed Archived group last, and on no list', () => {
      const groups = groupShapes(view(), 3);
      assert.deepEqual(groups.map((g) => [g.id, g.people.map((s) => s.person.name)]), [['both', ['Ann']], ['like', ['Ann', 'Di']], ['help', ['Ann']], ['archived', ['Bo', 'Cy']]]);
      const archived = groups[3];
      assert.equal(archived.expanded, false);
      assert.match(archived.tooltip, /2 people archived: never due and on no list/);
      const bo = personShape(archived.people[0], 3);
      assert.deepEqual([bo.description, bo.icon.id, bo.contextValue], ['archived', 'archive', 'person.archived']);
    });

    it('marks a lapsed person apart from an overdue one, and counts them for the badge', () => {
      const ann = personShape(view().people[0], 3);
      assert.deepEqual([ann.description, ann.icon.id, ann.icon.color], ['18 days overdue · lapsed', 'history', 'list.errorForeground']);
      assert.equal(dueNowCount(view()), 1);
    });

    it('shows only whom the filter keeps, with "shown of all" counts, leaving empty groups out', () => {
      const groups = groupShapes(view(), 3, (s) => s.person.name !== 'Ann');
      assert.deepEqual(groups.map((g) => [g.id, g.description.split(' · ')[0], g.people.map((s) => s.person.name)]), [['like', '1 of 2', ['Di']], ['archived', '2 of 2', ['Bo', 'Cy']]]);
    });
  });
});
