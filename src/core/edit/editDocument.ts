/** Where a plan's YAML content starts and ends, and whether new top-level keys can go after it. */
import { isMap, parseDocument } from 'yaml';
import { refuseEntry } from './editItem';
import { PARSE_OPTIONS } from '../read';
import { columnOf, isBlankOrCommentLine, isFirstOnLine, lineEndOf, lineStartOf, nextLineStartOf } from './textSplice';
import type { Plan } from '../model';

/** The first line holding YAML content (not a comment, directive or `---`). */
function firstContentLine(text: string): string | undefined {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (pos < text.length) {
    const line = text.slice(pos, lineEndOf(text, pos));
    if (/^---[ \t]+[^ \t#]/.test(line)) return line.slice(3);
    if (!isBlankOrCommentLine(line) && !line.startsWith('%') && !/^---[ \t]*(#[^\n]*)?$/.test(line)) return line;
    pos = nextLineStartOf(text, pos) ?? text.length;
  }
  return undefined;
}

export function rootIsFlow(text: string): boolean {
  return /^[ \t]*[[{]/.test(firstContentLine(text) ?? '');
}

/** The column of the plan's top-level keys; refuses when the plan is not a block mapping. */
export function topKeyColumn(text: string, plan: Plan): number {
  const first = firstContentLine(text);
  if (first === undefined) return 0;
  const notBlock = (): never =>
    refuseEntry('The plan is not written as a plain "key: value" mapping (it is one { } block or something else), so a section cannot be added.');
  if (rootIsFlow(text)) notBlock();
  for (const section of [plan.sections.settings, plan.sections.people, plan.sections.journal]) {
    if (section && isFirstOnLine(text, section.keySpan.start)) return columnOf(text, section.keySpan.start);
  }
  const doc = parseDocument(first, PARSE_OPTIONS);
  if (doc.errors.length > 0 || !isMap(doc.contents) || doc.contents.flow) notBlock();
  return first.length - first.trimStart().length;
}

/** Before a `...` document end marker after the content, else at the end of the text. */
export function endOfContent(text: string): number {
  let end = text.length;
  for (;;) {
    const start = lineStartOf(text, end);
    const line = text.slice(start, end);
    if (/^\.\.\.([ \t][^\n]*)?$/.test(line)) return start;
    if (!isBlankOrCommentLine(line) || start === 0) return text.length;
    end = start - 1;
    if (end > 0 && text[end] === '\n' && text[end - 1] === '\r') end--;
  }
}

/**
 * True when the text ends inside a block scalar that keeps its final line breaks (`|+`, `>+`): a
 * line break added at the end would become part of its value. Walking up from the end, the
 * scalar's header is the first line less indented than every line below it.
 */
export function endsInKeptBlockScalar(text: string): boolean {
  let end = text.length;
  let minIndent = Infinity;
  for (;;) {
    const start = lineStartOf(text, end);
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim() !== '') {
      const indent = line.length - line.trimStart().length;
      if (indent < minIndent) {
        const header = /(?:^|[ \t:-])[|>]([1-9+-]{0,2})[ \t]*(?:#[^\n]*)?$/.exec(line);
        if (header) return header[1].includes('+');
        minIndent = indent;
      }
      if (indent === 0) return false;
    }
    if (start === 0) return false;
    end = start - 1;
  }
}
