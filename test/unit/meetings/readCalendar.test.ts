import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isoWithOffset, type CalendarEvent } from '../../../src/core';
import { CalendarFileError, readCalendar, spanOf } from '../../../src/meetings/lazy';
import { TIME_ZONES, inTimeZone } from './timeZone';

const CALENDARS = path.resolve(__dirname, '../../../../test/fixtures/calendars');
const read = (name: string) => fs.readFileSync(path.join(CALENDARS, name), 'utf8');

function occurrences(name: string, today: string, within = 28): CalendarEvent[] {
  const { events, warnings } = readCalendar(read(name), name, spanOf({ today, within }));
  assert.deepEqual(warnings, []);
  return events.sort((a, b) => a.start.instant - b.start.instant);
}

/** Summary and start as UTC ISO, which no time zone of the machine changes. */
function utc(events: CalendarEvent[]): string[][] {
  return events.map((e) => [e.summary, new Date(e.start.instant).toISOString()]);
}

describe('meetings: reading calendar files with ical.js', () => {
  it('expands a weekly Outlook meeting in its VTIMEZONE, with EXDATE, a moved and a cancelled occurrence', () => {
    for (const zone of TIME_ZONES) {
      inTimeZone(zone, () => {
        const events = occurrences('outlook.ics', '2026-12-02').filter((e) => e.summary.includes('staff'));
        assert.deepEqual(utc(events), [
          ['Platform staff meeting (moved)', '2026-12-08T13:00:00.000Z'],
          ['Canceled: Platform staff meeting', '2026-12-21T09:00:00.000Z'],
          ['Platform staff meeting', '2026-12-28T09:00:00.000Z'],
        ], zone);
        assert.deepEqual(events.map((e) => [e.recurring, e.frequency, e.status]), [
          [true, 'weekly', undefined],
          [true, 'weekly', 'cancelled'],
          [true, 'weekly', undefined],
        ]);
        assert.deepEqual(events[0].attendees.map((a) => [a.name, a.email, a.declined ?? false]).slice(1), [
          ['Chen, Marcus', 'Marcus.Chen@larkspur.example', false],
          ['Lee, Dana', 'dana.lee@larkspur.example', false],
        ]);
      });
    }
  });

  it('follows daylight saving time in the event\'s zone and shows times with the machine\'s offset', () => {
    const berlin = inTimeZone('Europe/Berlin', () => occurrences('outlook.ics', '2027-03-20', 10).filter((e) => e.summary.includes('staff')));
    assert.deepEqual(berlin.map((e) => isoWithOffset(e.start)), ['2027-03-22T10:00:00+01:00', '2027-03-29T10:00:00+02:00']);
    const newYork = inTimeZone('America/New_York', () => occurrences('outlook.ics', '2027-03-20', 10).filter((e) => e.summary.includes('staff')));
    assert.deepEqual(newYork.map((e) => isoWithOffset(e.start)), ['2027-03-22T05:00:00-04:00', '2027-03-29T04:00:00-04:00']);
  });

  it('reads a monthly rule, UTC times, a zone named without VTIMEZONE, and Google attendees', () => {
    inTimeZone('Asia/Kolkata', () => {
      const allHands = occurrences('outlook.ics', '2026-12-01', 60).filter((e) => e.summary === 'Engineering all-hands');
      assert.deepEqual(utc(allHands), [
        ['Engineering all-hands', '2026-12-03T15:00:00.000Z'],
        ['Engineering all-hands', '2027-01-07T15:00:00.000Z'],
      ]);
      assert.deepEqual(allHands[0].attendees[0], { name: 'Priya Raman', email: 'priya.raman@larkspur.example' });
      const google = occurrences('google.ics', '2026-12-01');
      assert.deepEqual(utc(google), [
        ['Lunch with Priya', '2026-12-04T11:30:00.000Z'],
        ['Roadmap sync', '2026-12-09T14:00:00.000Z'],
        ['Design crit', '2026-12-10T14:00:00.000Z'],
        ['1:1 Dana / Alex', '2026-12-11T09:00:00.000Z'],
      ]);
      assert.equal(isoWithOffset(google[1].start), '2026-12-09T19:30:00+05:30');
      assert.deepEqual(google[2].attendees.map((a) => a.declined ?? false), [false, false, true]);
    });
  });

  it('takes floating times as local time of the machine, and whole days from local midnight', () => {
    for (const zone of TIME_ZONES) {
      inTimeZone(zone, () => {
        const apple = occurrences('apple.ics', '2026-12-01');
        const local = apple.filter((e) => e.summary !== 'Offsite breakfast');
        assert.deepEqual(local.map((e) => [e.summary, isoWithOffset(e.start).slice(0, 19), e.allDay]), [
          ['Coffee with Sam', '2026-12-03T08:30:00', false],
          ['Walk with Sam Patel', '2026-12-15T08:00:00', false],
          ['Platform offsite', '2026-12-16T00:00:00', true],
        ], zone);
        assert.equal(local[0].start.offsetMinutes, -new Date(local[0].start.instant).getTimezoneOffset());
        const breakfast = apple.find((e) => e.summary === 'Offsite breakfast');
        assert.equal(breakfast?.status, 'cancelled');
        assert.equal(new Date(breakfast.start.instant).toISOString(), '2026-12-17T08:00:00.000Z', 'its own zone, not local time');
      });
    }
  });

  it('moves this and the later occurrences for an override with RANGE=THISANDFUTURE', () => {
    const calendar = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:sync',
      'DTSTART:20261201T090000Z',
      'RRULE:FREQ=WEEKLY;COUNT=4',
      'SUMMARY:Sync',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:sync',
      'RECURRENCE-ID;RANGE=THISANDFUTURE:20261208T090000Z',
      'DTSTART:20261208T100000Z',
      'SUMMARY:Sync (later)',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { events } = inTimeZone('UTC', () => readCalendar(calendar, 'range.ics', spanOf({ today: '2026-12-01', within: 28 })));
    assert.deepEqual(utc(events.sort((a, b) => a.start.instant - b.start.instant)), [
      ['Sync', '2026-12-01T09:00:00.000Z'],
      ['Sync (later)', '2026-12-08T10:00:00.000Z'],
      ['Sync (later)', '2026-12-15T10:00:00.000Z'],
      ['Sync (later)', '2026-12-22T10:00:00.000Z'],
    ]);
  });

  it('expands only within the span: a rule that started long ago, or never ends, costs the span\'s occurrences', () => {
    const calendar = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:daily',
      'DTSTART:19900101T080000Z',
      'RRULE:FREQ=DAILY',
      'SUMMARY:Stand-up',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:minutely',
      'DTSTART:19700101T000000Z',
      'RRULE:FREQ=MINUTELY',
      'SUMMARY:Too often',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { events, warnings } = inTimeZone('UTC', () => readCalendar(calendar, 'odd.ics', spanOf({ today: '2026-12-01', within: 6 })));
    assert.equal(events.filter((e) => e.summary === 'Stand-up').length, 6 + 3, 'the window and a day either side');
    assert.equal(events.filter((e) => e.summary === 'Too often').length, 0);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /^odd\.ics: "Too often" repeats too often to follow/);
  });

  it('says which file and what is wrong with one that is not a calendar; leaves out a broken event with a warning', () => {
    assert.throws(() => readCalendar('name: Dana\n', 'plan.ics', spanOf({ today: '2026-12-01' })), (e: Error) => e instanceof CalendarFileError && /^plan\.ics is not an iCalendar file/.test(e.message));
    assert.throws(
      () => readCalendar('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nthis is not a line\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n', 'bad.ics', spanOf({ today: '2026-12-01' })),
      (e: Error) => e instanceof CalendarFileError && /^bad\.ics is not a readable iCalendar file: .+/.test(e.message),
    );
    const noStart = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Lost\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const { events, warnings } = readCalendar(noStart, 'half.ics', spanOf({ today: '2026-12-01' }));
    assert.deepEqual(events, []);
    assert.deepEqual(warnings, ['half.ics: event "Lost" was left out: it has no start (DTSTART).']);
  });
});
