/**
 * Splits a plan's text into top-level sections, and the `people` and `journal` sequences into
 * one segment per item, by looking at each line's first characters only.
 *
 * This is what makes re-checking fast: each item can be parsed on its own and its result reused
 * while its text is unchanged. The split is conservative: anything it does not fully understand
 * (tabs in indentation, document markers, flow or quoted text reaching column 0, odd indentation)
 * makes it give up, and the caller parses the whole text instead. A split it accepts always agrees
 * with how YAML reads the block structure, because block structure is decided by indentation.
 */

export interface ItemSegment {
  start: number;
  end: number;
}

export type TopSegment =
  /** `key: value` (any value), parsed as one small document. */
  | { kind: 'whole'; key: string; start: number; end: number }
  /** `people:` / `journal:` holding a block sequence, parsed item by item. */
  | { kind: 'items'; key: string; start: number; end: number; itemIndent: number; items: ItemSegment[] };

const SPLIT_KEYS = new Set(['people', 'journal']);
const KEY_LINE = /([A-Za-z_][A-Za-z0-9_-]*):(?=[ \r\n]|$)/y;
const REST_IS_EMPTY = /[ ]*(#[^\n]*)?(\r?\n|$)/y;

interface Open {
  kind: 'whole' | 'items';
  key: string;
  start: number;
  /** -1 until the first content line after a bare `people:` header. */
  itemIndent: number;
  items: ItemSegment[];
}

export function segmentPlan(text: string): TopSegment[] | undefined {
  if (text.charCodeAt(0) === 0xfeff) return undefined;
  if (text.indexOf('\r') >= 0 && /\r(?!\n)/.test(text)) return undefined;
  const sections: TopSegment[] = [];
  const seen = new Set<string>();
  let open: Open | undefined;
  const close = (end: number): void => {
    if (!open) return;
    if (open.kind === 'items' && open.items.length > 0) {
      open.items[open.items.length - 1].end = end;
      sections.push({ kind: 'items', key: open.key, start: open.start, end, itemIndent: open.itemIndent, items: open.items });
    } else {
      sections.push({ kind: 'whole', key: open.key, start: open.start, end });
    }
  };
  const startItem = (o: Open, at: number): void => {
    if (o.items.length > 0) o.items[o.items.length - 1].end = at;
    o.items.push({ start: at, end: at });
  };

  const n = text.length;
  let pos = 0;
  while (pos < n) {
    const newline = text.indexOf('\n', pos);
    const next = newline < 0 ? n : newline + 1;
    let i = pos;
    while (text.charCodeAt(i) === 32) i++;
    const c = text.charCodeAt(i);
    if (i >= n || c === 10 || c === 13 || c === 35 /* # */) {
      pos = next;
      continue;
    }
    if (c === 9) return undefined;
    const indent = i - pos;
    const dash = c === 45 && isSeparator(text.charCodeAt(i + 1), i + 1 >= n);
    if (open && open.kind === 'items') {
      if (open.itemIndent === -1 && indent > 0) {
        if (dash) {
          open.itemIndent = indent;
          startItem(open, pos);
        } else {
          open.kind = 'whole';
        }
        pos = next;
        continue;
      }
      if (open.itemIndent === -1 && dash) {
        open.itemIndent = 0;
        startItem(open, pos);
        pos = next;
        continue;
      }
      if (indent === open.itemIndent && dash) {
        startItem(open, pos);
        pos = next;
        continue;
      }
      if (indent > open.itemIndent && open.itemIndent >= 0) {
        pos = next;
        continue;
      }
      if (indent !== 0) return undefined;
    } else if (open && indent > 0) {
      pos = next;
      continue;
    }
    if (indent !== 0 || dash) return undefined;
    KEY_LINE.lastIndex = pos;
    const key = KEY_LINE.exec(text);
    if (!key || seen.has(key[1])) return undefined;
    seen.add(key[1]);
    close(pos);
    REST_IS_EMPTY.lastIndex = KEY_LINE.lastIndex;
    const bare = REST_IS_EMPTY.test(text);
    open = { kind: bare && SPLIT_KEYS.has(key[1]) ? 'items' : 'whole', key: key[1], start: pos, itemIndent: -1, items: [] };
    pos = next;
  }
  close(n);
  return sections;
}

function isSeparator(code: number, atEnd: boolean): boolean {
  return atEnd || code === 32 || code === 10 || code === 13;
}
