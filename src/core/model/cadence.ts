/** How often to contact someone: parsing and formatting the cadence grammar. */
import type { Cadence, CadenceUnit } from './types';

/**
 * The largest count accepted. 1000 is far beyond any contact rhythm (1000 days is almost three years,
 * 1000 months over 80), so a larger number is a typo ("every 14000 days"); the bound also keeps every
 * computed date within the four-digit years that `YYYY-MM-DD` can write.
 */
export const MAX_CADENCE_COUNT = 1000;

const WORDS: Record<string, Cadence> = {
  daily: { count: 1, unit: 'day' },
  weekly: { count: 1, unit: 'week' },
  biweekly: { count: 2, unit: 'week' },
  fortnightly: { count: 2, unit: 'week' },
  monthly: { count: 1, unit: 'month' },
  quarterly: { count: 3, unit: 'month' },
};

const SHORT_UNITS: Record<string, CadenceUnit> = { d: 'day', w: 'week', m: 'month' };

const EVERY_UNIT = /^every (day|week|month)$/;
const EVERY_N_UNITS = /^every (\d+) ?(day|week|month)s?$/;
const SHORT_FORM = /^(\d+) ?([dwm])$/;
const NEGATIVE_OR_FRACTION = /^(every )?[-+]?\d*[.,]\d|^(every )?-/;

export const cadenceHelp =
  'Write a cadence as "every 2 weeks", "every 10 days", "every month", "every 3 months", "daily", "weekly", ' +
  '"biweekly", "fortnightly", "monthly", "quarterly", or in short as "10d", "2w", "3m" ' +
  `(a whole number from 1 to ${MAX_CADENCE_COUNT}).`;

export const CADENCE_PRESETS: { label: string; text: string }[] = [
  { label: 'Every week', text: 'every week' },
  { label: 'Every 2 weeks', text: 'every 2 weeks' },
  { label: 'Every month', text: 'every month' },
  { label: 'Every 6 weeks', text: 'every 6 weeks' },
  { label: 'Every 3 months', text: 'every 3 months' },
  { label: 'Every 6 months', text: 'every 6 months' },
];

export type CadenceCheck = { ok: true; cadence: Cadence } | { ok: false; message: string };

function counted(digits: string, unit: CadenceUnit, text: string): CadenceCheck {
  const count = Number(digits);
  if (count === 0) return { ok: false, message: `"${text}" is not a cadence: the number must be at least 1. ${cadenceHelp}` };
  if (count > MAX_CADENCE_COUNT) {
    return { ok: false, message: `"${text}" is too long a cadence: the most is ${MAX_CADENCE_COUNT} ${unit}s. ${cadenceHelp}` };
  }
  return { ok: true, cadence: { count, unit } };
}

/** Parses a cadence and, when it is not one, says why and how to write one (for problems and input boxes). */
export function checkCadence(text: string): CadenceCheck {
  if (typeof text !== 'string') return { ok: false, message: `A cadence must be text. ${cadenceHelp}` };
  const normalized = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const shown = text.trim().length > 60 ? `${text.trim().slice(0, 57)}...` : text.trim();
  const word = Object.prototype.hasOwnProperty.call(WORDS, normalized) ? WORDS[normalized] : undefined;
  if (word) return { ok: true, cadence: { ...word } };
  const every = EVERY_UNIT.exec(normalized);
  if (every) return { ok: true, cadence: { count: 1, unit: every[1] as CadenceUnit } };
  const everyN = EVERY_N_UNITS.exec(normalized);
  if (everyN) return counted(everyN[1], everyN[2] as CadenceUnit, shown);
  const short = SHORT_FORM.exec(normalized);
  if (short) return counted(short[1], SHORT_UNITS[short[2]], shown);
  if (NEGATIVE_OR_FRACTION.test(normalized)) {
    return { ok: false, message: `"${shown}" is not a cadence: the number must be a whole number of at least 1. ${cadenceHelp}` };
  }
  return { ok: false, message: `"${shown}" is not a cadence. ${cadenceHelp}` };
}

/** The cadence `text` names (case-insensitive, surrounding spaces ignored), or undefined. */
export function parseCadence(text: string): Cadence | undefined {
  const result = checkCadence(text);
  return result.ok ? result.cadence : undefined;
}

/** The canonical spelling: "every day", "every 2 weeks", "every 3 months". */
export function formatCadence(cadence: Cadence): string {
  return cadence.count === 1 ? `every ${cadence.unit}` : `every ${cadence.count} ${cadence.unit}s`;
}

const DAYS_PER_UNIT = { day: 1, week: 7, month: 30 } as const;

/** A cadence's length in days, a month counted as 30: for comparing cadences and measuring how late is late. */
export function cadenceDays(cadence: Cadence): number {
  return cadence.count * DAYS_PER_UNIT[cadence.unit];
}

/**
 * How many days late a contact on `cadence` may be before it is lapsed: `percent` of the cadence's length in
 * days, rounded up (100% of "every 2 weeks" is 14: late by 15 days or more is lapsed).
 */
export function lapsedAfterDays(cadence: Cadence, percent: number): number {
  return Math.ceil((cadenceDays(cadence) * percent) / 100);
}
