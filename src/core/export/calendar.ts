/**
 * iCalendar (RFC 5545) export: one all-day event per scheduled person, on their next contact. A contact that is due
 * or overdue is placed on today (a past day is where nobody looks), its own date first in the description.
 */
import { addDays, daysBetween, formatCadence, type PersonStatus, type Plan, type PlanView } from '../model';

export const DEFAULT_PRODUCT_ID = '-//Networking Plan//Networking Plan 1.0//EN';
const UID_DOMAIN = 'networking-plan';
const MAX_LINE_OCTETS = 75;
const CRLF = '\r\n';

const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
// C0 and C1 controls: line breaks (normalized to \n) are escaped, a tab becomes a space, the rest are dropped.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes a TEXT value so that nothing in it can end the line or start another property. */
export function escapeText(text: string): string {
  return text
    .replace(LINE_BREAKS, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROLS, (c) => (c === '\n' ? c : ''))
    .replace(LONE_SURROGATES, '\uFFFD')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line at 75 octets of UTF-8, continuation lines starting with a space. Breaks fall
 * between code points, and never inside a backslash escape, which some readers do not rejoin.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  const characters = Array.from(line);
  for (let i = 0; i < characters.length; i++) {
    let token = characters[i];
    if (token === '\\' && i + 1 < characters.length) token += characters[++i];
    let size = 0;
    for (const ch of token) size += utf8Length(ch.codePointAt(0)!);
    if (octets + size > limit && current !== '') {
      pieces.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += token;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

/** A 64-bit FNV-1a style hash as 16 hex digits: stable across runs, machines and versions. */
function hashHex(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * The UID of a person's event: from the plan's label (when given) and the normalized name, never from the date, so it
 * survives reordering, rescheduling and edits of other fields. Without a label it is the name's alone.
 */
export function personUid(name: string, occurrence = 1, plan = ''): string {
  const key = name.trim().toLowerCase();
  const hash = hashHex(plan === '' ? key : `${plan}\n${key}`);
  return `${occurrence > 1 ? `${hash}-${occurrence}` : hash}@${UID_DOMAIN}`;
}

/** The day the event is on: the next contact, or today when it is due or late. */
export function eventDay(status: PersonStatus, today: string): string {
  return status.next! < today ? today : status.next!;
}

const SEQUENCE_EPOCH = '2000-01-01';

/**
 * RFC 5545's revision number, derived (there is no stored state): days from 2000-01-01 to the event's day plus the
 * contacts logged with the person. Logging a contact, snoozing, and a late contact rolling on to the next day all
 * raise it; only moving `next` earlier by hand lowers it.
 */
export function eventSequence(status: PersonStatus, today: string): number {
  return Math.max(0, daysBetween(SEQUENCE_EPOCH, eventDay(status, today))) + status.entries.length;
}

/** "Due 2026-11-26 (9 days late)", or "Due today"; undefined for a future contact. */
export function dueLine(status: PersonStatus, today: string): string | undefined {
  const late = daysBetween(status.next!, today);
  if (late < 0) return undefined;
  if (late === 0) return 'Due today';
  return `Due ${status.next!} (${late === 1 ? '1 day' : `${late} days`} late)`;
}

function compactDate(date: string): string {
  return date.replace(/-/g, '');
}

function describe(status: PersonStatus, today: string): string {
  const { person } = status;
  const lines: string[] = [];
  const due = dueLine(status, today);
  if (due) lines.push(due);
  if (person.how) lines.push(`How: ${person.how}`);
  if (person.role) lines.push(`Role: ${person.role}`);
  if (person.topics.length > 0) lines.push(`Topics: ${person.topics.join(', ')}`);
  lines.push(status.lastContact ? `Last contact: ${status.lastContact}` : 'No contact logged yet');
  lines.push(`Cadence: ${formatCadence(person.cadence)}`);
  return lines.join('\n');
}

function eventLines(status: PersonStatus, uid: string, today: string): string[] {
  const next = eventDay(status, today);
  const dayAfter = addDays(next, 1);
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${compactDate(today)}T000000Z`,
    `SEQUENCE:${eventSequence(status, today)}`,
    `DTSTART;VALUE=DATE:${compactDate(next)}`,
    // On 9999-12-31 there is no day after to write; an all-day event without DTEND lasts one day (RFC 5545).
    ...(dayAfter > next ? [`DTEND;VALUE=DATE:${compactDate(dayAfter)}`] : []),
    `SUMMARY:${escapeText(`Networking: ${status.person.name}`)}`,
    `DESCRIPTION:${escapeText(describe(status, today))}`,
    'CATEGORIES:Networking',
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export interface CalendarOptions {
  productId?: string;
  /** A label of the plan that goes into every UID, for calendars that hold events of several plans. */
  planLabel?: string;
  /** Only this person (their key, the trimmed lower-cased name): a one-event calendar. */
  onlyKey?: string;
}

/** One plan's part of a calendar. */
export interface CalendarPart {
  view: PlanView;
  /** Goes into every UID of the part's events; give each part its own when a calendar holds several plans. */
  planLabel?: string;
  onlyKey?: string;
}

/**
 * The calendar of next contacts (people in file order) for the plan `view` was derived from. DTSTAMP
 * is taken from `view.today`, so the same plan and day always give the same bytes.
 */
export function exportCalendar(_plan: Plan, view: PlanView, options: CalendarOptions = {}): string {
  return exportCalendars([{ view, planLabel: options.planLabel, onlyKey: options.onlyKey }], options);
}

/** One calendar of the next contacts of several plans, the events of each in file order. */
export function exportCalendars(parts: readonly CalendarPart[], options: { productId?: string } = {}): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.productId ?? DEFAULT_PRODUCT_ID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Networking Plan',
  ];
  for (const part of parts) lines.push(...partLines(part));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function partLines({ view, planLabel, onlyKey }: CalendarPart): string[] {
  const lines: string[] = [];
  const occurrences = new Map<string, number>();
  for (const status of view.people) {
    const key = status.person.name.trim().toLowerCase();
    if (!status.scheduled || status.next === undefined || key === '') continue;
    const occurrence = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, occurrence);
    if (onlyKey !== undefined && (status.person.key !== onlyKey || occurrence > 1)) continue;
    lines.push(...eventLines(status, personUid(key, occurrence, planLabel), view.today));
  }
  return lines;
}
