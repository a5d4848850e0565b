/** How a meeting is written: ISO 8601 with its offset, and the words the surfaces show. */
import { daysBetween } from '../model';
import type { EventStart, Meeting } from './types';
import { localDay } from './window';

const MINUTE_MS = 60_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function shifted(start: EventStart): Date {
  return new Date(start.instant + start.offsetMinutes * MINUTE_MS);
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** `2026-12-07T10:00:00+01:00`: the local time and its offset (`+00:00` for UTC). */
export function isoWithOffset(start: EventStart): string {
  const local = shifted(start).toISOString().slice(0, 19);
  const sign = start.offsetMinutes < 0 ? '-' : '+';
  const minutes = Math.abs(start.offsetMinutes);
  return `${local}${sign}${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}

/** "Mon 8 Dec 10:00", or "Mon 8 Dec" for a whole-day event. */
export function meetingTime(meeting: Pick<Meeting, 'start' | 'allDay'>): string {
  const d = shifted(meeting.start);
  const day = `${WEEKDAYS[d.getUTCDay()].slice(0, 3)} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  return meeting.allDay ? day : `${day} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** "Platform staff meeting, Mon 8 Dec 10:00, weekly". */
export function describeMeeting(meeting: Meeting): string {
  const repeats = meeting.recurring ? `, ${meeting.frequency ?? 'repeating'}` : '';
  return `${meeting.summary.trim() || '(untitled meeting)'}, ${meetingTime(meeting)}${repeats}`;
}

/** When, from `today`: "today", "tomorrow", "Monday" within the week, else "Mon 14 Dec". */
export function meetingDayWords(meeting: Pick<Meeting, 'start' | 'allDay'>, today: string): string {
  const day = localDay(meeting.start);
  const days = daysBetween(today, day);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 1 && days < 7) return WEEKDAYS[shifted(meeting.start).getUTCDay()];
  return meetingTime({ start: meeting.start, allDay: true });
}

/** The how that Add Person and Set How suggest: "Sit near them at <meeting>; suggest lunch afterwards". */
export function meetingHow(meeting: Meeting): string {
  return `Sit near them at ${meeting.summary.trim() || 'your next meeting'}; suggest lunch afterwards`;
}
