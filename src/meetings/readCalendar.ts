/**
 * Reads an iCalendar file (Outlook, Google Calendar and Apple Calendar exports) into the occurrences of its events in
 * a span of time, with ical.js: recurrence rules, EXDATE, RECURRENCE-ID overrides, time zones (VTIMEZONE, or a known
 * zone name), floating times and whole days, status and attendees. Times are placed in the time zone this code runs
 * in: a floating time (no zone) is taken as local time here.
 */
import ICAL from 'ical.js';
import type { CalendarEvent, EventAttendee } from '../core/meetings';
import { instantInZone, isKnownZone } from './zoneTime';

/** Milliseconds since 1970; occurrences starting in [from, to) are kept. */
export interface TimeSpan {
  from: number;
  to: number;
}

export interface CalendarRead {
  events: CalendarEvent[];
  /** Events that could not be read or placed exactly, one sentence each (the rest of the file is read). */
  warnings: string[];
}

/** A file that is not an iCalendar file at all; the message says which file and what is wrong. */
export class CalendarFileError extends Error {}

/** A recurrence walked this far without leaving the span is cut short (a rule every minute for years); a daily one since 1945 fits. */
const MAX_STEPS = 30_000;

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

function componentsOf(text: string, file: string): Component[] {
  const body = text.replace(/^\uFEFF/, '');
  if (!/^\s*BEGIN:VCALENDAR/i.test(body)) throw new CalendarFileError(`${file} is not an iCalendar file: it does not begin with BEGIN:VCALENDAR.`);
  let parsed: unknown;
  try {
    parsed = ICAL.parse(body);
  } catch (error) {
    throw new CalendarFileError(`${file} is not a readable iCalendar file: ${error instanceof Error ? error.message : String(error)}.`);
  }
  // One calendar gives one jCal array; several calendars in one file give an array of them.
  const list = Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : (parsed as unknown[]);
  return list.map((jcal) => new ICAL.Component(jcal as unknown[]));
}

function text(component: Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value : undefined;
}

function attendeesOf(component: Component): EventAttendee[] {
  const people: EventAttendee[] = [];
  for (const property of [...component.getAllProperties('organizer'), ...component.getAllProperties('attendee')]) {
    const value = property.getFirstValue();
    const address = typeof value === 'string' ? value.replace(/^mailto:/i, '').trim() : '';
    const name = property.getParameter('cn');
    const partstat = property.getParameter('partstat');
    people.push({
      ...(typeof name === 'string' && name.trim() !== '' ? { name: name.trim() } : {}),
      ...(address.includes('@') ? { email: address } : {}),
      ...(typeof partstat === 'string' && partstat.toUpperCase() === 'DECLINED' ? { declined: true } : {}),
    });
  }
  return people;
}

/** Places `time` in time: its own zone when the file defines it, a zone the runtime knows by name, else local time. */
function instantOf(time: Time, zoneName: string | undefined): number {
  if (zoneName && !time.isDate && time.zone === ICAL.Timezone.localTimezone && isKnownZone(zoneName)) {
    const instant = instantInZone(time, zoneName);
    if (instant !== undefined) return instant;
  }
  return time.toJSDate().getTime();
}

interface EventShape {
  summary: string;
  attendees: EventAttendee[];
  status?: string;
  recurring: boolean;
  frequency?: string;
}

function shapeOf(component: Component, master?: EventShape): EventShape {
  const status = text(component, 'status')?.toLowerCase();
  return {
    summary: text(component, 'summary') ?? master?.summary ?? '',
    attendees: component.hasProperty('attendee') || component.hasProperty('organizer') || !master ? attendeesOf(component) : master.attendees,
    ...(status ? { status } : {}),
    recurring: master?.recurring ?? false,
    ...(master?.frequency ? { frequency: master.frequency } : {}),
  };
}

function occurrence(shape: EventShape, start: Time, zoneName: string | undefined): CalendarEvent {
  const instant = instantOf(start, zoneName);
  return { ...shape, start: { instant, offsetMinutes: -new Date(instant).getTimezoneOffset() }, allDay: start.isDate };
}

function zoneNameOf(component: Component): string | undefined {
  const tzid = component.getFirstProperty('dtstart')?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : undefined;
}

/** Every occurrence of one event in `span`, overrides in place; work stops at the span's end. */
function expand(master: Component, overrides: Component[], span: TimeSpan, warn: (message: string) => void): CalendarEvent[] {
  const event = new ICAL.Event(master, { exceptions: overrides });
  const zoneName = zoneNameOf(master);
  const found: CalendarEvent[] = [];
  const keep = (e: CalendarEvent) => e.start.instant >= span.from && e.start.instant < span.to && found.push(e);
  const rule = master.getFirstPropertyValue('rrule');
  const frequency = rule && typeof rule === 'object' && 'freq' in rule ? String(rule.freq).toLowerCase() : undefined;
  const shape: EventShape = { ...shapeOf(master), recurring: event.isRecurring(), ...(frequency ? { frequency } : {}) };
  const start = event.startDate;
  if (zoneName && !start.isDate && start.zone === ICAL.Timezone.localTimezone && !isKnownZone(zoneName)) {
    warn(`"${shape.summary}" is in the time zone "${zoneName}", which the file does not define: its times are read as local time.`);
  }
  if (!event.isRecurring()) {
    keep(occurrence(shape, start, zoneName));
    return found;
  }
  // Overrides are placed at their own start (which may have moved into or out of the span).
  for (const override of overrides) keep(occurrence(shapeOf(override, shape), new ICAL.Event(override).startDate, zoneNameOf(override) ?? zoneName));
  const iterator = event.iterator();
  for (let steps = 0, next = iterator.next(); next; next = iterator.next(), steps++) {
    if (steps >= MAX_STEPS) {
      warn(`"${shape.summary}" repeats too often to follow; occurrences after ${next.toString()} are left out.`);
      break;
    }
    const instant = instantOf(next, zoneName);
    if (instant >= span.to) break;
    if (instant < span.from - 86_400_000) continue;
    const key = next.toString();
    const utcKey = next.convertToZone(ICAL.Timezone.utcTimezone).toString();
    if (key in event.exceptions || utcKey in event.exceptions) continue;
    // An override with RANGE=THISANDFUTURE moves this occurrence and the later ones.
    const details = event.getOccurrenceDetails(next);
    const moved = details.item !== event;
    keep(occurrence(moved ? shapeOf(details.item.component, shape) : shape, details.startDate, moved ? (zoneNameOf(details.item.component) ?? zoneName) : zoneName));
  }
  return found;
}

/** The occurrences in `span` of every event in the calendar `text` read from `file`. */
export function readCalendar(source: string, file: string, span: TimeSpan): CalendarRead {
  const steps = readSteps(source, file, span);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The same read, handing the thread back (`pause`) whenever a slice of `sliceMs` has passed between two events, so
 * that a calendar of thousands of events never blocks the extension host for long. Only ical.js's parse of the
 * whole text is one step (tens of ms for a year of a busy calendar).
 */
export async function readCalendarPaced(source: string, file: string, span: TimeSpan, pause: () => Promise<void>, sliceMs = 10): Promise<CalendarRead> {
  const steps = readSteps(source, file, span);
  let sliceStart = Date.now();
  let step = steps.next();
  while (!step.done) {
    if (Date.now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = Date.now();
    }
    step = steps.next();
  }
  return step.value;
}

/** The read as steps: it yields after each event (see `readCalendarPaced`). */
function* readSteps(source: string, file: string, span: TimeSpan): Generator<void, CalendarRead> {
  const warnings: string[] = [];
  const events: CalendarEvent[] = [];
  for (const calendar of componentsOf(source, file)) {
    const vevents = calendar.getAllSubcomponents('vevent');
    const overrides = new Map<string, Component[]>();
    const masters = new Set<string>();
    for (const v of vevents) {
      const uid = (text(v, 'uid') ?? '');
      if (v.hasProperty('recurrence-id')) overrides.set(uid, [...(overrides.get(uid) ?? []), v]);
      else masters.add(uid);
    }
    for (const v of vevents) {
      const uid = (text(v, 'uid') ?? '');
      const isOverride = v.hasProperty('recurrence-id');
      // An override without its event in the file stands alone.
      if (isOverride && masters.has(uid)) continue;
      try {
        if (!v.hasProperty('dtstart')) throw new Error('it has no start (DTSTART)');
        events.push(...expand(v, isOverride ? [] : (overrides.get(uid) ?? []), span, (m) => warnings.push(`${file}: ${m}`)));
      } catch (error) {
        const summary = text(v, 'summary') ?? uid;
        warnings.push(`${file}: event "${summary}" was left out: ${error instanceof Error ? error.message : String(error)}.`);
      }
      yield;
    }
  }
  return { events, warnings };
}
