/**
 * Exports of a plan to other programs: the iCalendar file of everyone's next contact.
 *
 * Imports: `model`.
 */
export { type CalendarOptions, type CalendarPart, exportCalendar, exportCalendars } from './calendar';
