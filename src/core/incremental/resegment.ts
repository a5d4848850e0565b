import { LineScanner, type ItemsSegment, type TopSegment } from './segments';
import type { TextChange } from './textChange';

/**
 * The split of `text` from the split of the text before it, scanning only the lines around the
 * change: from the item before the change to the first line past it, after which the old split
 * holds again (shifted). Undefined when the change is not inside one `people`/`journal` item list
 * (or touches anything the full split would look at twice): the caller then splits the whole text.
 *
 * Why the rest of the old split holds: what the scanner makes of a line depends only on that line
 * and on the section it is in. Past the change the lines are the old ones, and as long as no
 * top-level key was met the section is the old one too.
 */
export function resegment(before: string, sections: TopSegment[], text: string, change: TextChange): TopSegment[] | undefined {
  const { prefix: changeStart, delta } = change;
  const changeEnd = change.newLength - change.suffix;
  if (changeStart === 0 || hasLoneCarriageReturn(text, changeStart - 1, changeEnd)) return undefined;
  // The section holding the whole change, in the old text's offsets.
  const oldChangeEnd = before.length - change.suffix;
  const at = sections.findIndex((s) => s.kind === 'items' && s.start < changeStart && oldChangeEnd <= s.end);
  const section = sections[at] as ItemsSegment | undefined;
  if (!section || section.kind !== 'items') return undefined;
  // The last item starting before the change; not the first one, whose line also settles the items' indentation.
  const item = lastBefore(section.starts, changeStart);
  if (item < 1) return undefined;
  const starts = section.starts.slice(0, item);
  const scanner = new LineScanner(text, { kind: 'items', key: section.key, start: section.start, itemIndent: section.itemIndent, starts });
  const untilChange = sections.slice(0, at);
  let pos = section.starts[item];
  while (pos < text.length) {
    const old = pos - delta;
    if (pos >= changeEnd && old < section.end && (old === 0 || before.charCodeAt(old - 1) === 10)) {
      for (let i = lastBefore(section.starts, old) + 1; i < section.starts.length; i++) starts.push(section.starts[i] + delta);
      const resumed: TopSegment = { ...section, end: section.end + delta, starts };
      return [...untilChange, resumed, ...sections.slice(at + 1).map((s) => shiftSegment(s, delta))];
    }
    pos = scanner.line(pos, true);
    if (pos < 0) return undefined;
  }
  // The change removed everything after this section.
  return starts.length > 0 ? [...untilChange, { ...section, end: text.length, starts }] : undefined;
}

/** The index of the last start before `offset` (-1 if none). */
function lastBefore(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

function shiftSegment(segment: TopSegment, delta: number): TopSegment {
  if (segment.kind === 'whole') return { ...segment, start: segment.start + delta, end: segment.end + delta };
  return { ...segment, start: segment.start + delta, end: segment.end + delta, starts: segment.starts.map((s) => s + delta) };
}

/** A `\r` not followed by `\n` from `from` to before `to` (the full split gives up on those). */
function hasLoneCarriageReturn(text: string, from: number, to: number): boolean {
  for (let i = text.indexOf('\r', from); i >= 0 && i < to; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) return true;
  }
  return false;
}
