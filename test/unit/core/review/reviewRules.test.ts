import assert from 'node:assert/strict';
import { reviewOf, type ReviewSuggestion } from '../../../../src/core/review';
import { lines, viewOf } from '../../viewOf';

const TODAY = '2026-12-01';

function review(yaml: string) {
  const { plan, view } = viewOf(yaml, TODAY);
  return reviewOf(plan, view, TODAY);
}

const names = (suggestions: ReviewSuggestion[]) => suggestions.map((s) => s.status.person.name);

describe('review rules', () => {
  describe('step 1: whom to start with', () => {
    const plan = lines(
      'settings: {maxNewRelationships: 2}',
      'people:',
      '  - {name: Ann, lists: [help]}',
      '  - {name: Bo, lists: [like, help], stage: building}',
      '  - {name: Cy}',
      '  - {name: Di, lists: [like]}',
      '  - {name: Ed, lists: [help, like]}',
      '  - {name: Flo, lists: [like, help], archived: 2026-11-01}',
      '  - {name: Gus, lists: [like, help], stage: paused}',
      '  - {name: Hal, lists: [like, help]}',
      'journal:',
      '  - {date: 2026-10-05, with: Hal}',
    );

    it('offers planned people on both lists first, then those on one list, then the rest, in file order', () => {
      const r = review(plan);
      assert.equal(r.freeSlots, 1);
      assert.deepEqual(names(r.start), ['Ed', 'Hal', 'Ann', 'Di', 'Cy']);
    });

    it('says why, and when they last met', () => {
      const reasons = Object.fromEntries(review(plan).start.map((s) => [s.status.person.name, s.reason]));
      assert.equal(reasons.Ed, 'On both lists: you know and like them, and they can help your career.');
      assert.equal(reasons.Hal, 'On both lists: you know and like them, and they can help your career. Last met 2026-10-05.');
      assert.equal(reasons.Ann, 'They can help your career.');
      assert.equal(reasons.Di, 'You know and like them.');
      assert.equal(reasons.Cy, 'On no list yet.');
    });

    it('suggests nobody when no building slot is free (archived people take none)', () => {
      const full = plan.replace('maxNewRelationships: 2', 'maxNewRelationships: 1');
      assert.deepEqual(review(full).start, []);
      assert.equal(review(full).freeSlots, 0);
    });
  });

  describe('step 2: looks established', () => {
    const person = (extra = '') => lines('people:', `  - {name: Dana, stage: building, cadence: every 2 weeks${extra}}`, 'journal:');
    const contact = (date: string, more = '') => `  - {date: ${date}, with: Dana${more}}`;

    it('is three contacts in a row on time, with something given and something received over them', () => {
      const r = review(person() + lines(contact('2026-10-01'), contact('2026-10-20', ', gave: an article'), contact('2026-11-12'), contact('2026-11-26', ', got: feedback')));
      assert.deepEqual(names(r.established), ['Dana']);
      assert.equal(r.established[0].reason, '3 contacts in a row on time (every 2 weeks); you gave 1 and got 1.');
    });

    it('counts kept promises, and items for this person only in a group contact', () => {
      const yaml = lines(
        'people:',
        '  - {name: Dana, stage: building}',
        '  - {name: Eli, stage: building}',
        'journal:',
        '  - {date: 2026-11-01, with: [Dana, Eli], gave: {Eli: the slides}, promised: {Dana: an intro}}',
        '  - {date: 2026-11-10, with: [Dana, Eli], got: {Eli: advice}}',
        '  - {date: 2026-11-20, with: [Dana, Eli], kept: {Dana: an intro}, theyKept: a review}',
      );
      const r = review(yaml);
      assert.deepEqual(names(r.established), ['Dana', 'Eli']);
      assert.match(r.established[0].reason, /you gave 1 and got 1/);
      assert.match(r.established[1].reason, /you gave 1 and got 2/);
    });

    it('is not a late contact (later than the cadence plus the lapsed tolerance after the one before)', () => {
      // Every 2 weeks, lapsedAfter 100%: 28 days apart is on time, 29 is not.
      const onTime = person() + lines(contact('2026-10-01', ', gave: x'), contact('2026-10-29'), contact('2026-11-26', ', got: y'));
      assert.deepEqual(names(review(onTime).established), ['Dana']);
      const late = person() + lines(contact('2026-09-30', ', gave: x'), contact('2026-10-29'), contact('2026-11-26', ', got: y'));
      assert.deepEqual(names(review(late).established), []);
    });

    it('is not only giving, nor only receiving, nor fewer than three contacts (entries of one day count once)', () => {
      const giving = person() + lines(contact('2026-11-01', ', gave: x'), contact('2026-11-10', ', gave: y'), contact('2026-11-20', ', gave: z'));
      assert.deepEqual(names(review(giving).established), []);
      const twoDays = person() + lines(contact('2026-11-10', ', gave: x'), contact('2026-11-10', ', got: y'), contact('2026-11-20'));
      assert.deepEqual(names(review(twoDays).established), []);
    });

    it('is never someone lapsed now, nor someone planned, established or archived', () => {
      const history = lines(contact('2026-08-01', ', gave: x'), contact('2026-08-10'), contact('2026-08-20', ', got: y'));
      assert.deepEqual(names(review(person() + history).established), [], 'lapsed since September');
      const recent = lines(contact('2026-11-01', ', gave: x'), contact('2026-11-10'), contact('2026-11-20', ', got: y'));
      assert.deepEqual(names(review(person(', archived: true') + recent).established), []);
      assert.deepEqual(names(review(person().replace('building', 'established') + recent).established), []);
    });

    it('says how often established people are contacted when the plan sets it per stage', () => {
      const yaml = lines('settings:', '  stageCadence: {building: every 2 weeks, established: every 2 months}', 'people:', '  - {name: Dana, stage: building}', 'journal:');
      const r = review(yaml + lines(contact('2026-11-01', ', gave: x'), contact('2026-11-10'), contact('2026-11-20', ', got: y')));
      assert.equal(r.established[0].reason, '3 contacts in a row on time (every 2 weeks); you gave 1 and got 1. Established people are contacted every 2 months.');
    });
  });

  describe('step 3: lapsed', () => {
    it('lists people late by more than lapsedAfter of their cadence, most late first, with why', () => {
      const yaml = lines(
        'people:',
        '  - {name: Ann, stage: building, cadence: weekly}',
        '  - {name: Bo, stage: established, cadence: monthly}',
        '  - {name: Cy, stage: building, next: 2026-11-20}',
        '  - {name: Di, stage: paused}',
        'journal:',
        '  - {date: 2026-11-16, with: Ann}',
        '  - {date: 2026-08-20, with: Bo}',
        '  - {date: 2026-11-01, with: Di}',
      );
      const r = review(yaml);
      // Ann: due 11-23, 8 days late > 7 (lapsed); Bo: due 09-20, 72 > 30; Cy: 11 days late, not more than 14.
      assert.deepEqual(names(r.lapsed), ['Bo', 'Ann']);
      assert.equal(r.lapsed[0].reason, 'Last contact 2026-08-20; 72 days overdue on monthly.');
      assert.equal(r.lapsed[1].reason, 'Last contact 2026-11-16; 8 days overdue on weekly.');
    });

    it('follows settings.lapsedAfter', () => {
      const yaml = lines('settings: {lapsedAfter: 50%}', 'people:', '  - {name: Cy, stage: building, next: 2026-11-23}');
      assert.deepEqual(names(review(yaml).lapsed), ['Cy'], '8 days late is more than 50% of 2 weeks');
    });
  });

  describe('step 4: planned and untouched', () => {
    it('lists planned people without any date first, then those untouched for 90 days or more, longest first', () => {
      const yaml = lines(
        'people:',
        '  - {name: Ann}',
        '  - {name: Bo, history: [2026-09-02 planned]}',
        '  - {name: Cy, history: [2026-09-03 planned]}',
        '  - {name: Di}',
        '  - {name: Ed, history: [2026-01-10 planned]}',
        '  - {name: Flo, archived: true}',
        '  - {name: Gus, stage: building}',
        '  - {name: Hal, history: [2027-01-01 planned]}',
        'journal:',
        '  - {date: 2026-11-20, with: Di}',
      );
      const r = review(yaml);
      assert.deepEqual(names(r.untouched), ['Ann', 'Hal', 'Ed', 'Bo']);
      const reasons = Object.fromEntries(r.untouched.map((s) => [s.status.person.name, s.reason]));
      assert.equal(reasons.Ann, 'Planned, with no contact and no stage change on record.');
      assert.equal(reasons.Bo, 'Planned, untouched since 2026-09-02 (90 days).');
      assert.equal(reasons.Ed, 'Planned, untouched since 2026-01-10 (325 days).');
    });

    it('counts a contact as well as a stage change', () => {
      const yaml = lines('people:', '  - {name: Bo, history: [2026-01-01 planned]}', 'journal:', '  - {date: 2026-10-01, with: Bo}');
      assert.deepEqual(names(review(yaml).untouched), []);
    });
  });

  it('leaves out people without a name', () => {
    const r = review(lines('people:', '  - {lists: [like, help]}', '  - {name: Bo, lists: [like, help]}'));
    assert.deepEqual(names(r.start), ['Bo']);
    assert.deepEqual(names(r.untouched), ['Bo']);
  });
});
