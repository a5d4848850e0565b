/**
 * One item of `people` or `journal` parsed on its own: edits read and re-check only the text of
 * the entry they change, never the whole file.
 */
import { isMap, isScalar, isSeq, parseDocument, visit, type Node, type Pair } from 'yaml';
import { EditError } from './editTypes';
import { PARSE_OPTIONS } from '../read';
import { lineEndOf, lineStartOf } from './textSplice';
import type { Span } from '../model';

export interface SeqItem {
  /** The item's text when it is a scalar. */
  text?: string;
  start: number;
  end: number;
  source: string;
}

export interface ItemPair {
  key?: string;
  keyStart: number;
  keyEnd: number;
  /** Where the value is; for an empty value, an empty range where it would go. */
  valueStart: number;
  valueEnd: number;
  kind: 'empty' | 'scalar' | 'flow-seq' | 'block-seq' | 'other';
  /** The value's source text (for a scalar: with its quotes). */
  source: string;
  /** For a mapping value: its keys that are scalars (e.g. the names in `gave: {Dana Lee: the article}`). */
  mapKeys?: SeqItem[];
  /** For a scalar: the text it reads as. */
  text?: string;
  items: SeqItem[];
}

export interface ParsedItem {
  /** The slice that was parsed: from the item's line (block) or its `{` (flow) to its end. */
  start: number;
  end: number;
  /** A flow mapping `{name: X, ...}`. */
  flow: boolean;
  pairs: ItemPair[];
  /** The entry as plain data, to check an edit against. */
  data: Record<string, unknown>;
}

/**
 * Where an item's text starts: its `- ` line in a block sequence (also when the `-` stands alone on
 * the line before), the node itself otherwise.
 */
export function itemSliceStart(text: string, span: Span): number {
  const lineStart = lineStartOf(text, span.start);
  const prefix = text.slice(lineStart, span.start);
  if (/^[ \t]*-[ \t]+$/.test(prefix)) return lineStart;
  if (/^[ \t]*$/.test(prefix) && text[span.start] !== '{' && lineStart > 0) {
    const dashLine = lineStartOf(text, lineStart - 1);
    if (/^[ \t]*-[ \t]*\r?$/.test(text.slice(dashLine, lineStart - 1))) return dashLine;
  }
  return span.start;
}

/**
 * The end of a block entry's last line (without its line break): the span may end inside that line
 * (after a key with an empty value, before a comment). A flow entry `{...}` ends where it ends.
 */
function itemEnd(text: string, span: Span): number {
  if (text[span.start] === '{' || span.end === 0 || text.charCodeAt(span.end - 1) === 10) return span.end;
  return lineEndOf(text, span.end);
}

export function refuseEntry(why: string): never {
  throw new EditError('invalid-value', `${why} Nothing was changed; edit this entry by hand.`);
}

/** Parses one entry's text on its own; refuses what cannot be edited safely (errors, anchors, outside aliases). */
export function parseEntry(slice: string): { map: Node; data: Record<string, unknown> } {
  const doc = parseDocument(slice, PARSE_OPTIONS);
  if (doc.errors.length > 0) refuseEntry('This entry cannot be read on its own (it uses YAML that spans entries).');
  // An anchor (&name) may be aliased elsewhere: changing or removing its entry would change those too.
  let anchored = false;
  visit(doc, (_key, node) => {
    if ((node as { anchor?: string } | null)?.anchor) anchored = true;
  });
  if (anchored) refuseEntry('This entry defines a YAML anchor (&name) that other entries may use.');
  let node: unknown = doc.contents;
  if (isSeq(node)) node = node.items.length === 1 ? node.items[0] : undefined;
  if (!isMap(node)) refuseEntry('This entry is not a mapping of fields.');
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    refuseEntry('This entry uses YAML aliases (*name) that point outside it or expand too far.');
  }
  if (Array.isArray(data)) data = data[0];
  return { map: node, data: data as Record<string, unknown> };
}

/** Parses the item whose mapping node is at `span`. */
export function parseItem(text: string, span: Span): ParsedItem {
  const start = itemSliceStart(text, span);
  // Anything else (a `key: value` pair standing alone in a [ ] list) reads differently on its own.
  if (start === span.start && text[start] !== '{') refuseEntry('This entry is neither "- key: value" lines nor a { } mapping.');
  return parseSlice(text, start, itemEnd(text, span));
}

/** Parses a mapping that is a key's value (as `settings:`'s): block lines that start their own line, or a `{ }`. */
export function parseMappingValue(text: string, span: Span): ParsedItem {
  const lineStart = lineStartOf(text, span.start);
  const start = text[span.start] === '{' ? span.start : lineStart;
  if (start === lineStart && !/^[ \t]*$/.test(text.slice(lineStart, span.start))) refuseEntry('This mapping shares its first line with its key.');
  return parseSlice(text, start, itemEnd(text, span));
}

function parseSlice(text: string, start: number, end: number): ParsedItem {
  const { map, data } = parseEntry(text.slice(start, end));
  if (!isMap(map)) refuseEntry('This entry is not a mapping of fields.');
  const pairs = map.items.map((pair) => readPair(text, start, pair));
  return { start, end, flow: map.flow === true, pairs, data };
}

function readPair(text: string, base: number, pair: Pair): ItemPair {
  const key = pair.key as Node | null;
  const keyRange = key?.range ?? [0, 0, 0];
  const keyText = isScalar(key) ? scalarString(key.value, key.source) : undefined;
  const value = pair.value as Node | null;
  const range = value?.range;
  const keyEnd = base + keyRange[1];
  if (!value || !range) {
    return { key: keyText, keyStart: base + keyRange[0], keyEnd, valueStart: keyEnd, valueEnd: keyEnd, kind: 'empty', source: '', items: [] };
  }
  const valueStart = base + range[0];
  const valueEnd = base + range[1];
  const source = text.slice(valueStart, valueEnd);
  const common = { key: keyText, keyStart: base + keyRange[0], keyEnd, valueStart, valueEnd, source };
  if (isScalar(value)) {
    if (value.value === null && source.trim() === '') return { ...common, kind: 'empty', items: [] };
    return { ...common, kind: 'scalar', text: scalarString(value.value, value.source), items: [] };
  }
  if (isSeq(value)) {
    const items = value.items.map((item) => seqItem(text, base, item as Node));
    return { ...common, kind: value.flow ? 'flow-seq' : 'block-seq', items };
  }
  const mapKeys = isMap(value) ? value.items.map((p) => seqItem(text, base, p.key as Node | null)) : undefined;
  return { ...common, kind: 'other', items: [], mapKeys };
}

function seqItem(text: string, base: number, item: Node | null): SeqItem {
  const range = item?.range ?? [0, 0, 0];
  const start = base + range[0];
  const end = base + range[1];
  const itemText = isScalar(item) && item.value !== null ? scalarString(item.value, item.source) : undefined;
  return { text: itemText, start, end, source: text.slice(start, end) };
}

/** As the reader does: plain numbers and booleans are texts too, as written. */
function scalarString(value: unknown, source: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  return typeof source === 'string' ? source : `${value as number | boolean}`;
}
