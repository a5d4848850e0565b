import assert from 'node:assert/strict';
import { readPlan, type Person } from '../../../../src/core';
import { PeopleIndex } from '../../../../src/core/meetings/peopleIndex';
import { upcomingMeetings } from '../../../../src/core/meetings/upcoming';
import type { CalendarEvent, MeetingWindow } from '../../../../src/core/meetings/types';

const PEOPLE: Person[] = readPlan(
  [
    'people:',
    '  - name: Marcus Chen',
    '    email: [marcus.chen@larkspur.example, mc@home.example]',
    '  - name: Dana Lee',
    '  - name: Sam Ortiz',
    '  - name: Sam Patel',
    '  - name: Ödön Ürge',
    '  - name: Will Park',
    '  - name: Gone Person',
    '    archived: 2026-11-01',
    '',
  ].join('\n'),
).people;

/** 2026-12-07 10:00 in Berlin (+01:00). */
const MONDAY_TEN = Date.UTC(2026, 11, 7, 9, 0);
const DAY = 86_400_000;

function event(summary: string, over: Partial<CalendarEvent> = {}): CalendarEvent {
  return { summary, start: { instant: MONDAY_TEN, offsetMinutes: 60 }, allDay: false, recurring: false, attendees: [], ...over };
}

function names(events: CalendarEvent[], window: MeetingWindow = { today: '2026-12-01' }): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const { person, meetings } of upcomingMeetings(PEOPLE, events, window)) if (meetings.length > 0) result[person.name] = meetings.map((m) => m.summary);
  return result;
}

describe('core/meetings: whom an event brings the user together with', () => {
  const index = new PeopleIndex(PEOPLE);

  it('finds attendees by address (any of the person\'s, any case), by full name, by a first name only one person has', () => {
    assert.equal(index.attendee({ email: 'MC@Home.example', name: 'Someone Else' }), 0);
    assert.equal(index.attendee({ name: 'dana  LEE' }), 1);
    assert.equal(index.attendee({ name: 'Dana' }), 1);
    assert.equal(index.attendee({ name: 'Lee, Dana', email: 'dl@elsewhere.example' }), 1, '"Last, First"');
    assert.equal(index.attendee({ name: 'ödön ürge' }), 4, 'names compared as the plan compares them');
    assert.equal(index.attendee({ name: 'Nobody Known' }), undefined);
  });

  it('does not guess a first name two people share, nor an address written as a name', () => {
    assert.equal(index.attendee({ name: 'Sam' }), undefined);
    assert.equal(index.attendee({ name: 'Sam Patel' }), 3);
    assert.equal(index.attendee({ name: 'sam.ortiz@larkspur.example', email: 'sam.ortiz@larkspur.example' }), 2, 'first.last@ when the plan has no address');
    assert.equal(index.attendee({ email: 'marcus.chen@other.example' }), undefined, 'not first.last@ when the plan has the person\'s addresses');
  });

  it('finds people named in titles: full names, and capitalised first names only one person has', () => {
    assert.deepEqual(index.title('Lunch with Dana'), [1]);
    assert.deepEqual(index.title('Coffee with Sam'), []);
    assert.deepEqual(index.title('Walk with Sam Patel and Dana Lee'), [3, 1]);
    assert.deepEqual(index.title('1:1 Marcus/Dana'), [0, 1]);
    assert.deepEqual(index.title('We will walk'), [], 'lower-case words are not first names');
    assert.deepEqual(index.title('will park and dana lee'), [5, 1], 'full names in any case');
    assert.deepEqual(index.title('Will: roadmap'), [5]);
    assert.deepEqual(index.title('Farewell for Gone Person'), [], 'archived people are not matched');
  });

  it('lists each person\'s meetings in the window in plan order, earliest first, with how they were found', () => {
    const result = upcomingMeetings(
      PEOPLE,
      [
        event('Staff meeting', { attendees: [{ name: 'Chen, Marcus', email: 'marcus.chen@larkspur.example' }, { name: 'Dana Lee' }], recurring: true, frequency: 'weekly' }),
        event('Lunch with Dana', { start: { instant: MONDAY_TEN - 3 * DAY, offsetMinutes: 60 } }),
      ],
      { today: '2026-12-01' },
    );
    assert.deepEqual(result.map((p) => p.person.name), PEOPLE.map((p) => p.name));
    assert.deepEqual(result[1].meetings.map((m) => [m.summary, m.matchedBy, m.recurring]), [
      ['Lunch with Dana', 'title', false],
      ['Staff meeting', 'attendee', true],
    ]);
    assert.equal(result[0].meetings[0].frequency, 'weekly');
    assert.deepEqual(result[2].meetings, []);
  });

  it('leaves out cancelled events, and people who declined', () => {
    assert.deepEqual(
      names([
        event('Review', { status: 'cancelled', attendees: [{ name: 'Dana Lee' }] }),
        event('Design crit with Dana', { attendees: [{ name: 'Dana Lee', declined: true }, { name: 'Will Park' }] }),
      ]),
      { 'Will Park': ['Design crit with Dana'] },
    );
  });

  it('keeps the days from today to today + within, both included (28 by default), and occurrences not yet over', () => {
    const at = (day: number, hour = 9) => event(`day ${day}`, { start: { instant: Date.UTC(2026, 11, day, hour), offsetMinutes: 60 }, attendees: [{ name: 'Dana Lee' }] });
    const events = [at(1, 6), at(1, 23), at(8), at(29), at(30)];
    // 2026-12-01T23:00Z is already 2 December at +01:00.
    assert.deepEqual(names(events, { today: '2026-12-01', within: 7 })['Dana Lee'], ['day 1', 'day 1', 'day 8']);
    assert.deepEqual(names(events)['Dana Lee'], ['day 1', 'day 1', 'day 8', 'day 29']);
    assert.deepEqual(names(events, { today: '2026-12-02', within: 0 })['Dana Lee'], ['day 1']);
    const after = Date.UTC(2026, 11, 1, 12);
    assert.deepEqual(names(events, { today: '2026-12-01', within: 7, after })['Dana Lee'], ['day 1', 'day 8']);
    const allDay = event('Offsite', { allDay: true, start: { instant: Date.UTC(2026, 10, 30, 23), offsetMinutes: 60 }, attendees: [{ name: 'Dana Lee' }] });
    assert.deepEqual(names([allDay], { today: '2026-12-01', within: 0, after })['Dana Lee'], ['Offsite'], 'a whole-day event lasts all day');
  });

  it('counts the same occurrence from two calendars once', () => {
    const staff = event('Staff meeting', { attendees: [{ name: 'Dana Lee' }] });
    assert.deepEqual(names([staff, { ...staff }]), { 'Dana Lee': ['Staff meeting'] });
  });
});
