/** The days a meeting search covers, and the local day of an instant. */
import { addDays } from '../model';
import { DEFAULT_MEETING_DAYS, type EventStart, type MeetingWindow } from './types';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of the start in its own offset (the day the user sees it on). */
export function localDay(start: EventStart): string {
  return new Date(start.instant + start.offsetMinutes * MINUTE_MS).toISOString().slice(0, 10);
}

/** The window's first and last day, both included. */
export function windowDays(window: MeetingWindow): { first: string; last: string } {
  const within = window.within ?? DEFAULT_MEETING_DAYS;
  if (!Number.isSafeInteger(within) || within < 0) throw new RangeError(`The window must be a whole number of days, not ${within}`);
  return { first: window.today, last: addDays(window.today, within) };
}

/** Whether an occurrence falls in the window. */
export function inWindow(start: EventStart, allDay: boolean, window: MeetingWindow, days = windowDays(window)): boolean {
  const day = localDay(start);
  if (day < days.first || day > days.last) return false;
  if (window.after === undefined) return true;
  return allDay ? start.instant + DAY_MS > window.after : start.instant >= window.after;
}
