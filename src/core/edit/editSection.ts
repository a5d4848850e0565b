/** A new entry's layout, giving it a section when `people:` / `journal:` is empty or missing, and setting a key of `settings:`. */
import { applyChanges, withField } from './editApply';
import { insertField, replaceText } from './editFields';
import { parseMappingValue, refuseEntry } from './editItem';
import { EditError } from './editTypes';
import { verifySlice } from './editVerify';
import { endOfContent, endsInKeptBlockScalar, rootIsFlow, topKeyColumn } from './editDocument';
import {
  applySplices,
  columnOf,
  insertionAfter,
  isBlankOrCommentLine,
  isFirstOnLine,
  lineEndOf,
  lineStartOf,
  linesForInsertion,
  nextLineStartOf,
} from './textSplice';
import type { Plan, Section, Span } from '../model';
import { formatScalar } from './yamlText';

/** One field of a new entry, written for a block mapping and for a flow one. */
export interface NewField {
  key: string;
  block: string;
  flow: string;
}

export type SectionName = 'people' | 'journal';

/** One new entry: its fields as written, and the plain data it must read back as. */
export interface NewEntry {
  fields: readonly NewField[];
  expected: Record<string, unknown>;
}

/** The lines of several new block entries, one after the other. */
export function blockEntriesLines(indent: string, gap: string, entries: readonly NewEntry[]): string[] {
  return entries.flatMap((entry) => blockEntryLines(indent, gap, entry.fields));
}

/** Several entries as flow mappings separated by ", ". */
export function flowEntries(entries: readonly NewEntry[]): string {
  return entries.map((entry) => flowEntry(entry.fields)).join(', ');
}

/** The lines of a new block entry: `- first: x`, then the other fields under it. */
export function blockEntryLines(indent: string, gap: string, fields: readonly NewField[]): string[] {
  const keyIndent = indent + ' '.repeat(1 + gap.length);
  return fields.map((field, i) => `${i === 0 ? `${indent}-${gap}` : keyIndent}${field.key}: ${field.block}`);
}

export function flowEntry(fields: readonly NewField[]): string {
  return `{${fields.map((field) => `${field.key}: ${field.flow}`).join(', ')}}`;
}

/** The spaces between `-` and the first key, as in the entry at `item` (one space by default). */
export function itemGap(text: string, item: Span | undefined): string {
  if (!item) return ' ';
  const match = /^[ \t]*-( +)$/.exec(text.slice(lineStartOf(text, item.start), item.start));
  return match ? match[1] : ' ';
}

/** How far the other section indents its items under its key (2 when it cannot tell). */
function itemOffset(text: string, plan: Plan, which: SectionName): number {
  const other = plan.sections[which === 'people' ? 'journal' : 'people'];
  if (other?.kind !== 'block' || other.itemIndent === undefined) return 2;
  const offset = other.itemIndent - columnOf(text, other.keySpan.start);
  return offset >= 0 ? offset : 2;
}

/** Appends `which:` with the entry at the end of the plan (after a final line break). */
export function addSection(text: string, plan: Plan, which: SectionName, entries: readonly NewEntry[]): string {
  const keyIndent = ' '.repeat(topKeyColumn(text, plan));
  const lines = [`${keyIndent}${which}:`, ...blockEntriesLines(keyIndent + ' '.repeat(itemOffset(text, plan, which)), ' ', entries)];
  verifySlice(lines.join('\n'), { [which]: entries.map((e) => e.expected) });
  return appendLines(text, plan, lines, which);
}

/** Appends whole lines after the plan's content (after a final line break). */
function appendLines(text: string, plan: Plan, lines: readonly string[], which: string): string {
  let at = endOfContent(text);
  // Blank lines holding tabs at the end are harmless there, but not between a key and the new section.
  const blankTail = trailingBlankLines(text);
  if (at === text.length && /	/.test(text.slice(blankTail))) at = blankTail;
  if (at === text.length && endsInKeptBlockScalar(text)) {
    refuseEntry(`The plan ends inside a block text that keeps its final line breaks (|+), so "${which}:" cannot be added after it.`);
  }
  const needsBreak = at > 0 && text[at - 1] !== '\n' && !(at === 1 && text.charCodeAt(0) === 0xfeff);
  const insert = (needsBreak ? plan.eol : '') + lines.map((line) => line + plan.eol).join('');
  return applySplices(text, [{ start: at, end: at, insert }]);
}

/** Where the whitespace-only lines at the end of the text start (after a line break), or the text's length. */
function trailingBlankLines(text: string): number {
  let at = text.length;
  for (;;) {
    const start = lineStartOf(text, at);
    if (start === 0 || !/^[ \t\r]*$/.test(text.slice(start, at))) return at === text.length || text[at] !== '\n' ? at : at + 1;
    at = start - 1;
  }
}

/** `journal:` (or `journal: []`, `journal: ~`) becomes a block list holding the entry; a `[ ]` over several lines gets it inside. */
export function fillEmptySection(
  text: string,
  plan: Plan,
  which: SectionName,
  section: Section,
  entries: readonly NewEntry[],
): string {
  const { valueSpan } = section;
  if (text[valueSpan.start] === '[' && (rootIsFlow(text) || lineEndOf(text, valueSpan.start) < valueSpan.end)) {
    // A [ ] over several lines (maybe holding comments), or inside a { } plan: the entry goes in as `[{...}`.
    verifySlice(`[${flowEntries(entries)}]`, entries.map((e) => e.expected));
    return applySplices(text, [{ start: valueSpan.start + 1, end: valueSpan.start + 1, insert: flowEntries(entries) }]);
  }
  if (rootIsFlow(text)) {
    refuseEntry(`The plan is written as one { } block, and its empty "${which}" cannot be filled in safely: write the entry by hand, as ${which}: [{...}].`);
  }
  topKeyColumn(text, plan);
  const keyStart = section.keySpan.start;
  let colon = section.keySpan.end;
  while (text[colon] === ' ' || text[colon] === '\t') colon++;
  const lineEnd = lineEndOf(text, colon);
  // The empty value itself (`~`, `[]`) goes; the spaces before a comment stay, or `journal:# c` would be one key.
  const rest = /^((?:[ \t]*(?:~|null|Null|NULL|\[[ \t]*\]))?)([ \t]*(?:#[^\n]*)?)$/.exec(text.slice(colon + 1, lineEnd));
  if (!isFirstOnLine(text, keyStart) || text[colon] !== ':' || !rest || valueSpan.end > lineEnd || !onlyCommentsUnder(text, lineEnd, columnOf(text, keyStart))) {
    return refuseEntry(`"${which}:" is written in a way that cannot be extended safely.`);
  }
  const indent = ' '.repeat(columnOf(text, keyStart) + itemOffset(text, plan, which));
  const lines = blockEntriesLines(indent, ' ', entries);
  verifySlice(lines.join('\n'), entries.map((e) => e.expected));
  const { at, atTextEnd } = insertionAfter(text, lineEnd);
  const keepApart = rest[1] !== '' && rest[2].startsWith('#') ? ' ' : '';
  return applySplices(text, [
    { start: colon + 1, end: colon + 1 + rest[1].length, insert: keepApart },
    { start: at, end: at, insert: linesForInsertion(lines, plan.eol, atTextEnd) },
  ]);
}

/** True when the lines after `from` hold nothing but comments until content at `column` or less. */
function onlyCommentsUnder(text: string, from: number, column: number): boolean {
  let pos = nextLineStartOf(text, from);
  while (pos !== undefined && pos < text.length) {
    const line = text.slice(pos, lineEndOf(text, pos));
    if (!isBlankOrCommentLine(line)) return line.length - line.trimStart().length <= column;
    pos = nextLineStartOf(text, pos);
  }
  return true;
}

/** Sets `settings.<key>` to the text `value`: in place, as a new key, or in a new `settings:` section. */
export function setSetting(text: string, plan: Plan, key: string, value: string): string {
  const section = plan.sections.settings;
  if (!section) return addSettings(text, plan, key, value);
  if (section.kind === 'empty' || /^\{[ \t]*\}$/.test(text.slice(section.valueSpan.start, section.valueSpan.end))) {
    return fillEmptySettings(text, plan, section, key, value);
  }
  const item = parseMappingValue(text, section.valueSpan);
  const pair = item.pairs.find((p) => p.key === key);
  if (pair?.kind === 'scalar' && pair.text === value) throw new EditError('no-change', `settings.${key} is already ${value}.`);
  const splice = pair ? replaceText(text, item, pair, value) : insertField(text, item, key, formatScalar(value, item.flow ? 'flow' : 'block'), plan.eol);
  return applyChanges(text, [{ item, splices: [splice], expected: withField(item.data, key, value) }]);
}

/** `settings:` (or `settings: ~`, `settings: {}`) gets the key on a line of its own under it. */
function fillEmptySettings(text: string, plan: Plan, section: Section, key: string, value: string): string {
  const keyStart = section.keySpan.start;
  let colon = section.keySpan.end;
  while (text[colon] === ' ' || text[colon] === '\t') colon++;
  const lineEnd = lineEndOf(text, colon);
  // The empty value itself (`~`, `{}`) goes; the spaces before a comment stay, or `settings:# c` would be one key.
  const rest = /^((?:[ \t]*(?:~|null|Null|NULL|\{[ \t]*\}))?)([ \t]*(?:#[^\n]*)?)$/.exec(text.slice(colon + 1, lineEnd).replace(/\r$/, ''));
  if (rootIsFlow(text) || !isFirstOnLine(text, keyStart) || text[colon] !== ':' || !rest || !onlyCommentsUnder(text, lineEnd, columnOf(text, keyStart))) {
    return refuseEntry('"settings:" is written in a way that cannot be extended safely.');
  }
  const line = `${' '.repeat(columnOf(text, keyStart) + 2)}${key}: ${formatScalar(value, 'block')}`;
  verifySlice(`settings:\n${line}`, { settings: { [key]: value } });
  const { at, atTextEnd } = insertionAfter(text, lineEnd);
  return applySplices(text, [
    { start: colon + 1, end: colon + 1 + rest[1].length, insert: '' },
    { start: at, end: at, insert: linesForInsertion([line], plan.eol, atTextEnd) },
  ]);
}

/** A new `settings:` section: before `people:` / `journal:` (and the comment lines right above it), or at the end. */
function addSettings(text: string, plan: Plan, key: string, value: string): string {
  const indent = ' '.repeat(topKeyColumn(text, plan));
  const lines = [`${indent}settings:`, `${indent}  ${key}: ${formatScalar(value, 'block')}`];
  verifySlice(lines.join('\n'), { settings: { [key]: value } });
  const first = [plan.sections.people, plan.sections.journal]
    .filter((section): section is Section => section !== undefined && isFirstOnLine(text, section.keySpan.start))
    .map((section) => section.keySpan.start)
    .sort((a, b) => a - b)[0];
  if (first === undefined) return appendLines(text, plan, lines, 'settings');
  let at = lineStartOf(text, first);
  while (at > 0) {
    const above = lineStartOf(text, at - 1);
    if (!/^[ \t]*#/.test(text.slice(above, at))) break;
    at = above;
  }
  if (at === 0 && text.charCodeAt(0) === 0xfeff) at = 1;
  return applySplices(text, [{ start: at, end: at, insert: lines.map((line) => line + plan.eol).join('') }]);
}
