/**
 * A realistic year of a busy calendar, for the benchmark and tests: `count` events (default 2,000) from
 * 2026-06-01 to 2027-05-31 in Europe/Berlin (with its VTIMEZONE), about one in fifty a weekly series, with one to
 * five attendees by name and address (people of the generated plans, and others), some titles naming a person,
 * some cancelled. The same arguments always give the same text.
 */
import { personName } from './generatePlan';

const TITLES = ['Design review', 'Sprint planning', 'Architecture sync', 'Incident review', 'Roadmap check-in', 'Hiring debrief', 'Demo day', 'Retro', 'Team lunch', 'Planning poker'];
const OUTSIDERS = ['Alex Rivera', 'Robin Meyer', 'Kai Jensen', 'Noa Levi'];
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const two = (n: number) => String(n).padStart(2, '0');

function address(name: string): string {
  return `${name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]+/g, '.')}@larkspur.example`;
}

export function generateCalendar(people: number, options: { count?: number; seed?: number } = {}): string {
  const count = options.count ?? 2000;
  const next = random(options.seed ?? 7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Networking Plan//Bench calendar//EN', 'X-WR-TIMEZONE:Europe/Berlin', ...VTIMEZONE];
  const first = Date.UTC(2026, 5, 1);
  for (let i = 0; i < count; i++) {
    const day = new Date(first + Math.floor(next() * 365) * 86_400_000);
    const date = `${day.getUTCFullYear()}${two(day.getUTCMonth() + 1)}${two(day.getUTCDate())}`;
    const hour = 8 + Math.floor(next() * 10);
    const attendees = Array.from({ length: 1 + Math.floor(next() * 5) }, () => (next() < 0.8 ? personName(Math.floor(next() * people)) : pick(OUTSIDERS)));
    const titled = next() < 0.1 ? `Coffee with ${attendees[0]}` : pick(TITLES);
    lines.push('BEGIN:VEVENT', `UID:bench-${i}@larkspur.example`, 'DTSTAMP:20260501T080000Z');
    lines.push(`DTSTART;TZID=Europe/Berlin:${date}T${two(hour)}${next() < 0.5 ? '00' : '30'}00`, `DTEND;TZID=Europe/Berlin:${date}T${two(hour + 1)}0000`);
    if (i % 50 === 0) lines.push('RRULE:FREQ=WEEKLY', `EXDATE;TZID=Europe/Berlin:${date}T${two(hour)}0000`);
    if (next() < 0.03) lines.push('STATUS:CANCELLED');
    lines.push(`SUMMARY:${titled}`, `ORGANIZER;CN=${pick(OUTSIDERS)}:mailto:${address(pick(OUTSIDERS))}`);
    for (const name of attendees) lines.push(`ATTENDEE;CN=${name};PARTSTAT=${next() < 0.1 ? 'DECLINED' : 'ACCEPTED'}:mailto:${address(name)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}
