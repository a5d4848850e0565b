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

export type TopSegment =
  /** `key: value` (any value), parsed as one small document. */
  | { kind: 'whole'; key: string; start: number; end: number }
  /**
   * `people:` / `journal:` holding a block sequence, parsed item by item. Item `i` runs from
   * `starts[i]` to the next item's start (the last one to `end`).
   */
  | { kind: 'items'; key: string; start: number; end: number; itemIndent: number; starts: number[] };

export type ItemsSegment = Extract<TopSegment, { kind: 'items' }>;

export function itemEnd(segment: ItemsSegment, i: number): number {
  return i + 1 < segment.starts.length ? segment.starts[i + 1] : segment.end;
}

const SPLIT_KEYS = new Set(['people', 'journal']);
const KEY_LINE = /([A-Za-z_][A-Za-z0-9_-]*):(?=[ \r\n]|$)/y;
const REST_IS_EMPTY = /[ ]*(#[^\n]*)?(\r?\n|$)/y;

/** What `LineScanner.line` answers instead of the next line's start. */
export const GIVE_UP = -1;
export const NEW_KEY = -2;

interface Open {
  kind: 'whole' | 'items';
  key: string;
  start: number;
  /** -1 until the first content line after a bare `people:` header. */
  itemIndent: number;
  starts: number[];
}

/** The split, one line at a time: what each line means depends only on its first characters and on the section it is in. */
export class LineScanner {
  readonly sections: TopSegment[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly text: string,
    private open?: Open,
  ) {}

  /**
   * Reads the line starting at `pos` and returns where the next one starts; GIVE_UP when the line
   * is beyond the split, NEW_KEY (without reading it) for a top-level key when `stopAtKeys` is set.
   */
  line(pos: number, stopAtKeys: boolean): number {
    const text = this.text;
    const n = text.length;
    const newline = text.indexOf('\n', pos);
    const next = newline < 0 ? n : newline + 1;
    let i = pos;
    while (text.charCodeAt(i) === 32) i++;
    const c = text.charCodeAt(i);
    if (i >= n || c === 10 || c === 13 || c === 35 /* # */) return next;
    if (c === 9) return GIVE_UP;
    const indent = i - pos;
    const dash = c === 45 && (i + 1 >= n || isSeparator(text.charCodeAt(i + 1)));
    const open = this.open;
    if (open && open.kind === 'items') {
      if (open.itemIndent === -1 && indent > 0) {
        if (dash) {
          open.itemIndent = indent;
          open.starts.push(pos);
        } else {
          open.kind = 'whole';
        }
        return next;
      }
      if (open.itemIndent === -1 && dash) {
        open.itemIndent = 0;
        open.starts.push(pos);
        return next;
      }
      if (indent === open.itemIndent && dash) {
        open.starts.push(pos);
        return next;
      }
      if (indent > open.itemIndent && open.itemIndent >= 0) return next;
      if (indent !== 0) return GIVE_UP;
    } else if (open && indent > 0) {
      return next;
    }
    if (indent !== 0 || dash) return GIVE_UP;
    if (stopAtKeys) return NEW_KEY;
    KEY_LINE.lastIndex = pos;
    const key = KEY_LINE.exec(text);
    if (!key || this.seen.has(key[1])) return GIVE_UP;
    this.seen.add(key[1]);
    this.close(pos);
    REST_IS_EMPTY.lastIndex = KEY_LINE.lastIndex;
    const bare = REST_IS_EMPTY.test(text);
    this.open = { kind: bare && SPLIT_KEYS.has(key[1]) ? 'items' : 'whole', key: key[1], start: pos, itemIndent: -1, starts: [] };
    return next;
  }

  /** Ends the open section at `end`. */
  close(end: number): void {
    const open = this.open;
    if (!open) return;
    if (open.kind === 'items' && open.starts.length > 0) {
      this.sections.push({ kind: 'items', key: open.key, start: open.start, end, itemIndent: open.itemIndent, starts: open.starts });
    } else {
      this.sections.push({ kind: 'whole', key: open.key, start: open.start, end });
    }
    this.open = undefined;
  }
}

export function segmentPlan(text: string): TopSegment[] | undefined {
  if (text.charCodeAt(0) === 0xfeff) return undefined;
  if (text.indexOf('\r') >= 0 && /\r(?!\n)/.test(text)) return undefined;
  const scanner = new LineScanner(text);
  let pos = 0;
  while (pos < text.length) {
    pos = scanner.line(pos, false);
    if (pos === GIVE_UP) return undefined;
  }
  scanner.close(text.length);
  return scanner.sections;
}

function isSeparator(code: number): boolean {
  return code === 32 || code === 10 || code === 13;
}
