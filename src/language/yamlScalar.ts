/** Reading and writing one YAML scalar inside a line: plain, 'single' or "double" quoted. */

export type Quote = '"' | "'";

/** A scalar in a line; for a quoted one, `start`/`end` are inside the quotes. Columns. */
export interface Token {
  start: number;
  end: number;
  quote?: Quote;
  /** A quoted scalar whose closing quote is on the line. */
  closed: boolean;
}

const FLOW_STOPS = new Set([',', '[', ']', '{', '}']);

/** Reads the scalar starting at column `from` (no leading spaces); `next` is the column after it. */
export function readToken(line: string, from: number, inFlow: boolean): { token: Token; next: number } {
  const q = line[from];
  if (q === '"' || q === "'") {
    for (let i = from + 1; i < line.length; i++) {
      if (q === '"' && line[i] === '\\') i++;
      else if (line[i] === q) {
        if (q === "'" && line[i + 1] === "'") i++;
        else return { token: { start: from + 1, end: i, quote: q, closed: true }, next: i + 1 };
      }
    }
    return { token: { start: from + 1, end: line.length, quote: q, closed: false }, next: line.length };
  }
  let i = from;
  while (i < line.length) {
    const c = line[i];
    if (inFlow && FLOW_STOPS.has(c)) break;
    if (c === '#' && i > from && (line[i - 1] === ' ' || line[i - 1] === '\t')) break;
    i++;
  }
  let end = i;
  while (end > from && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return { token: { start: from, end, closed: true }, next: i };
}

/** The value a token's source text stands for. */
export function unquote(raw: string, quote: Quote | undefined): string {
  if (quote === "'") return raw.replace(/''/g, "'");
  if (quote === '"') {
    try {
      return JSON.parse(`"${raw.replace(/\t/g, '\\t')}"`) as string;
    } catch {
      return raw.replace(/\\(["\\])/g, '$1');
    }
  }
  return raw;
}

const INDICATOR_FIRST = /^[,[\]{}#&*!|>'"%@`]/;
const FLOW_CHARS = /[,[\]{}]/;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
const LOOKS_LIKE_OTHER_TYPE = /^(?:true|false|yes|no|on|off|null|~|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|[-+]?\.inf|\.nan)$/i;

/** Whether `value` can be written as a plain scalar and read back as the same string. */
export function canBePlain(value: string, inFlow: boolean): boolean {
  if (value === '' || value !== value.trim() || CONTROL.test(value) || INDICATOR_FIRST.test(value)) return false;
  if ('-?:'.includes(value[0]) && (value.length === 1 || /\s/.test(value[1]) || (inFlow && FLOW_CHARS.test(value[1])))) {
    return false;
  }
  if (/:(\s|$)|\s#/.test(value) || LOOKS_LIKE_OTHER_TYPE.test(value)) return false;
  return !(inFlow && FLOW_CHARS.test(value));
}

/**
 * Source text that writes `value` where the typed part started with `quote` (if any): inside that quote style,
 * closing it when the line does not; otherwise plain when that reads back the same, else double-quoted.
 */
export function scalarSource(value: string, quote: Quote | undefined, closed: boolean, inFlow: boolean): string {
  const close = closed ? '' : quote ?? '';
  if (quote === "'") return value.replace(/'/g, "''") + close;
  if (quote === '"') return JSON.stringify(value).slice(1, -1) + close;
  return canBePlain(value, inFlow) ? value : JSON.stringify(value);
}
