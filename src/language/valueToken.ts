/** Finding the scalar under the cursor in one line: a plain or quoted value, or an item of a flow list `[a, b]`. */
import { readToken, unquote, type Token } from './yamlScalar';

export interface Found {
  token: Token;
  inFlow: boolean;
  /** The other items of the same list (unquoted). */
  siblings: string[];
}

/** The token holding column `col`; an empty token at `col` when the value is still empty there. */
export function tokenAt(line: string, from: number, col: number): Token | undefined {
  if (from >= line.length || line[from] === '#') return col <= from ? { start: col, end: col, closed: true } : undefined;
  const { token } = readToken(line, from, false);
  return col >= token.start && col <= token.end ? token : undefined;
}

function skipSpaces(line: string, i: number): number {
  while (line[i] === ' ' || line[i] === '\t') i++;
  return i;
}

/** The item of the flow list opening at column `open` that holds column `col`, and the other items. */
export function flowItemAt(line: string, open: number, col: number): Found | undefined {
  const siblings: string[] = [];
  let found: Token | undefined;
  let segmentStart = open + 1;
  for (;;) {
    const from = skipSpaces(line, segmentStart);
    const atEnd = from >= line.length || line[from] === ']' || line[from] === ',' || (line[from] === '#' && from > segmentStart);
    const { token, next } = atEnd ? { token: { start: from, end: from, closed: true }, next: from } : readToken(line, from, true);
    const after = skipSpaces(line, next);
    const segmentEnd = line[after] === ',' || line[after] === ']' ? after : next;
    if (col >= segmentStart && col <= segmentEnd) {
      if (token.start === token.end && !token.quote) found = col >= from || atEnd ? { start: col, end: col, closed: true } : undefined;
      else if (col >= token.start && col <= token.end) found = token;
      else return undefined;
    } else if (token.start !== token.end) {
      siblings.push(unquote(line.slice(token.start, token.end), token.quote).trim());
    }
    if (line[after] !== ',') {
      if (col > segmentEnd) return undefined;
      break;
    }
    segmentStart = after + 1;
  }
  return found && { token: found, inFlow: true, siblings };
}
