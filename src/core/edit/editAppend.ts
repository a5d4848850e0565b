/** Appending a new entry to `people` or `journal`, in the section's own style. */
import { afterEntryLines } from './editFields';
import { itemSliceStart, parseItem, refuseEntry } from './editItem';
import { addSection, blockEntriesLines, fillEmptySection, flowEntries, itemGap, type NewEntry, type SectionName } from './editSection';
import { verifySlice } from './editVerify';
import { applySplices, insertionAfter, isFirstOnLine, isSpace, lineEndOf, lineStartOf, linesForInsertion } from './textSplice';
import type { Plan, Span } from '../model';

/**
 * The text with new entries at the end of `which`, in one splice. `lastItem` is the span of the section's last
 * entry as read (if it was readable); each entry's `expected` is what it must read back as. `checkedWhole`: the
 * caller checks the new entries in the whole result, read back anyway (then a block list's slice is not parsed a
 * second time, which is most of the cost of appending thousands of entries).
 */
export function appendEntries(text: string, plan: Plan, which: SectionName, entries: readonly NewEntry[], lastItem: Span | undefined, checkedWhole = false): string {
  if (entries.length === 0) return text;
  const section = plan.sections[which];
  if (!section) return addSection(text, plan, which, entries);
  switch (section.kind) {
    case 'empty':
      return fillEmptySection(text, plan, which, section, entries);
    case 'block':
      return appendBlock(text, plan, section.valueSpan, entries, lastItem, checkedWhole);
    case 'flow':
      return appendFlow(text, section.valueSpan, entries, lastItem);
    default:
      return refuseEntry(`"${which}" is not a list of entries, so nothing can be added to it.`);
  }
}

function appendBlock(
  text: string,
  plan: Plan,
  valueSpan: Span,
  entries: readonly NewEntry[],
  lastItem: Span | undefined,
  checkedWhole: boolean,
): string {
  const indent = text.slice(lineStartOf(text, valueSpan.start), valueSpan.start);
  if (!/^[ \t]*$/.test(indent)) refuseEntry('The list does not start on its own line.');
  const last = lastItem && lastItem.end === valueSpan.end && isFirstOnLine(text, itemSliceStart(text, lastItem)) ? lastItem : undefined;
  const lines = blockEntriesLines(indent, itemGap(text, last), entries);
  const lastEntry = last && parseItem(text, last);
  const { at, atTextEnd } = lastEntry ? afterEntryLines(text, lastEntry) : insertionAfter(text, valueSpan.end);
  const insert = linesForInsertion(lines, plan.eol, atTextEnd);
  const result = applySplices(text, [{ start: at, end: at, insert }]);
  if (checkedWhole) return result;
  if (lastEntry) {
    // The previous entry and the new one, read together, must be exactly what they were and what was meant.
    verifySlice(result.slice(lastEntry.start, at + insert.length), [lastEntry.data, ...entries.map((e) => e.expected)]);
  } else {
    verifySlice(lines.join('\n'), entries.map((e) => e.expected));
  }
  return result;
}

/** `[a, b]` becomes `[a, b, {new}]`: only when the list ends with the last entry read (then `]`). */
function appendFlow(text: string, valueSpan: Span, entries: readonly NewEntry[], lastItem: Span | undefined): string {
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
  verifySlice(`[${flowEntries(entries)}]`, entries.map((e) => e.expected));
  const insert = `, ${flowEntries(entries)}`;
  return applySplices(text, [{ start: lastItem.end, end: lastItem.end, insert }]);
}
