import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { deriveView, exportCalendar, exportCalendars, type CalendarOptions } from '../../../../src/core';
import { plan, type EntryInput, type PersonInput } from '../planBuilder';

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string | undefined;
  sequence: number;
  stamp: string;
}

/** Every event of the calendar, read with ical.js. */
function parse(ics: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  assert.equal(calendar.name, 'vcalendar');
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    assert.ok(event.startDate.isDate, 'all-day event');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate?.toString(),
      sequence: event.sequence,
      stamp: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toString(),
    };
  });
}

function exported(today: string, people: PersonInput[], journal: EntryInput[] = [], options?: CalendarOptions): ParsedEvent[] {
  const p = plan(people, journal);
  return parse(exportCalendar(p, deriveView(p, today), options));
}

const DANA: PersonInput = { name: 'Dana Lee', stage: 'building', next: '2026-11-26' };

describe('calendar events (parsed with ical.js)', () => {
  it('places a late contact on today, its own date and lateness in the description', () => {
    const [event] = exported('2026-12-05', [DANA]);
    assert.equal(event.start, '2026-12-05');
    assert.equal(event.end, '2026-12-06');
    assert.equal(event.summary, 'Networking: Dana Lee');
    assert.equal(event.description.split('\n')[0], 'Due 2026-11-26 (9 days late)');
    assert.equal(event.stamp, '2026-12-05T00:00:00Z');
  });

  it('places a contact due today on today, one a day late in the singular, and a future one on its date', () => {
    const events = exported('2026-11-26', [DANA, { name: 'Eli', stage: 'established', next: '2026-11-25' }, { name: 'Fay', stage: 'building', next: '2026-12-24' }]);
    assert.deepEqual(events.map((e) => e.start), ['2026-11-26', '2026-11-26', '2026-12-24']);
    assert.equal(events[0].description.split('\n')[0], 'Due today');
    assert.equal(events[1].description.split('\n')[0], 'Due 2026-11-25 (1 day late)');
    assert.ok(!events[2].description.includes('Due'), events[2].description);
  });

  it('keeps the UID when the date moves, and raises SEQUENCE when a contact is logged', () => {
    const before = exported('2026-12-05', [DANA]);
    const after = exported('2026-12-05', [DANA], [{ date: '2026-12-05', with: 'Dana Lee' }]);
    assert.equal(after[0].uid, before[0].uid);
    assert.notEqual(after[0].start, before[0].start);
    assert.ok(after[0].sequence > before[0].sequence, `${after[0].sequence} > ${before[0].sequence}`);
  });

  it('raises SEQUENCE when a late contact rolls on to the next day, and when it is snoozed', () => {
    const monday = exported('2026-12-05', [DANA])[0];
    const tuesday = exported('2026-12-06', [DANA])[0];
    const snoozed = exported('2026-12-05', [{ ...DANA, next: '2026-12-12' }])[0];
    assert.equal(tuesday.uid, monday.uid);
    assert.equal(snoozed.uid, monday.uid);
    assert.ok(tuesday.sequence > monday.sequence);
    assert.ok(snoozed.sequence > monday.sequence);
  });

  it('keeps SEQUENCE and the bytes when nothing changed', () => {
    const p = plan([DANA]);
    assert.equal(exportCalendar(p, deriveView(p, '2026-11-20')), exportCalendar(p, deriveView(p, '2026-11-20')));
    assert.equal(exported('2026-11-20', [DANA])[0].sequence, exported('2026-11-20', [{ ...DANA, how: 'Coffee' }])[0].sequence);
  });

  it('puts the plan label into the UID, and exports one person alone', () => {
    const people = [DANA, { name: 'Eli', stage: 'established' as const }];
    const plain = exported('2026-12-05', people);
    const labelled = exported('2026-12-05', people, [], { planLabel: 'work' });
    assert.notEqual(labelled[0].uid, plain[0].uid);
    assert.equal(exported('2026-12-05', people, [], { planLabel: 'work' })[0].uid, labelled[0].uid);
    const single = exported('2026-12-05', people, [], { onlyKey: 'eli' });
    assert.deepEqual(single.map((e) => e.summary), ['Networking: Eli']);
    assert.equal(single[0].uid, plain[1].uid);
    assert.deepEqual(exported('2026-12-05', people, [], { onlyKey: 'nobody' }), []);
  });
});

describe('one calendar of several plans', () => {
  it('holds every plan\'s events, each plan\'s UIDs its own', () => {
    const work = plan([DANA]);
    const home = plan([DANA, { name: 'Eli', stage: 'established', next: '2026-12-20' }]);
    const events = parse(exportCalendars([{ view: deriveView(work, '2026-12-05'), planLabel: 'work' }, { view: deriveView(home, '2026-12-05'), planLabel: 'home' }]));
    assert.deepEqual(events.map((e) => [e.summary, e.start]), [['Networking: Dana Lee', '2026-12-05'], ['Networking: Dana Lee', '2026-12-05'], ['Networking: Eli', '2026-12-20']]);
    assert.equal(new Set(events.map((e) => e.uid)).size, 3);
  });
});
