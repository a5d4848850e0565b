/**
 * Calendar days written `YYYY-MM-DD`, from 0001-01-01 to 9999-12-31.
 *
 * The arithmetic is date-fns's, on `UTCDateMini` values: a day is the UTC midnight that starts it, and
 * every getter and setter date-fns calls works in UTC, so no result depends on the machine's time zone
 * or daylight saving. Ordering needs no date at all: `YYYY-MM-DD` strings sort as their days do.
 */
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addDays as plusDays, addMonths as plusMonths, differenceInCalendarDays, formatISO, getDay, getDaysInMonth } from 'date-fns';
import type { Cadence } from './types';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a day; `setFullYear` (UTC here) takes years below 100 as written, unlike `Date.UTC`. */
function utcDay(year: number, monthIndex: number, day: number): Date {
  const date = new UTCDateMini(0);
  date.setFullYear(year, monthIndex, day);
  return date;
}

const FIRST_DAY = utcDay(1, 0, 1).getTime();
const LAST_DAY = utcDay(9999, 11, 31).getTime();

/**
 * The year, month index and day `date` names, or undefined when it is not a real day written `YYYY-MM-DD`
 * (year 0001 or later). The pattern is ours; whether the month has the day is date-fns's to say. Every
 * month has the days up to the 28th, so only the 29th to the 31st need a date made (this runs for every
 * date the plan holds).
 */
function splitDate(date: string): [number, number, number] | undefined {
  const match = typeof date === 'string' ? DATE_PATTERN.exec(date) : null;
  if (!match) return undefined;
  const year = Number(match[1]);
  const monthIndex = Number(match[2]) - 1;
  const day = Number(match[3]);
  if (year < 1 || monthIndex < 0 || monthIndex > 11 || day < 1) return undefined;
  if (day > 28 && day > getDaysInMonth(utcDay(year, monthIndex, 1))) return undefined;
  return [year, monthIndex, day];
}

function requireDay(date: string): Date {
  const parts = splitDate(date);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return utcDay(...parts);
}

function requireInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a whole number, got ${n}`);
}

/**
 * `day` written `YYYY-MM-DD`; days beyond 0001-01-01 … 9999-12-31 saturate at those bounds, and so does
 * a result beyond what a `Date` holds (NaN), on the side `n` moved to.
 */
function formatDay(day: Date, n: number): string {
  const time = day.getTime();
  const bounded = Number.isNaN(time) ? (n < 0 ? FIRST_DAY : LAST_DAY) : Math.min(Math.max(time, FIRST_DAY), LAST_DAY);
  return formatISO(bounded === time ? day : new UTCDateMini(bounded), { representation: 'date' });
}

/** Strict `YYYY-MM-DD` naming a real calendar day (so `2026-02-30` and `2026-2-3` are rejected). */
export function isValidDate(date: string): boolean {
  return splitDate(date) !== undefined;
}

/** `date` plus `n` calendar days (n may be negative). Throws RangeError on an invalid date. */
export function addDays(date: string, n: number): string {
  requireInteger(n, 'Days');
  return formatDay(plusDays(requireDay(date), n), n);
}

/** Calendar days from `from` to `to` (`to - from`): 1 from today to tomorrow. Throws RangeError on an invalid date. */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(requireDay(to), requireDay(from));
}

/** The day of the week of `date`: 0 Sunday … 6 Saturday. Throws RangeError on an invalid date. */
export function weekdayOf(date: string): number {
  return getDay(requireDay(date));
}

/** `date` plus `n` months, clamped at month end (2024-01-31 + 1 month = 2024-02-29). */
export function addMonths(date: string, n: number): string {
  requireInteger(n, 'Months');
  return formatDay(plusMonths(requireDay(date), n), n);
}

/** The date one cadence after `date`; months clamp at month end. */
export function addCadence(date: string, cadence: Cadence): string {
  switch (cadence.unit) {
    case 'day':
      return addDays(date, cadence.count);
    case 'week':
      return addDays(date, cadence.count * 7);
    case 'month':
      return addMonths(date, cadence.count);
  }
}

/**
 * The calendar day of `instant` on the machine's clock, as `YYYY-MM-DD`. For adapters (CLI,
 * extension) that own the clock; the core itself always receives today as a parameter.
 */
export function localDateOf(instant: Date): string {
  return formatISO(instant, { representation: 'date' });
}
