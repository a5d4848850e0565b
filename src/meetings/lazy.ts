/**
 * Calendar files read with ical.js, loaded on first use (the parser is not needed to show the plan, so VS Code's
 * start does not pay for it; see ../lazy.ts). The command-line tool imports it directly.
 */
export { readCalendar, readCalendarPaced, CalendarFileError, type CalendarRead, type TimeSpan } from './readCalendar';
export { spanOf } from './span';

declare module '../lazy' {
  interface LazyModules {
    meetings: typeof import('./lazy');
  }
}
