/** Splices that set, add or remove one field of a parsed entry, in the entry's own style. */
import { refuseEntry, type ItemPair, type ParsedItem } from './editItem';
import { formatScalar } from './yamlText';
import {
  columnOf,
  contentEnd,
  insertionAfter,
  isFirstOnLine,
  lineEndOf,
  lineStartOf,
  linesForInsertion,
  nextLineStartOf,
  type Splice,
} from './textSplice';

/** Just after the `:` that ends a pair's key. */
export function afterColon(text: string, pair: ItemPair): number {
  let i = pair.keyEnd;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] !== ':') refuseEntry(`The field "${pair.key ?? ''}" is written in an unusual way.`);
  return i + 1;
}

/** Where a pair's written content ends (its value's last character, or its colon when empty). */
export function pairContentEnd(text: string, pair: ItemPair): number {
  if (pair.kind === 'empty') return afterColon(text, pair);
  return contentEnd(text, pair.valueStart, pair.valueEnd);
}

/** Replaces a value with `valueText` (already YAML); an empty value gets it after its colon. */
export function replaceValue(text: string, pair: ItemPair, valueText: string): Splice {
  if (pair.kind === 'empty') {
    const at = afterColon(text, pair);
    return { start: at, end: at, insert: ` ${valueText}` };
  }
  return { start: pair.valueStart, end: contentEnd(text, pair.valueStart, pair.valueEnd), insert: valueText };
}

/** Sets a text field that already exists; refuses to overwrite a list or mapping (that would lose data). */
export function replaceText(text: string, item: ParsedItem, pair: ItemPair, value: string): Splice {
  if (pair.kind !== 'scalar' && pair.kind !== 'empty') {
    refuseEntry(`"${pair.key ?? ''}" holds a list or mapping, not text, so setting it would lose what it holds.`);
  }
  const like = pair.kind === 'scalar' ? pair.source : undefined;
  return replaceValue(text, pair, formatScalar(value, item.flow ? 'flow' : 'block', like));
}

/** The indentation of the entry's keys, copied from a key that starts its line. */
function keyIndent(text: string, item: ParsedItem): string {
  for (const pair of item.pairs) {
    if (isFirstOnLine(text, pair.keyStart)) return text.slice(lineStartOf(text, pair.keyStart), pair.keyStart);
  }
  return ' '.repeat(columnOf(text, item.pairs[0].keyStart));
}

/** Adds `key: valueText` after the entry's last field: a new line (block) or `, key: value` (flow). */
export function insertField(text: string, item: ParsedItem, key: string, valueText: string, eol: string): Splice {
  const last = item.pairs[item.pairs.length - 1];
  if (!last) refuseEntry('This entry has no fields.');
  if (item.flow) {
    const at = last.kind === 'empty' ? last.valueEnd : contentEnd(text, last.valueStart, last.valueEnd);
    return { start: at, end: at, insert: `, ${key}: ${valueText}` };
  }
  const { at, atTextEnd } = afterPairLines(text, last);
  return { start: at, end: at, insert: linesForInsertion([`${keyIndent(text, item)}${key}: ${valueText}`], eol, atTextEnd) };
}

/**
 * Where new lines go after a pair: after its value's line (its comment stays on it), before any
 * comment lines that follow. A block scalar's kept trailing blank lines belong to it, so its own
 * range end is used rather than its last character.
 */
export function afterPairLines(text: string, pair: ItemPair): { at: number; atTextEnd: boolean } {
  return insertionAfter(text, pair.kind === 'empty' ? afterColon(text, pair) : pair.valueEnd);
}

/** Where new lines go after a whole entry (see `afterPairLines`). */
export function afterEntryLines(text: string, item: ParsedItem): { at: number; atTextEnd: boolean } {
  const last = item.pairs[item.pairs.length - 1];
  if (item.flow || !last) return insertionAfter(text, contentEnd(text, item.start, item.end));
  return afterPairLines(text, last);
}

/** The end of a pair's last line, with its line break (or the text's end). */
function endOfPairLines(text: string, pair: ItemPair): number {
  const end = pairContentEnd(text, pair);
  return nextLineStartOf(text, end) ?? lineEndOf(text, end);
}

/** Removes a field: its whole lines in a block entry (with its own comment), `key: value,` in a flow one. */
export function removeField(text: string, item: ParsedItem, index: number): Splice {
  const pair = item.pairs[index];
  const next = item.pairs[index + 1];
  if (item.flow) {
    if (next) return { start: pair.keyStart, end: next.keyStart, insert: '' };
    const previous = item.pairs[index - 1];
    if (!previous) refuseEntry('An entry cannot lose its only field.');
    return { start: pairContentEnd(text, previous), end: pairContentEnd(text, pair), insert: '' };
  }
  if (isFirstOnLine(text, pair.keyStart)) {
    return { start: lineStartOf(text, pair.keyStart), end: endOfPairLines(text, pair), insert: '' };
  }
  // The field shares the `- ` line: the next field moves up onto that line.
  const linesEnd = endOfPairLines(text, pair);
  if (!next || text.slice(linesEnd, next.keyStart).includes('#')) {
    refuseEntry(`The field "${pair.key ?? ''}" shares its line with the start of the entry.`);
  }
  return { start: pair.keyStart, end: next.keyStart, insert: '' };
}
