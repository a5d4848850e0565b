/** Text for a terminal: a plan's names and notes must never move the cursor, re-title the window or fake lines. */

/**
 * C0 and C1 controls (ESC, CSI, BEL, line breaks...), DEL, the Unicode line and paragraph separators, and the
 * bidirectional embeddings, overrides and isolates that reorder what follows them.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escaped(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** `text` with every control character written as an escape (`\x1b`, `\n`, `\u202e`): safe on one line of a terminal. */
export function printable(text: string): string {
  return text.replace(UNSAFE, escaped);
}

/** JSON of `value` with those characters as `\u` escapes too: the same JSON value, safe to print. */
export function printableJson(value: unknown): string {
  // JSON already escapes C0 controls inside its strings, and its own line breaks must stay.
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The 1-based column of the character that starts `character` UTF-16 units into `line`, counted as editors show
 * characters: a byte-order mark is no column, an emoji or a letter with combining accents is one.
 */
export function editorColumn(line: string, character: number, firstLine: boolean): number {
  let before = line.slice(0, character);
  if (firstLine && before.startsWith('\uFEFF')) before = before.slice(1);
  if (/^[\x00-\x7f]*$/.test(before)) return before.length + 1;
  return Array.from(graphemes.segment(before)).length + 1;
}
