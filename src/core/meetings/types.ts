/** Calendar events as the matching sees them, already read from a calendar file and expanded to occurrences. */

export interface EventAttendee {
  /** The attendee's common name (CN), when the calendar gives one. */
  name?: string;
  /** The address from `mailto:`, when there is one. */
  email?: string;
  /** The attendee's answer: a declined attendee does not meet the user there. */
  declined?: boolean;
}

/** A moment in time and the UTC offset it is shown with (the user's time zone at that moment). */
export interface EventStart {
  /** Milliseconds since 1970-01-01T00:00:00Z. */
  instant: number;
  /** Minutes east of UTC: +60 for 10:00+01:00. */
  offsetMinutes: number;
}

/** One occurrence of a calendar event. */
export interface CalendarEvent {
  summary: string;
  start: EventStart;
  /** A whole-day event (its start is the local midnight that begins the day). */
  allDay: boolean;
  /** An occurrence of a repeating event. */
  recurring: boolean;
  /** How often it repeats ('daily', 'weekly', 'monthly', 'yearly', ...), when it does. */
  frequency?: string;
  attendees: EventAttendee[];
  /** The occurrence's STATUS, lower-cased; 'cancelled' occurrences are never a chance to meet. */
  status?: string;
}

/** Which occurrences count: those starting on a day from `today` to `today` + `within` (both included) and not before `after`. */
export interface MeetingWindow {
  /** `YYYY-MM-DD`, in the user's time zone. */
  today: string;
  /** Days ahead; 28 unless told. */
  within?: number;
  /** An instant (ms); occurrences that started earlier are over (none skipped when absent). All-day events count for their whole day. */
  after?: number;
}

export const DEFAULT_MEETING_DAYS = 28;

/** An upcoming meeting with a person. */
export interface Meeting {
  summary: string;
  start: EventStart;
  allDay: boolean;
  recurring: boolean;
  frequency?: string;
  /** How the person was found: among the attendees, or named in the title. */
  matchedBy: 'attendee' | 'title';
}
