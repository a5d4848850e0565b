/**
 * Writing text values into YAML so that they read back as exactly the same string: plain when
 * that is safe, quoted otherwise, always on one line (no folding), in the style the value had.
 */

/** Where a scalar goes: inside `[...]` / `{...}` the characters `,[]{}` end a plain scalar. */
export type ScalarContext = 'block' | 'flow';

const FIRST_CHAR_INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`']);
const FLOW_INDICATORS = /[,[\]{}]/;

/** Plain words that YAML 1.2 (or the older 1.1 still used by other tools) reads as null, booleans or numbers. */
const NOT_TEXT_PATTERNS = [
  /^(?:~|null|Null|NULL)$/,
  /^(?:true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/,
  /^[-+]?(?:[0-9][0-9_]*)(?::[0-5]?[0-9])*$/,
  /^[-+]?0(?:b[01_]+|o?[0-7_]+|x[0-9a-fA-F_]+)$/,
  /^[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?\.(?:inf|Inf|INF)$/,
  /^\.(?:nan|NaN|NAN)$/,
  /^<<$/,
];

/**
 * True when a character may stand as itself in a YAML file: the printable set of the YAML spec,
 * minus line breaks, tabs, byte-order marks and anything a text editor could show ambiguously.
 */
function isPrintable(code: number): boolean {
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code === 0x85 || code < 0xa0) return false;
  if (code === 0x2028 || code === 0x2029 || code === 0xfeff) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return code <= 0xfffd;
}

/** Every character printable (surrogate pairs checked as pairs; a lone surrogate is not). */
function allPrintable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        i++;
        continue;
      }
      return false;
    }
    if (!isPrintable(code)) return false;
  }
  return true;
}

/** Whether `text` can be written without quotes and still read back as the same string. */
export function isPlainSafe(text: string, context: ScalarContext): boolean {
  if (text === '' || text.trim() !== text || !allPrintable(text)) return false;
  if (FIRST_CHAR_INDICATORS.has(text[0])) return false;
  if (text.includes(': ') || text.includes(' #') || text.endsWith(':')) return false;
  if (context === 'flow' && (FLOW_INDICATORS.test(text) || text.includes(':'))) return false;
  return !NOT_TEXT_PATTERNS.some((pattern) => pattern.test(text));
}

/** A double-quoted scalar on one line; anything not printable is escaped. */
export function doubleQuoted(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const code = text.charCodeAt(i);
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (code === 0x0a) out += '\\n';
    else if (code === 0x09) out += '\\t';
    else if (code === 0x0d) out += '\\r';
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      out += text.slice(i, i + 2);
      i++;
    } else if (isPrintable(code)) out += char;
    else out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `${out}"`;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A single-quoted scalar, or undefined when the text needs escapes (which single quotes lack). */
function singleQuoted(text: string): string | undefined {
  return allPrintable(text) ? `'${text.replace(/'/g, "''")}'` : undefined;
}

/**
 * `text` as a YAML scalar that reads back as exactly `text`. `like` is the source of the value
 * being replaced: a quoted value stays in its quote style, a plain one stays plain when it can.
 */
export function formatScalar(text: string, context: ScalarContext, like?: string): string {
  const style = like?.trimStart()[0];
  if (style === "'") return singleQuoted(text) ?? doubleQuoted(text);
  if (style === '"') return doubleQuoted(text);
  return isPlainSafe(text, context) ? text : doubleQuoted(text);
}

/** A flow sequence `[a, b]` of texts (`[ a, b ]` when `padded`). */
export function formatFlowList(items: readonly string[], padded = false): string {
  if (items.length === 0) return '[]';
  const inner = items.map((item) => formatScalar(item, 'flow')).join(', ');
  return padded ? `[ ${inner} ]` : `[${inner}]`;
}
