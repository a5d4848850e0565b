/** `meetings`: each person's upcoming meetings found in the user's own calendar files. */
import { DEFAULT_MEETING_DAYS, isoWithOffset, meetingTime, upcomingMeetings, type CalendarEvent } from '../core';
import { CalendarFileError, readCalendar, spanOf } from '../meetings/lazy';
import { UsageError, type Options } from './args';
import { CliError, readFailureReason, type CliIo } from './io';
import { dateOption, loadPlan, requireReadable } from './reports';
import { printable, printableJson } from './terminalText';

const MAX_WITHIN = 366;

function calendarText(io: CliIo, file: string): string {
  try {
    return io.readFile(file);
  } catch (error) {
    throw new CliError(`cannot read the calendar ${file}: ${readFailureReason(error)}.`, 2);
  }
}

function withinOption(options: Options): number {
  const raw = options.within;
  if (raw === undefined) return DEFAULT_MEETING_DAYS;
  if (typeof raw !== 'string' || !/^\d+$/.test(raw.trim()) || Number(raw) > MAX_WITHIN) {
    throw new UsageError(`--within must be a whole number of days from 0 to ${MAX_WITHIN}, not "${String(raw)}".`);
  }
  return Number(raw);
}

export function runMeetings(io: CliIo, file: string, options: Options): number {
  const calendars = Array.isArray(options.calendar) ? options.calendar : [];
  if (calendars.length === 0) throw new UsageError('"meetings" needs at least one --calendar ICS (a calendar exported as an .ics file).');
  const within = withinOption(options);
  const today = dateOption(options, 'today', io.today);
  const { plan } = loadPlan(io, file);
  requireReadable(plan, file, 'list meetings');
  const window = { today, within };
  const span = spanOf(window);
  const events: CalendarEvent[] = [];
  for (const calendar of calendars) {
    try {
      const read = readCalendar(calendarText(io, calendar), calendar, span);
      events.push(...read.events);
      for (const warning of read.warnings) io.stderr(`networking-plan: warning: ${printable(warning)}\n`);
    } catch (error) {
      if (error instanceof CalendarFileError) throw new CliError(error.message, 2);
      throw error;
    }
  }
  const found = upcomingMeetings(plan.people, events, window).filter((p) => p.meetings.length > 0);
  if (options.json) {
    const rows = found.map(({ person, meetings }) => ({
      name: person.name,
      meetings: meetings.map((m) => ({ summary: m.summary, start: isoWithOffset(m.start), recurring: m.recurring })),
    }));
    io.stdout(`${printableJson(rows)}\n`);
    return 0;
  }
  if (found.length === 0) {
    io.stdout(`No meetings with people in the plan within ${within} days.\n`);
    return 0;
  }
  const blocks = found.map(({ person, meetings }) => {
    const lines = meetings.map((m) => {
      const repeats = m.recurring ? ` (${m.frequency ?? 'repeating'})` : '';
      return `  ${meetingTime(m).padEnd(16)}  ${printable(m.summary.trim() || '(untitled meeting)')}${repeats}`;
    });
    return `${printable(person.name)}\n${lines.join('\n')}\n`;
  });
  io.stdout(blocks.join('\n'));
  return 0;
}
