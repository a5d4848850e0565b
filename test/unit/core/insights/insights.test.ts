import assert from 'node:assert/strict';
import { insightsOf, readPlan } from '../../../../src/core';
import { INSIGHTS_PLAN, TODAY } from './insightsPlan';

const names = (region: { people: { name: string }[] }) => region.people.map((p) => p.name);

describe('insights', () => {
  const plan = readPlan(INSIGHTS_PLAN);
  const insights = insightsOf(plan, TODAY);

  it('reads the hand-made plan without problems', () => {
    assert.deepEqual(plan.problems, []);
  });

  it('splits the lists into the Venn regions, leaving archived people out', () => {
    const { lists } = insights;
    assert.equal(insights.people, 7);
    assert.deepEqual(names(lists.both), ['Ana']);
    assert.deepEqual(names(lists.likeOnly), ['Ben']);
    assert.deepEqual(names(lists.helpOnly), ['Cy']);
    assert.deepEqual(names(lists.neither), ['Dee', 'Fay', 'Gus', 'Hal']);
    assert.deepEqual([lists.both.count, lists.likeOnly.count, lists.helpOnly.count, lists.neither.count, lists.like, lists.help], [1, 1, 1, 4, 2, 2]);
    assert.equal(lists.both.people[0].index, 0);
  });

  it('counts dated entries per 7-day week ending today, leaving out entries before the window and after today', () => {
    const { weeks } = insights.rhythm;
    assert.equal(weeks.length, 26);
    assert.deepEqual(weeks[25], { start: '2026-11-29', end: '2026-12-05', contacts: 1 });
    assert.deepEqual(weeks[0], { start: '2026-06-07', end: '2026-06-13', contacts: 0 });
    const busy = weeks.flatMap((w, i) => (w.contacts > 0 ? [[i, w.contacts]] : []));
    // 12-01: 4 days ago (week 25); 11-20: 15 (week 23); 11-12: 23 (week 22); 11-02: 33 (week 21).
    assert.deepEqual(busy, [[21, 1], [22, 1], [23, 1], [25, 1]]);
    assert.equal(insights.rhythm.contacts, 4);
    assert.equal(insights.rhythm.recentContacts, 3);
  });

  it('calls a contact on time when it came within one cadence of the one before, and counts the missed', () => {
    const { rhythm } = insights;
    // Ana 11-12 (due 11-16) on time, Ana 12-01 (due 11-26) late, Ben 11-12 (due 07-01) late; first contacts have no due day.
    assert.deepEqual([rhythm.onTime, rhythm.late], [1, 2]);
    assert.deepEqual(rhythm.recent, { onTime: 1, late: 2 });
    // Fay was due 11-27 (in the window); Hal's 2026-01-10 was due before it; Gus is due today (not late).
    assert.equal(rhythm.missed, 1);
  });

  it('lists the most overdue, the latest first', () => {
    assert.deepEqual(
      insights.mostOverdue.map((r) => [r.name, r.next, r.daysLate]),
      [
        ['Hal', '2026-01-10', 329],
        ['Fay', '2026-11-27', 8],
      ],
    );
  });

  it('sorts given vs received by the biggest imbalance first', () => {
    assert.deepEqual(
      insights.exchange.map((r) => [r.name, r.given, r.received]),
      [
        ['Ana', 1, 3],
        ['Ben', 0, 1],
      ],
    );
  });

  it('counts people per stage now and, from history, on the first of each month and today', () => {
    assert.deepEqual(insights.stages.now, { planned: 1, building: 2, established: 3, paused: 1 });
    assert.deepEqual(insights.stages.overTime, [
      { date: '2026-11-01', planned: 1, building: 0, established: 0, paused: 0 },
      { date: '2026-12-01', planned: 0, building: 1, established: 0, paused: 0 },
      { date: '2026-12-05', planned: 0, building: 1, established: 0, paused: 0 },
    ]);
    assert.deepEqual(insights.slots, { used: 2, max: 2 });
  });

  it('says it in one line', () => {
    assert.equal(insights.summary, '7 people, 1 where the lists meet; 3 contacts in the last 4 weeks, 1 on time; 3 relationships at call-anytime.');
  });

  it('gives an empty plan zeros everywhere and a summary without "on time"', () => {
    const empty = insightsOf(readPlan('version: 1\n'), TODAY);
    assert.equal(empty.people, 0);
    assert.equal(empty.rhythm.weeks.length, 26);
    assert.equal(empty.rhythm.contacts, 0);
    assert.deepEqual([empty.exchange, empty.mostOverdue, empty.stages.overTime], [[], [], []]);
    assert.equal(empty.summary, '0 people, 0 where the lists meet; 0 contacts in the last 4 weeks; 0 relationships at call-anytime.');
  });

  it('handles people with no journal: everyone scheduled is due today, nothing is late or missed', () => {
    const noJournal = insightsOf(readPlan('people:\n  - name: Solo\n    lists: like\n    stage: building\n'), TODAY);
    assert.equal(noJournal.summary, '1 person, 0 where the lists meet; 0 contacts in the last 4 weeks; 0 relationships at call-anytime.');
    assert.deepEqual([noJournal.rhythm.missed, noJournal.mostOverdue.length, noJournal.slots.used], [0, 0, 1]);
  });

  it('counts only the future-dated entries once their day has come', () => {
    const later = insightsOf(plan, '2026-12-20');
    assert.equal(later.rhythm.weeks[25].contacts, 1);
    assert.equal(insights.rhythm.weeks.some((w) => w.end >= '2026-12-20'), false);
  });

  it('rejects a today that is not a calendar day', () => {
    assert.throws(() => insightsOf(plan, '2026-13-01'), RangeError);
  });

  it('adds up on 1,000 people and 10,000 entries', () => {
    const people = Array.from({ length: 1000 }, (_, i) => `  - name: P${i}\n    lists: ${i % 3 === 0 ? '[like, help]' : 'like'}\n    stage: ${i % 2 ? 'building' : 'established'}\n`);
    const journal = Array.from({ length: 10_000 }, (_, i) => `  - date: 2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}\n    with: P${i % 1000}\n    gave: g\n`);
    const big = insightsOf(readPlan(`people:\n${people.join('')}journal:\n${journal.join('')}`), TODAY);
    assert.equal(big.people, 1000);
    assert.equal(big.lists.both.count, 334);
    assert.equal(big.rhythm.weeks.reduce((s, w) => s + w.contacts, 0), big.rhythm.contacts);
    assert.equal(big.exchange.length, 1000);
    assert.ok(big.exchange.every((r) => r.given === 10 && r.received === 0));
  });
});
