import assert from 'node:assert/strict';
import { deriveView, describeDue, dueWithin } from '../../../../src/core/model/schedule';
import { lines, viewOf } from '../../viewOf';
import type { PersonStatus, PlanView } from '../../../../src/core/model/types';
import { plan, type EntryInput, type PersonInput } from '../planBuilder';

const TODAY = '2026-11-20';

function statusOf(view: PlanView, name: string): PersonStatus {
  const status = view.byKey.get(name.toLowerCase());
  assert.ok(status, `no status for ${name}`);
  return status;
}

describe('schedule', () => {
  describe('lists', () => {
    it('puts people on both lists in like, help and both, in file order', () => {
      const view = deriveView(
        plan([
          { name: 'Ann', lists: ['help'] },
          { name: 'Bo', lists: ['like', 'help'] },
          { name: 'Cy', lists: ['like'] },
          { name: 'Di' },
          { name: 'Ed', lists: ['help', 'like'] },
        ]),
        TODAY,
      );
      const names = (statuses: PersonStatus[]) => statuses.map((s) => s.person.name);
      assert.deepEqual(names(view.lists.like), ['Bo', 'Cy', 'Ed']);
      assert.deepEqual(names(view.lists.help), ['Ann', 'Bo', 'Ed']);
      assert.deepEqual(names(view.lists.both), ['Bo', 'Ed']);
      assert.deepEqual(names(view.lists.none), ['Di']);
      assert.deepEqual(names(view.people), ['Ann', 'Bo', 'Cy', 'Di', 'Ed']);
    });
  });

  describe('last contact', () => {
    it('is the latest valid journal date naming the person, matched trimmed and case-insensitively', () => {
      const view = deriveView(
        plan([{ name: 'Dana Lee', stage: 'building' }], [
          { date: '2026-10-01', with: 'dana lee' },
          { date: '2026-11-02', with: ['Someone Else', '  DANA LEE  '] },
          { date: '2026-10-15', with: 'Dana Lee' },
          { date: '2026-02-30', with: 'Dana Lee' },
          { with: 'Dana Lee' },
          { date: '2026-12-01', with: 'Dana' },
        ]),
        TODAY,
      );
      const dana = statusOf(view, 'Dana Lee');
      assert.equal(dana.lastContact, '2026-11-02');
      assert.equal(dana.entries.length, 5);
      assert.deepEqual(dana.entries.map((e) => e.index), [0, 1, 2, 3, 4]);
    });

    it('counts an entry once even when it names the person twice', () => {
      const view = deriveView(plan([{ name: 'Bo' }], [{ date: '2026-01-01', with: ['Bo', 'bo'], gave: 'x' }]), TODAY);
      assert.equal(statusOf(view, 'bo').entries.length, 1);
      assert.equal(statusOf(view, 'bo').gave, 1);
    });
  });

  describe('next contact and state', () => {
    const at = (person: PersonInput, journal: EntryInput[] = [], today = TODAY) =>
      deriveView(plan([person], journal), today).people[0];

    it('is last contact plus cadence', () => {
      const s = at({ name: 'A', stage: 'building', cadence: { count: 2, unit: 'week' } }, [
        { date: '2026-11-01', with: 'A' },
      ]);
      assert.equal(s.next, '2026-11-15');
      assert.equal(s.daysLate, 5);
      assert.equal(s.state, 'overdue');
    });

    it('clamps monthly cadences at month end', () => {
      const s = at({ name: 'A', stage: 'established', cadence: { count: 1, unit: 'month' } }, [
        { date: '2024-01-31', with: 'A' },
      ], '2024-02-29');
      assert.equal(s.next, '2024-02-29');
      assert.equal(s.state, 'due');
    });

    it('uses an explicit next while it is later than the last contact', () => {
      const journal = [{ date: '2026-11-01', with: 'A' }];
      const snoozed = at({ name: 'A', stage: 'building', next: '2026-11-25' }, journal);
      assert.equal(snoozed.next, '2026-11-25');
      assert.equal(snoozed.daysLate, -5);
      assert.equal(snoozed.state, 'upcoming');
      const stale = at({ name: 'A', stage: 'building', next: '2026-10-20' }, journal);
      assert.equal(stale.next, '2026-11-15');
      const sameDay = at({ name: 'A', stage: 'building', next: '2026-11-01' }, journal);
      assert.equal(sameDay.next, '2026-11-15');
      const early = at({ name: 'A', stage: 'building', next: '2026-11-05' }, journal);
      assert.equal(early.next, '2026-11-05', 'an explicit next before last + cadence still wins');
    });

    it('uses an explicit next when never contacted, and today when there is none', () => {
      assert.equal(at({ name: 'A', stage: 'building', next: '2026-10-01' }).daysLate, 50);
      const fresh = at({ name: 'A', stage: 'established' });
      assert.equal(fresh.next, TODAY);
      assert.equal(fresh.daysLate, 0);
      assert.equal(fresh.state, 'due');
      assert.equal(at({ name: 'A', stage: 'building', next: '2026-02-30' }).next, TODAY);
    });

    it('never schedules planned or paused people', () => {
      const journal = [{ date: '2020-01-01', with: 'A' }];
      for (const stage of ['planned', 'paused'] as const) {
        const s = at({ name: 'A', stage, next: '2026-01-01' }, journal);
        assert.equal(s.scheduled, false);
        assert.equal(s.next, undefined);
        assert.equal(s.daysLate, undefined);
        assert.equal(s.state, stage);
        assert.equal(s.lastContact, '2020-01-01');
      }
    });

    it('refuses an invalid today', () => {
      assert.throws(() => deriveView(plan([]), '2026-11-31'), RangeError);
    });
  });

  it('counts reciprocity: entries with gave and with got', () => {
    const view = deriveView(
      plan([{ name: 'A' }, { name: 'B' }], [
        { date: '2026-01-01', with: ['A', 'B'], gave: 'intro', got: 'advice' },
        { date: '2026-01-02', with: 'A', gave: 'article' },
        { date: '2026-01-03', with: 'A', got: '   ' },
        { with: 'B', got: 'feedback' },
      ]),
      TODAY,
    );
    assert.deepEqual([statusOf(view, 'a').gave, statusOf(view, 'a').got], [2, 1]);
    assert.deepEqual([statusOf(view, 'b').gave, statusOf(view, 'b').got], [1, 2]);
  });

  it('lists building people and free slots, never below zero', () => {
    const building = (n: number): PersonInput[] =>
      Array.from({ length: n }, (_, i) => ({ name: `P${i}`, stage: 'building' }));
    const two = deriveView(plan([...building(2), { name: 'E', stage: 'established' }]), TODAY);
    assert.equal(two.building.length, 2);
    assert.equal(two.freeSlots, 1);
    assert.equal(deriveView(plan(building(5)), TODAY).freeSlots, 0);
    assert.equal(deriveView(plan(building(1), [], 6), TODAY).freeSlots, 5);
  });

  it('counts journal entries for every person sharing a name; byKey gives the first', () => {
    const view = deriveView(
      plan([{ name: 'Sam', stage: 'building', role: 'first' }, { name: 'sam ', stage: 'planned', role: 'second' }], [
        { date: '2026-11-10', with: 'SAM', got: 'x' },
      ]),
      TODAY,
    );
    assert.equal(view.byKey.get('sam')?.person.role, 'first');
    assert.deepEqual(view.people.map((s) => [s.lastContact, s.got]), [['2026-11-10', 1], ['2026-11-10', 1]]);
    assert.equal(view.byKey.size, 1);
  });

  describe('dueWithin and describeDue', () => {
    const view = deriveView(
      plan([
        { name: 'zed', stage: 'building', next: '2026-11-18' },
        { name: 'Amy', stage: 'building', next: '2026-11-18' },
        { name: 'Bea', stage: 'established', next: '2026-11-20' },
        { name: 'Cal', stage: 'building', next: '2026-11-21' },
        { name: 'Dee', stage: 'building', next: '2026-11-25' },
        { name: 'Eve', stage: 'planned', next: '2026-11-01' },
        { name: 'Fay', stage: 'paused' },
        { name: 'Gus', stage: 'building', next: '2026-11-19' },
      ]),
      TODAY,
    );
    const names = (statuses: PersonStatus[]) => statuses.map((s) => s.person.name);

    it('returns scheduled people with next <= today + days, by next date then name', () => {
      assert.deepEqual(names(dueWithin(view, 0)), ['Amy', 'zed', 'Gus', 'Bea']);
      assert.deepEqual(names(dueWithin(view, 1)), ['Amy', 'zed', 'Gus', 'Bea', 'Cal']);
      assert.deepEqual(names(dueWithin(view, 5)), ['Amy', 'zed', 'Gus', 'Bea', 'Cal', 'Dee']);
    });

    it('describes lateness in words, or the stage for unscheduled people', () => {
      const described = view.people.map((s) => [s.person.name, describeDue(s)]);
      assert.deepEqual(described, [
        ['zed', '2 days overdue'],
        ['Amy', '2 days overdue'],
        ['Bea', 'due today'],
        ['Cal', 'due tomorrow'],
        ['Dee', 'in 5 days'],
        ['Eve', 'planned'],
        ['Fay', 'paused'],
        ['Gus', '1 day overdue'],
      ]);
    });
  });

  describe('lapsed', () => {
    const states = (yaml: string, today: string) => viewOf(yaml, today).view.people.map((s) => [s.person.name, s.state, describeDue(s)]);

    it('is late by more than lapsedAfter (default 100%) of the cadence in days, rounded up; describeDue still says overdue', () => {
      const yaml = lines('people:', '  - {name: Ann, stage: building, next: 2026-11-06}', '  - {name: Bo, stage: building, next: 2026-11-05}', '  - {name: Cy, stage: established, cadence: monthly, next: 2026-10-21}');
      assert.deepEqual(states(yaml, TODAY), [
        ['Ann', 'overdue', '14 days overdue'],
        ['Bo', 'lapsed', '15 days overdue'],
        ['Cy', 'overdue', '30 days overdue'],
      ]);
      assert.deepEqual(states(yaml, '2026-11-21').map((s) => s[1]), ['lapsed', 'lapsed', 'lapsed']);
    });

    it('follows settings.lapsedAfter and the cadence in force (stage and list cadences included)', () => {
      const yaml = lines(
        'settings: {lapsedAfter: 50%, stageCadence: {established: every 3 weeks}, listCadence: {like: every 3 days}}',
        'people:',
        '  - {name: Ann, stage: established, next: 2026-11-09}',
        '  - {name: Bo, stage: established, next: 2026-11-08}',
        '  - {name: Cy, stage: building, lists: [like], next: 2026-11-18}',
        '  - {name: Di, stage: building, lists: [like], next: 2026-11-17}',
      );
      // 50% of 21 days is 10.5, rounded up 11; 50% of 3 days is 1.5, rounded up 2.
      assert.deepEqual(states(yaml, TODAY).map((s) => s[1]), ['overdue', 'lapsed', 'overdue', 'lapsed']);
    });
  });

  describe('archived', () => {
    const yaml = lines(
      'settings: {maxNewRelationships: 2}',
      'people:',
      '  - {name: Ann, lists: [like, help], stage: building, archived: 2026-11-01}',
      '  - {name: Bo, lists: [like], stage: established, next: 2026-11-01, archived: true}',
      '  - {name: Cy, stage: building}',
      '  - {name: Di, lists: [help], archived: false}',
      'journal:',
      '  - {date: 2026-10-01, with: [Ann, Bo]}',
    );

    it('are never scheduled nor due, on no list nor building slot, but in view.archived with their journal', () => {
      const { plan, view } = viewOf(yaml, TODAY);
      const ann = statusOf(view, 'Ann');
      assert.deepEqual([ann.scheduled, ann.state, ann.next, ann.daysLate, describeDue(ann)], [false, 'archived', undefined, undefined, 'archived']);
      assert.equal(ann.lastContact, '2026-10-01');
      assert.equal(ann.entries.length, 1);
      assert.deepEqual(view.archived.map((s) => s.person.name), ['Ann', 'Bo']);
      assert.deepEqual(Object.values(view.lists).map((list) => list.map((s) => s.person.name)), [[], ['Di'], [], ['Cy']]);
      assert.deepEqual(view.building.map((s) => s.person.name), ['Cy']);
      assert.equal(view.freeSlots, 1);
      assert.deepEqual(dueWithin(view, 365).map((s) => s.person.name), ['Cy']);
      assert.deepEqual(view.people.map((s) => s.person.name), ['Ann', 'Bo', 'Cy', 'Di'], 'still in the plan, and known by name');
      assert.ok(view.byKey.has('bo'));
      assert.deepEqual(plan.problems.map((p) => p.code), []);
    });
  });

  // Its speed is measured by the benchmark (npm run bench), not here.
  it('derives a plan of 10,000 people and 100,000 journal entries', () => {
    const people: PersonInput[] = Array.from({ length: 10_000 }, (_, i) => ({
      name: `Person ${i}`,
      lists: i % 3 === 0 ? ['like', 'help'] : ['help'],
      stage: (['planned', 'building', 'established', 'paused'] as const)[i % 4],
      next: i % 5 === 0 ? '2026-12-01' : undefined,
    }));
    const journal: EntryInput[] = Array.from({ length: 100_000 }, (_, i) => ({
      date: `20${20 + (i % 7)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      with: i % 10 === 0 ? [`person ${i % 10_000}`, `Person ${(i * 7 + 1) % 10_000}`] : `Person ${(i * 13) % 10_000}`,
      gave: i % 4 === 0 ? 'something' : undefined,
    }));
    const big = plan(people, journal);
    const view = deriveView(big, TODAY);
    assert.equal(view.people.length, 10_000);
    assert.equal(view.people.reduce((sum, s) => sum + s.entries.length, 0), 110_000);
  });
});
