/**
 * Which value the cursor is in (`with:` of a journal entry, `stage:` of a person, ...), read from the current
 * line and its neighbours only, so that it works while the YAML is half-typed and on plans of any size.
 */
import { flowItemAt, tokenAt, type Found } from './valueToken';
import { readToken, unquote, type Quote } from './yamlScalar';
import { lineAt, nextLine, previousLine, sectionOf, shapeOf, type Line, type LineShape } from './yamlLines';

export interface ValueContext {
  /** The top-level key the value sits under: `people`, `journal`, `settings`. */
  section: string;
  key: string;
  /** Offsets of the value under the cursor (inside its quotes when quoted); `start <= cursor <= end`. */
  start: number;
  end: number;
  quote?: Quote;
  /** False when the value is quoted and its closing quote is not written yet. */
  closed: boolean;
  /** In a flow list `[a, b]` rather than a scalar or a block list item. */
  inFlow: boolean;
  /** Nothing separates the cursor from the `:` or `-` before it (a value typed there needs a space first). */
  needsSpace: boolean;
  /** The other values of the same list, as read (unquoted). */
  siblings: string[];
}

export type ValueKind = 'person' | 'name' | 'list' | 'stage' | 'cadence' | 'date';

const KINDS: Record<string, Record<string, ValueKind>> = {
  journal: { with: 'person', date: 'date' },
  people: { name: 'name', lists: 'list', stage: 'stage', cadence: 'cadence', next: 'date' },
  settings: { defaultCadence: 'cadence' },
};

/** What the value at `context` holds, if it is one the plan format knows. */
export function kindOf(context: Pick<ValueContext, 'section' | 'key'>): ValueKind | undefined {
  const keys = Object.prototype.hasOwnProperty.call(KINDS, context.section) ? KINDS[context.section] : undefined;
  return keys && Object.prototype.hasOwnProperty.call(keys, context.key) ? keys[context.key] : undefined;
}

/** The value's text as YAML reads it (quotes removed). */
export function valueOf(text: string, context: ValueContext): string {
  return unquote(text.slice(context.start, context.end), context.quote).trim();
}

/** Block scalars, flow mappings, anchors, aliases, tags, directives: values this reader does not complete. */
const NOT_A_SCALAR = /^[{|>&*!%@`]$/;

/** How far a block list is searched for its key and siblings, in lines. */
const MAX_SCAN_LINES = 2000;

function afterKey(line: string, key: NonNullable<LineShape['key']>, col: number): Found | undefined {
  if (col <= key.colon) return undefined;
  const c = line[key.valueCol];
  if (c === '[') return col > key.valueCol ? flowItemAt(line, key.valueCol, col) : undefined;
  if (NOT_A_SCALAR.test(c ?? '')) return undefined;
  const token = tokenAt(line, key.valueCol, col);
  return token && { token, inFlow: false, siblings: [] };
}

function itemValue(line: string, shape: LineShape): string {
  const { token } = readToken(line, shape.contentCol, false);
  return unquote(line.slice(token.start, token.end), token.quote).trim();
}

/** For an item of a block list at column `dashCol`: the line of the list's key, its name, and the other items. */
function blockListKey(text: string, line: Line, dashCol: number): { keyLine: Line; key: string; siblings: string[] } | undefined {
  const siblings: string[] = [];
  let budget = MAX_SCAN_LINES;
  for (let l = nextLine(text, line); l && budget-- > 0; l = nextLine(text, l)) {
    const lineText = text.slice(l.start, l.end);
    const shape = shapeOf(lineText);
    if (!shape || shape.indent > dashCol) continue;
    if (shape.indent < dashCol || shape.dashes.length !== 1 || shape.key) break;
    siblings.push(itemValue(lineText, shape));
  }
  for (let l = previousLine(text, line); l && budget-- > 0; l = previousLine(text, l)) {
    const lineText = text.slice(l.start, l.end);
    const shape = shapeOf(lineText);
    if (!shape || shape.indent > dashCol) continue;
    if (shape.indent === dashCol && shape.dashes.length > 0) {
      if (shape.key || shape.dashes.length > 1) return undefined;
      siblings.push(itemValue(lineText, shape));
      continue;
    }
    const key = shape.key;
    const valueEmpty = key !== undefined && (key.valueCol >= lineText.length || lineText[key.valueCol] === '#');
    return key && valueEmpty && key.col <= dashCol ? { keyLine: l, key: key.name, siblings } : undefined;
  }
  return undefined;
}

/** The value the cursor at `offset` is in, or undefined when it is not in a value (a key, a comment, ...). */
export function valueContextAt(text: string, offset: number): ValueContext | undefined {
  if (!(offset >= 0 && offset <= text.length)) return undefined;
  const line = lineAt(text, offset);
  const lineText = text.slice(line.start, line.end);
  const col = offset - line.start;
  const shape = shapeOf(lineText);
  if (!shape) return undefined;
  let found: Found | undefined;
  let key: string;
  let keyLine = line;
  if (shape.key) {
    found = afterKey(lineText, shape.key, col);
    key = shape.key.name;
  } else {
    const first = lineText[shape.contentCol] ?? '';
    if (shape.dashes.length !== 1 || col < shape.contentCol || first === '[' || NOT_A_SCALAR.test(first)) return undefined;
    const token = tokenAt(lineText, shape.contentCol, col);
    const list = token && blockListKey(text, line, shape.dashes[0]);
    if (!list) return undefined;
    found = { token, inFlow: false, siblings: list.siblings };
    key = list.key;
    keyLine = list.keyLine;
  }
  if (!found) return undefined;
  const { token } = found;
  const before = lineText[token.start - 1];
  return {
    section: sectionOf(text, keyLine),
    key,
    start: line.start + token.start,
    end: line.start + token.end,
    quote: token.quote,
    closed: token.closed,
    inFlow: found.inFlow,
    needsSpace: !token.quote && token.start === token.end && (before === ':' || before === '-'),
    siblings: found.siblings,
  };
}
