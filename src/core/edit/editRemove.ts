/** Removing a person's whole entry from `people`. */
import { endsInKeptBlockScalar } from './editDocument';
import { pairContentEnd } from './editFields';
import { itemSliceStart, parseItem, refuseEntry, type ParsedItem } from './editItem';
import {
  applySplices,
  contentEnd,
  isBlankOrCommentLine,
  isSpace,
  lineEndOf,
  nextLineStartOf,
  type Splice,
} from './textSplice';
import type { Person, Plan, Section, Span } from '../model';

/** The lines of a block entry: from its `- ` line to the end of its last line, with the line break. */
function entryLines(text: string, item: ParsedItem, span: Span): { start: number; end: number } {
  const start = itemSliceStart(text, span);
  if (!/^[ \t]*-/.test(text.slice(start, lineEndOf(text, start)))) refuseEntry('This entry does not start with its own "- " line.');
  const lastPair = item.pairs[item.pairs.length - 1];
  const last = item.flow || !lastPair ? contentEnd(text, span.start, span.end) : pairContentEnd(text, lastPair);
  return { start, end: nextLineStartOf(text, last) ?? lineEndOf(text, last) };
}

function onlyBlankOrComments(text: string): boolean {
  return text.split(/\r?\n/).every(isBlankOrCommentLine);
}

/** `people: []` once the last entry is gone, so the section still reads as a list. */
function emptyListMarker(text: string, section: Section): Splice {
  let colon = section.keySpan.end;
  while (text[colon] === ' ' || text[colon] === '\t') colon++;
  if (text[colon] !== ':' || !isBlankOrCommentLine(text.slice(colon + 1, lineEndOf(text, colon)))) {
    refuseEntry('"people:" is written in a way that cannot be emptied safely.');
  }
  return { start: colon + 1, end: colon + 1, insert: ' []' };
}

/** Past the whitespace-only lines from `from` (a line start). */
function pastBlankLines(text: string, from: number): number {
  let at = from;
  while (at < text.length && /^[ \t\r]*$/.test(text.slice(at, lineEndOf(text, at)))) {
    const next = nextLineStartOf(text, at);
    if (next === undefined) return text.length;
    at = next;
  }
  return at;
}

function removeBlockEntry(text: string, section: Section, item: ParsedItem, span: Span): string {
  const { start, end: entryEnd } = entryLines(text, item, span);
  // After a value that keeps its final line breaks (`|+`), the blank lines below the entry would join that value.
  const end = endsInKeptBlockScalar(text.slice(0, start)) ? pastBlankLines(text, entryEnd) : entryEnd;
  const splices: Splice[] = [{ start, end, insert: '' }];
  const before = text.slice(Math.min(section.valueSpan.start, start), start);
  const after = text.slice(end, Math.max(end, section.valueSpan.end));
  if (onlyBlankOrComments(before) && onlyBlankOrComments(after)) splices.push(emptyListMarker(text, section));
  return applySplices(text, splices);
}

/** Skips spaces, line breaks and comments inside a flow collection, forwards. */
function skipForward(text: string, from: number): number {
  let i = from;
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (text[i] !== '#') return i;
    i = lineEndOf(text, i);
  }
}

/**
 * `[a, b, c]` loses `b, ` (or `, c` when last, `a` when alone). Comments between the items stay:
 * only the entry, its comma and the spaces after that comma on the same line go.
 */
function removeFlowEntry(text: string, plan: Plan, section: Section, span: Span): string {
  if (text[section.valueSpan.start] !== '[') refuseEntry('"people" is not a list.');
  const next = skipForward(text, span.end);
  if (text[next] === ',') {
    let end = next + 1;
    while (text[end] === ' ' || text[end] === '\t') end++;
    return applySplices(text, [{ start: span.start, end, insert: '' }]);
  }
  const previous = plan.people.filter((p) => p.span.end <= span.start && p.span.start > section.valueSpan.start).pop();
  if (!previous) {
    let i = span.start;
    while (i > section.valueSpan.start && isSpace(text.charCodeAt(i - 1))) i--;
    if (i !== section.valueSpan.start + 1) refuseEntry('The [ ] list could not be shortened safely.');
    return applySplices(text, [{ start: span.start, end: span.end, insert: '' }]);
  }
  const comma = skipForward(text, previous.span.end);
  if (text[comma] !== ',' || skipForward(text, comma + 1) !== span.start) refuseEntry('The [ ] list could not be shortened safely.');
  if (/^[ \t]*$/.test(text.slice(comma + 1, span.start))) return applySplices(text, [{ start: comma, end: span.end, insert: '' }]);
  return applySplices(text, [
    { start: comma, end: comma + 1, insert: '' },
    { start: span.start, end: span.end, insert: '' },
  ]);
}

/**
 * The text without the person's entry: its lines from `- ` to its last value. Comment lines before
 * or after those (even inside the entry's indentation) stay; so do journal entries naming them.
 */
export function removePersonEntry(text: string, plan: Plan, person: Person): string {
  const item = parseItem(text, person.span);
  const section = plan.sections.people;
  if (section?.kind === 'flow') return removeFlowEntry(text, plan, section, person.span);
  if (section?.kind !== 'block') return refuseEntry('"people" is not a list.');
  return removeBlockEntry(text, section, item, person.span);
}
