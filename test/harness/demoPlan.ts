import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixturesDir, makeTempDir } from './paths';

/** The day test/fixtures/demo-plan.yaml was written for: its dates are moved by the days since, so it never ages. */
export const DEMO_PLAN_DAY = '2026-11-30';

export function localToday(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Moves every YYYY-MM-DD date in `text` by `days` calendar days; nothing else changes. */
export function shiftDates(text: string, days: number): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (date) => {
    const moved = new Date(`${date}T00:00:00Z`);
    if (Number.isNaN(moved.getTime())) return date;
    moved.setUTCDate(moved.getUTCDate() + days);
    return moved.toISOString().slice(0, 10);
  });
}

/** The demo plan as if written today. */
export function demoPlanText(today = localToday()): string {
  const text = fs.readFileSync(path.join(fixturesDir, 'demo-plan.yaml'), 'utf8');
  return shiftDates(text, daysFrom(DEMO_PLAN_DAY, today));
}

const icsDay = (day: string) => day.replaceAll('-', '');

/**
 * A calendar as exported by a calendar program, around `today` in floating (local) time: a weekly staff meeting on
 * Mondays with Marcus Chen and Dana Lee, and a lunch with Priya Raman in three days.
 */
export function demoCalendarText(today = localToday()): string {
  const day = (offset: number) => shiftDates(today, offset);
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  const lastMonday = day(-((weekday + 6) % 7));
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Networking Plan//Demo//EN',
    'BEGIN:VEVENT',
    'UID:staff-meeting@demo',
    `DTSTART:${icsDay(lastMonday)}T100000`,
    `DTEND:${icsDay(lastMonday)}T110000`,
    'RRULE:FREQ=WEEKLY;BYDAY=MO',
    'SUMMARY:Platform staff meeting',
    'ATTENDEE;CN=Marcus Chen;PARTSTAT=ACCEPTED:mailto:marcus.chen@example.com',
    'ATTENDEE;CN=Dana Lee;PARTSTAT=ACCEPTED:mailto:dana.lee@example.com',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:lunch-priya@demo',
    `DTSTART:${icsDay(day(3))}T120000`,
    `DTEND:${icsDay(day(3))}T130000`,
    'SUMMARY:Lunch with Priya Raman',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/**
 * A workspace folder `my-network` holding the demo plan, and a calendar beside it (outside the folder, as a user's
 * export would be), in a temporary folder that the caller removes.
 */
export function makeDemoWorkspace(): { folder: string; tempDir: string; calendar: string } {
  const tempDir = makeTempDir('demo');
  const folder = path.join(tempDir, 'my-network');
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, 'networking-plan.yaml'), demoPlanText());
  const calendar = path.join(tempDir, 'work-calendar.ics');
  fs.writeFileSync(calendar, demoCalendarText());
  return { folder, tempDir, calendar };
}
