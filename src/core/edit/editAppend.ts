/** Appending a new entry to `people` or `journal`, in the section's own style. */
import { afterEntryLines } from './editFields';
import { itemSliceStart, parseItem, refuseEntry } from './editItem';
import { addSection, blockEntryLines, fillEmptySection, flowEntry, itemGap, type NewField, type SectionName } from './editSection';
import { verifySlice } from './editVerify';
import { applySplices, insertionAfter, isFirstOnLine, isSpace, lineEndOf, lineStartOf, linesForInsertion } from './textSplice';
import type { Plan, Span } from '../model';

/**
 * The text with a new entry at the end of `which`. `lastItem` is the span of the section's last
 * entry as read (if it was readable); `expected` is the new entry as plain data.
 */
export function appendEntry(
  text: string,
  plan: Plan,
  which: SectionName,
  fields: readonly NewField[],
  expected: Record<string, unknown>,
  lastItem: Span | undefined,
): string {
  const section = plan.sections[which];
  if (!section) return addSection(text, plan, which, fields, expected);
  switch (section.kind) {
    case 'empty':
      return fillEmptySection(text, plan, which, section, fields, expected);
    case 'block':
      return appendBlock(text, plan, section.valueSpan, fields, expected, lastItem);
    case 'flow':
      return appendFlow(text, section.valueSpan, fields, expected, lastItem);
    default:
      return refuseEntry(`"${which}" is not a list of entries, so nothing can be added to it.`);
  }
}

function appendBlock(
  text: string,
  plan: Plan,
  valueSpan: Span,
  fields: readonly NewField[],
  expected: Record<string, unknown>,
  lastItem: Span | undefined,
): string {
  const indent = text.slice(lineStartOf(text, valueSpan.start), valueSpan.start);
  if (!/^[ \t]*$/.test(indent)) refuseEntry('The list does not start on its own line.');
  const last = lastItem && lastItem.end === valueSpan.end && isFirstOnLine(text, itemSliceStart(text, lastItem)) ? lastItem : undefined;
  const lines = blockEntryLines(indent, itemGap(text, last), fields);
  const lastEntry = last && parseItem(text, last);
  const { at, atTextEnd } = lastEntry ? afterEntryLines(text, lastEntry) : insertionAfter(text, valueSpan.end);
  const insert = linesForInsertion(lines, plan.eol, atTextEnd);
  const result = applySplices(text, [{ start: at, end: at, insert }]);
  if (lastEntry) {
    // The previous entry and the new one, read together, must be exactly what they were and what was meant.
    verifySlice(result.slice(lastEntry.start, at + insert.length), [lastEntry.data, expected]);
  } else {
    verifySlice(lines.join('\n'), [expected]);
  }
  return result;
}

/** `[a, b]` becomes `[a, b, {new}]`: only when the list ends with the last entry read (then `]`). */
function appendFlow(
  text: string,
  valueSpan: Span,
  fields: readonly NewField[],
  expected: Record<string, unknown>,
  lastItem: Span | undefined,
): string {
  if (text[valueSpan.start] === '{') return refuseEntry('This section holds a { } mapping, not a list of entries, so nothing can be added to it: make it a list ("- " entries, or [ ]).');
  if (text[valueSpan.start] !== '[' || !lastItem || lastItem.start < valueSpan.start || lastItem.end > valueSpan.end) {
    return refuseEntry('The [ ] list could not be extended safely.');
  }
  let i = lastItem.end;
  for (;;) {
    while (i < valueSpan.end && (isSpace(text.charCodeAt(i)) || text[i] === ',')) i++;
    if (text[i] !== '#') break;
    i = lineEndOf(text, i);
  }
  if (text[i] !== ']' || i !== valueSpan.end - 1) return refuseEntry('The [ ] list could not be extended safely.');
  verifySlice(`[${flowEntry(fields)}]`, [expected]);
  const insert = `, ${flowEntry(fields)}`;
  return applySplices(text, [{ start: lastItem.end, end: lastItem.end, insert }]);
}
