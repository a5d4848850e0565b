/** The span of time a calendar file is expanded over for a window of days, with a day's margin on each side. */
import { windowDays, type MeetingWindow } from '../core/meetings';
import { addDays } from '../core/model';
import type { TimeSpan } from './readCalendar';

/** Local midnight (here) that begins `day` (`YYYY-MM-DD`). */
function localMidnight(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  const midnight = new Date(0);
  midnight.setFullYear(year, month - 1, date);
  midnight.setHours(0, 0, 0, 0);
  return midnight.getTime();
}

/** Occurrences in this span may fall in the window; the core keeps exactly those that do. */
export function spanOf(window: MeetingWindow): TimeSpan {
  const { first, last } = windowDays(window);
  return { from: localMidnight(addDays(first, -1)), to: localMidnight(addDays(last, 2)) };
}
