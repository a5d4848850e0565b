/**
 * Meetings the user already has, matched to the plan's people: whom each calendar event brings them together with
 * (attendees by name or address, titles that name them; ambiguous names are not guessed), the upcoming ones in a
 * window of days, and how they are written. Events arrive already read from calendar files (outside the core).
 *
 * Imports: `model`.
 */
export { DEFAULT_MEETING_DAYS, type CalendarEvent, type EventAttendee, type EventStart, type Meeting, type MeetingWindow } from './types';
export { upcomingMeetings, type PersonMeetings } from './upcoming';
export { PeopleIndex, type MatchablePerson } from './peopleIndex';
export { inWindow, localDay, windowDays } from './window';
export { describeMeeting, isoWithOffset, meetingDayWords, meetingHow, meetingTime } from './wording';
