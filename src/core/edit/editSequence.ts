/** Splices that make a list field (`lists`, `topics`) hold given texts, keeping its style. */
import { refuseEntry, type ItemPair, type SeqItem } from './editItem';
import { afterColon, replaceValue } from './editFields';
import { formatFlowList, formatScalar } from './yamlText';
import {
  contentEnd,
  insertionAfter,
  lineEndOf,
  lineStartOf,
  linesForInsertion,
  nextLineStartOf,
  type Splice,
} from './textSplice';

/** Splices that make `pair`'s value the list `values`. */
export function setListSplices(text: string, pair: ItemPair, values: readonly string[], eol: string): Splice[] {
  switch (pair.kind) {
    case 'empty':
    case 'scalar':
      return [replaceValue(text, pair, formatFlowList(values))];
    case 'flow-seq':
      return [rewriteFlowList(text, pair, values)];
    case 'block-seq':
      return blockListSplices(text, pair, values, eol);
    default:
      return refuseEntry(`"${pair.key ?? ''}" should be a list but holds a mapping.`);
  }
}

function requireTextItems(pair: ItemPair): void {
  if (pair.items.some((item) => item.text === undefined)) {
    refuseEntry(`"${pair.key ?? ''}" holds something other than texts.`);
  }
}

/** For each wanted value, the source of an existing item with that text (so its quoting stays). */
function sourcesFor(pair: ItemPair, values: readonly string[], context: 'flow' | 'block'): string[] {
  const used = new Set<SeqItem>();
  return values.map((value) => {
    const existing = pair.items.find((item) => item.text === value && !used.has(item));
    if (!existing) return formatScalar(value, context);
    used.add(existing);
    return existing.source;
  });
}

/** `[a, b]` written again with the new items (a flow list sits on one line and holds no comments). */
function rewriteFlowList(text: string, pair: ItemPair, values: readonly string[]): Splice {
  requireTextItems(pair);
  let outside = text.slice(pair.valueStart, pair.valueEnd);
  for (const item of [...pair.items].reverse()) {
    outside = outside.slice(0, item.start - pair.valueStart) + outside.slice(item.end - pair.valueStart);
  }
  if (outside.includes('#')) refuseEntry(`"${pair.key ?? ''}" has comments inside its [ ] list.`);
  const sources = sourcesFor(pair, values, 'flow');
  const padded = /^\[[ \t]/.test(pair.source) && sources.length > 0;
  const written = sources.length === 0 ? '[]' : padded ? `[ ${sources.join(', ')} ]` : `[${sources.join(', ')}]`;
  return { start: pair.valueStart, end: pair.valueEnd, insert: written };
}

/** The lines of one `- item` (with its own comment and line break). */
function itemLines(text: string, item: SeqItem): { start: number; end: number; prefix: string } {
  const start = lineStartOf(text, item.start);
  const prefix = text.slice(start, item.start);
  if (!/^[ \t]*-[ \t]+$/.test(prefix)) refuseEntry('A list item does not start its own "- " line.');
  const last = contentEnd(text, item.start, item.end);
  return { start, end: nextLineStartOf(text, last) ?? lineEndOf(text, last), prefix };
}

function inPlace(text: string, item: SeqItem, source: string): Splice {
  return { start: item.start, end: contentEnd(text, item.start, item.end), insert: source };
}

/**
 * A block list keeps its items' lines: removed items lose their lines and new ones are added after
 * the last item, unless the wanted order differs, in which case the items are rewritten in place.
 */
function blockListSplices(text: string, pair: ItemPair, values: readonly string[], eol: string): Splice[] {
  requireTextItems(pair);
  const lines = pair.items.map((item) => itemLines(text, item));
  const wanted = new Set(values);
  const kept: SeqItem[] = [];
  for (const item of pair.items) {
    if (wanted.has(item.text as string) && !kept.some((k) => k.text === item.text)) kept.push(item);
  }
  const keptTexts = new Set(kept.map((item) => item.text));
  const added = values.filter((value, i) => !keptTexts.has(value) && values.indexOf(value) === i);
  const inOrder = [...kept.map((item) => item.text), ...added].join('\u0000') === values.join('\u0000');
  const lastItem = pair.items[pair.items.length - 1];
  const prefix = lines[lines.length - 1].prefix;
  const splices: Splice[] = [];
  if (values.length === 0) {
    for (const line of lines) splices.push({ start: line.start, end: line.end, insert: '' });
    const at = afterColon(text, pair);
    splices.push({ start: at, end: at, insert: ' []' });
    return splices;
  }
  if (inOrder) {
    const toAdd = added.map((value) => formatScalar(value, 'block'));
    pair.items.forEach((item, i) => {
      // A removed last item makes room for the first new one (its line break, or lack of one, stays).
      if (item === lastItem && !kept.includes(item) && toAdd.length > 0) splices.push(inPlace(text, item, toAdd.shift() as string));
      else if (!kept.includes(item)) splices.push({ start: lines[i].start, end: lines[i].end, insert: '' });
    });
    if (toAdd.length > 0) {
      const { at, atTextEnd } = insertionAfter(text, lastItem.end);
      splices.push({ start: at, end: at, insert: linesForInsertion(toAdd.map((source) => prefix + source), eol, atTextEnd) });
    }
    return splices;
  }
  // Another order: the item texts are rewritten in place; surplus lines go, missing ones are added.
  const sources = sourcesFor(pair, values, 'block');
  pair.items.forEach((item, i) => {
    if (i < sources.length) splices.push(inPlace(text, item, sources[i]));
    else splices.push({ start: lines[i].start, end: lines[i].end, insert: '' });
  });
  if (sources.length > pair.items.length) {
    const { at, atTextEnd } = insertionAfter(text, lastItem.end);
    const newLines = sources.slice(pair.items.length).map((source) => prefix + source);
    splices.push({ start: at, end: at, insert: linesForInsertion(newLines, eol, atTextEnd) });
  }
  return splices;
}
