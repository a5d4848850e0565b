import assert from 'node:assert/strict';
import { nameKey, readPlan, upcomingMeetings } from '../../../src/core';
import { readCalendar, readCalendarPaced, spanOf } from '../../../src/meetings/lazy';
import { generateCalendar } from '../../bench/generateCalendar';
import { generatePlan } from '../../bench/generatePlan';
import { inTimeZone } from './timeZone';

describe('meetings: a year of 2,000 events against 300 people', function () {
  this.timeout(60_000);

  it('finds each person only in meetings they attend (not declined) or whose title names them, and finds them in all of those', () => {
    const people = readPlan(generatePlan(300)).people;
    const calendar = generateCalendar(300);
    assert.equal(calendar.match(/^BEGIN:VEVENT/gm)?.length, 2000);
    const window = { today: '2026-11-30', within: 28 };
    const { events, warnings } = inTimeZone('Europe/Berlin', () => readCalendar(calendar, 'year.ics', spanOf(window)));
    assert.deepEqual(warnings, []);
    const found = upcomingMeetings(people, events, window);
    let total = 0;
    for (const { person, meetings } of found) {
      const key = nameKey(person.name);
      // Independently: the events in the window with this person, the same occurrence counted once.
      const expected = new Set(
        events
          .filter((e) => e.status !== 'cancelled' && e.start.instant >= Date.UTC(2026, 10, 29, 23) && e.start.instant < Date.UTC(2026, 11, 28, 23))
          .filter((e) => e.attendees.some((a) => !a.declined && nameKey(a.name ?? '') === key) || (e.summary === `Coffee with ${person.name}` && !e.attendees.some((a) => a.declined && nameKey(a.name ?? '') === key)))
          .map((e) => `${e.start.instant} ${e.summary}`),
      );
      assert.deepEqual(new Set(meetings.map((m) => `${m.start.instant} ${m.summary}`)), expected, person.name);
      total += meetings.length;
    }
    assert.ok(total > 100, `${total} meetings found`);
    assert.ok(events.some((e) => e.recurring) && events.some((e) => e.status === 'cancelled'));
  });

  it('reads the same events in slices, handing the thread back between them', async () => {
    const calendar = generateCalendar(300);
    const span = spanOf({ today: '2026-11-30', within: 28 });
    const whole = readCalendar(calendar, 'year.ics', span);
    let pauses = 0;
    // A slice of 0 ms: a pause between every two events, so the count does not depend on the machine's speed.
    const paced = await readCalendarPaced(calendar, 'year.ics', span, () => ((pauses += 1), Promise.resolve()), 0);
    assert.deepEqual(paced, whole);
    assert.equal(pauses, 2000, 'one after each of the 2,000 events');
  });
});
