/**
 * Line arithmetic on raw text and splicing replacements into it. Lines end at `\n` or `\r\n`, as
 * for the YAML parser: a lone `\r` does not end a line there, so it does not here.
 */
import { EditError } from './editTypes';

/** Replace `text.slice(start, end)` with `insert`. */
export interface Splice {
  start: number;
  end: number;
  insert: string;
}

export function lineStartOf(text: string, pos: number): number {
  return pos <= 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1;
}

/** Offset of the end of the line holding `pos`, before its line break. */
export function lineEndOf(text: string, pos: number): number {
  const newline = text.indexOf('\n', pos);
  if (newline < 0) return text.length;
  return newline > pos && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
}

/** Offset just after the line break ending the line holding `pos`; undefined on the last line when it has none. */
export function nextLineStartOf(text: string, pos: number): number | undefined {
  const newline = text.indexOf('\n', pos);
  return newline < 0 ? undefined : newline + 1;
}

/** Column of `pos` in characters (a byte-order mark at the start of the file does not count). */
export function columnOf(text: string, pos: number): number {
  const start = lineStartOf(text, pos);
  return pos - start - (start === 0 && text.charCodeAt(0) === 0xfeff && pos > 0 ? 1 : 0);
}

/** YAML's white space: spaces, tabs and line breaks (not other Unicode spaces, which are content). */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Offset just after the last non-whitespace character in [from, to), or `from` if there is none. */
export function contentEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** True when only spaces and tabs (or the byte-order mark) stand between the start of the line and `pos`. */
export function isFirstOnLine(text: string, pos: number): boolean {
  const start = lineStartOf(text, pos);
  const from = start === 0 && text.charCodeAt(0) === 0xfeff ? 1 : start;
  return /^[ \t]*$/.test(text.slice(from, pos));
}

/** A line of only whitespace, or of a comment. */
export function isBlankOrCommentLine(line: string): boolean {
  return /^[ \t]*(#[^\n]*)?$/.test(line);
}

/**
 * Where to insert whole new lines after the content ending at `end` (the line's own comment stays on
 * its line): the start of the following line, or the end of the text when `end` is on the last line
 * (then the new lines must start with a line break: `atTextEnd`).
 */
export function insertionAfter(text: string, end: number): { at: number; atTextEnd: boolean } {
  const before = end > 0 ? text.charCodeAt(end - 1) : 0;
  if (before === 10) return { at: end, atTextEnd: false };
  const next = nextLineStartOf(text, end);
  return next === undefined ? { at: text.length, atTextEnd: true } : { at: next, atTextEnd: false };
}

/** `lines` joined as they are inserted at an `insertionAfter` point, each with the file's line ending. */
export function linesForInsertion(lines: readonly string[], eol: string, atTextEnd: boolean): string {
  return atTextEnd ? eol + lines.join(eol) : lines.map((line) => line + eol).join('');
}

/**
 * Applies non-overlapping splices (in any order) to `text`. A line break written right after a
 * lone `\r` would turn it into a `\r\n` and change the lines around it: that is refused.
 */
export function applySplices(text: string, splices: readonly Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const splice of sorted) {
    if (splice.start < at || splice.end < splice.start || splice.end > text.length) {
      throw new RangeError('Overlapping or out-of-range text changes.');
    }
    if (splice.insert.startsWith('\n') && text.charCodeAt(splice.start - 1) === 13) {
      throw new EditError('invalid-value', 'The plan uses old Mac line breaks (a lone CR) where the new text would go: save it with LF or CRLF line endings first. Nothing was changed.');
    }
    out += text.slice(at, splice.start) + splice.insert;
    at = splice.end;
  }
  return out + text.slice(at);
}
