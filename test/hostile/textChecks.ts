/** Byte-level comparisons of a plan's text before and after a change: what changed, line endings, BOM, comments. */
import { Lexer } from 'yaml';

/** The changed stretch: `text.slice(prefix, text.length - suffix)` became `out.slice(prefix, out.length - suffix)`. */
export function changedRange(text: string, out: string): { prefix: number; suffix: number } {
  const limit = Math.min(text.length, out.length);
  let prefix = 0;
  while (prefix < limit && text.charCodeAt(prefix) === out.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && text.charCodeAt(text.length - 1 - suffix) === out.charCodeAt(out.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

export interface LineBreaks {
  crlf: number;
  lf: number;
  cr: number;
}

export function lineBreaks(text: string): LineBreaks {
  const counts: LineBreaks = { crlf: 0, lf: 0, cr: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        counts.crlf++;
        i++;
      } else counts.cr++;
    } else if (c === 10) counts.lf++;
  }
  return counts;
}

/**
 * What is wrong with the line endings of `out`, an edit of `text` whose dominant line ending is `eol`:
 * an edit may add line breaks only in the file's own style, and never a kind the file did not use.
 */
export function lineEndingFault(text: string, out: string, eol: '\n' | '\r\n'): string | undefined {
  const before = lineBreaks(text);
  const after = lineBreaks(out);
  if (after.cr > before.cr) return `added ${after.cr - before.cr} lone CR line break(s)`;
  if (eol === '\r\n' && after.lf > before.lf) return `added ${after.lf - before.lf} LF line break(s) to a CRLF file`;
  if (eol === '\n' && after.crlf > before.crlf) return `added ${after.crlf - before.crlf} CRLF line break(s) to an LF file`;
  return undefined;
}

export function bomFault(text: string, out: string): string | undefined {
  const had = text.startsWith('\uFEFF');
  if (had !== out.startsWith('\uFEFF')) return had ? 'dropped the byte-order mark' : 'added a byte-order mark';
  if (had && out.startsWith('\uFEFF\uFEFF') !== text.startsWith('\uFEFF\uFEFF')) return 'doubled the byte-order mark';
  return undefined;
}

export interface Comment {
  text: string;
  offset: number;
}

// The lexer's markers that stand for no source text (document start, flow error end, scalar start).
const MARKERS = new Set(['\u0002', '\u0018', '\u001f']);

/** Every comment the YAML lexer sees (so `#` inside quotes is no comment), with its offset. */
export function commentsWithOffsets(text: string): Comment[] {
  const comments: Comment[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (MARKERS.has(token)) continue;
    if (token.startsWith('#')) {
      const at = text.startsWith(token, offset) ? offset : text.indexOf(token, offset);
      comments.push({ text: token.trimEnd(), offset: at });
      if (at >= 0) offset = at;
    }
    offset += token.length;
  }
  return comments;
}

/** Comments of `before` missing from `after` (as a multiset), leaving out those `ignore` accepts. */
export function lostComments(before: Comment[], after: Comment[], ignore: (c: Comment) => boolean = () => false): string[] {
  const left = new Map<string, number>();
  for (const c of after) left.set(c.text, (left.get(c.text) ?? 0) + 1);
  const lost: string[] = [];
  // Comments that must stay are matched first, so that a copy that may go is the one counted as gone.
  for (const c of [...before.filter((c) => !ignore(c)), ...before.filter(ignore)]) {
    const n = left.get(c.text) ?? 0;
    if (n > 0) left.set(c.text, n - 1);
    else if (!ignore(c)) lost.push(c.text);
  }
  return lost;
}

/** A short, printable excerpt for failure messages. */
export function excerpt(text: string, max = 120): string {
  const json = JSON.stringify(text);
  return json.length <= max ? json : `${json.slice(0, max)}…(${text.length} chars)`;
}
