/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings.
 *
 * Everything works on whole day numbers (days since 1970-01-01 in the proleptic Gregorian calendar),
 * never on `Date` instants, so no result can depend on the machine's time zone or daylight saving.
 */
import type { Cadence } from './types';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Splits a date into numbers, or undefined when it is not a real day from 0001-01-01 to 9999-12-31. */
function splitDate(date: string): [number, number, number] | undefined {
  const match = typeof date === 'string' ? DATE_PATTERN.exec(date) : null;
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return [year, month, day];
}

function requireDate(date: string): [number, number, number] {
  const parts = splitDate(date);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return parts;
}

/** Strict `YYYY-MM-DD` naming a real calendar day (so `2026-02-30` and `2026-2-3` are rejected). */
export function isValidDate(date: string): boolean {
  return splitDate(date) !== undefined;
}

// Days-from-civil / civil-from-days (H. Hinnant's algorithms), eras of 400 years starting in March.
function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

const MIN_DAY_NUMBER = dayNumberOf(MIN_YEAR, 1, 1);
const MAX_DAY_NUMBER = dayNumberOf(MAX_YEAR, 12, 31);

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Formats a day number; dates beyond 0001-01-01 … 9999-12-31 saturate at those bounds. */
function dateOfDayNumber(dayNumber: number): string {
  const z = Math.min(Math.max(dayNumber, MIN_DAY_NUMBER), MAX_DAY_NUMBER) + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function requireInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a whole number, got ${n}`);
}

/** `date` plus `n` calendar days (n may be negative). Throws RangeError on an invalid date. */
export function addDays(date: string, n: number): string {
  requireInteger(n, 'Days');
  const [year, month, day] = requireDate(date);
  return dateOfDayNumber(dayNumberOf(year, month, day) + n);
}

/** Days since 1970-01-01 (negative before it). Throws RangeError on an invalid date. */
export function dayNumber(date: string): number {
  const [year, month, day] = requireDate(date);
  return dayNumberOf(year, month, day);
}

/** Calendar days from `from` to `to` (`to - from`): 1 from today to tomorrow. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** `date` plus `n` months, clamped at month end (2024-01-31 + 1 month = 2024-02-29). */
export function addMonths(date: string, n: number): string {
  requireInteger(n, 'Months');
  const [year, month, day] = requireDate(date);
  const monthIndex = year * 12 + (month - 1) + n;
  const newYear = Math.floor(monthIndex / 12);
  if (newYear < MIN_YEAR) return dateOfDayNumber(MIN_DAY_NUMBER);
  if (newYear > MAX_YEAR) return dateOfDayNumber(MAX_DAY_NUMBER);
  const newMonth = monthIndex - newYear * 12 + 1;
  return `${pad(newYear, 4)}-${pad(newMonth, 2)}-${pad(Math.min(day, daysInMonth(newYear, newMonth)), 2)}`;
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
  return `${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1, 2)}-${pad(instant.getDate(), 2)}`;
}
