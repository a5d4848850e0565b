/**
 * Counts of days in words, worded by date-fns's locale (the wording of its `formatDistance`), so that
 * they can follow the display language: pass that language's date-fns `Locale`. English by default.
 */
import type { Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';

/** "1 day", "5 days". */
export function formatDayCount(days: number, locale: Locale = enUS): string {
  return locale.formatDistance('xDays', days);
}

/** A day `days` from today (not 0): "in 5 days" ahead, "5 days ago" behind. */
export function formatDaysFromToday(days: number, locale: Locale = enUS): string {
  return locale.formatDistance('xDays', Math.abs(days), { addSuffix: true, comparison: days > 0 ? 1 : -1 });
}
