/**
 * Wall-clock times in a named IANA time zone that the calendar file does not define (some exports name the zone
 * without a VTIMEZONE): the runtime's own time-zone data says what instant they are.
 */

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function formatter(zone: string): Intl.DateTimeFormat | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  } catch {
    return undefined;
  }
}

/** Whether the runtime knows `zone` (e.g. "Europe/Berlin"). */
export function isKnownZone(zone: string): boolean {
  return formatter(zone) !== undefined;
}

function offsetAt(format: Intl.DateTimeFormat, instant: number): number {
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second) - instant;
}

/** The instant (ms) of a wall-clock time in `zone`; a time skipped by a daylight-saving change moves forward. */
export function instantInZone(time: WallTime, zone: string): number | undefined {
  const format = formatter(zone);
  if (!format) return undefined;
  const wall = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  const first = wall - offsetAt(format, wall);
  const second = wall - offsetAt(format, first);
  return Math.max(first, second);
}
