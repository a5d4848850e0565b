/**
 * Line-level reading of YAML text, cheap enough to run on every keystroke and tolerant of half-typed input:
 * it looks at one line's indentation, `- ` markers and `key:`, never at the whole document.
 */

/** A line of text: `end` is before its `\n` / `\r\n` / `\r`. */
export interface Line {
  start: number;
  end: number;
}

/** The parts of a line that say where it sits in the YAML structure. */
export interface LineShape {
  /** Column of the first character that is not a space. */
  indent: number;
  /** Columns of the `- ` sequence markers at the start of the line. */
  dashes: number[];
  /** Column where the content after the indentation and markers starts. */
  contentCol: number;
  /** The key after the markers: its name, its column, its colon's column and where its value starts. */
  key?: { name: string; col: number; colon: number; valueCol: number };
}

const KEY = /^(?:([A-Za-z_][\w-]*)|"([^"\\]*)"|'([^']*)')[ \t]*:(?=[ \t]|$)/;

export function lineAt(text: string, offset: number): Line {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end };
}

export function previousLine(text: string, line: Line): Line | undefined {
  if (line.start === 0) return undefined;
  const breakStart = text[line.start - 1] === '\n' && text[line.start - 2] === '\r' ? line.start - 2 : line.start - 1;
  return lineAt(text, breakStart);
}

export function nextLine(text: string, line: Line): Line | undefined {
  if (line.end >= text.length) return undefined;
  const next = text[line.end] === '\r' && text[line.end + 1] === '\n' ? line.end + 2 : line.end + 1;
  return lineAt(text, next);
}

/** The shape of a line, or undefined when it is blank or only a comment. */
export function shapeOf(line: string): LineShape | undefined {
  let col = 0;
  while (line[col] === ' ') col++;
  if (col === line.length || line[col] === '#' || /^\s*$/.test(line.slice(col))) return undefined;
  const indent = col;
  const dashes: number[] = [];
  while (line[col] === '-' && (col + 1 === line.length || line[col + 1] === ' ' || line[col + 1] === '\t')) {
    dashes.push(col);
    col++;
    while (line[col] === ' ' || line[col] === '\t') col++;
  }
  const shape: LineShape = { indent, dashes, contentCol: col };
  const key = KEY.exec(line.slice(col));
  if (key) {
    const colon = col + key[0].length - 1;
    let valueCol = colon + 1;
    while (line[valueCol] === ' ' || line[valueCol] === '\t') valueCol++;
    shape.key = { name: key[1] ?? key[2] ?? key[3], col, colon, valueCol };
  }
  return shape;
}

/**
 * The top-level key whose block holds `line` (e.g. `journal`), '' when the line is itself at the top level
 * or there is none. Items of an unindented sequence (`people:` then `- name: ...` at column 0) belong to the key above.
 */
export function sectionOf(text: string, line: Line): string {
  // Only each line's first character matters: jump from line break to line break (plans have many lines).
  for (let start = line.start; ; start = start < 2 ? 0 : text.lastIndexOf('\n', start - 2) + 1) {
    const c = text[start];
    if ((c === '-' || c === '.') && /^(---|\.\.\.)(\s|$)/.test(text.slice(start, start + 4))) return '';
    if (c !== undefined && !' \t#-\r\n'.includes(c)) {
      if (start === line.start) return '';
      return shapeOf(text.slice(start, lineAt(text, start).end))?.key?.name ?? '';
    }
    if (start === 0) return '';
  }
}
