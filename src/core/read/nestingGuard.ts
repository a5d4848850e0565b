/**
 * Limits checked before parsing. The parser recurses once per nesting level, and a few thousand
 * levels exhaust the stack, at a depth that varies with the caller (or, inside V8's regular
 * expression compiler, abort the process). Refusing such text up front gives the same answer
 * however the text is read; no real plan comes near these limits.
 */
export const MAX_BLOCK_DEPTH = 400;
export const MAX_FLOW_DEPTH = 400;

export interface Refusal {
  offset: number;
  message: string;
}

/**
 * `slack` lowers the block limit: a people or journal entry read on its own sits one level less deep
 * than in the whole file, so it is checked against a lower limit, and one refused that way is read
 * again as part of the whole file, which decides.
 */
export function checkNesting(text: string, slack = 0): Refusal | undefined {
  if (text.length < Math.min(MAX_BLOCK_DEPTH, MAX_FLOW_DEPTH) - slack) return undefined;
  const flow = flowDepthExceeded(text);
  if (flow >= 0) return { offset: flow, message: `[ ] and { } are nested more than ${MAX_FLOW_DEPTH} levels deep here` };
  const block = blockDepthExceeded(text, MAX_BLOCK_DEPTH - slack);
  if (block >= 0) return { offset: block, message: `entries are nested (by indentation, "- " or "? ") more than ${MAX_BLOCK_DEPTH} levels deep here` };
  return undefined;
}

/**
 * Where `[`/`{` nesting within one line first exceeds the limit, or -1. Only brackets where a flow
 * collection can start count (after `:`, `,`, `-`, `?`, another bracket, or at the line's start), and
 * each line counts alone, so the answer for a line never depends on the text around it. Deeper
 * nesting spread over many lines is left to the parser (see `parse.ts`).
 */
function flowDepthExceeded(text: string): number {
  let depth = 0;
  let previous = 10;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      depth = 0;
      previous = 10;
      continue;
    }
    if (c === 32) continue;
    if ((c === 91 || c === 123) && OPENS_AFTER.has(previous)) {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
    previous = c;
  }
  return -1;
}

/** Line feed, `:`, `,`, `-`, `?`, `[`, `{`. */
const OPENS_AFTER = new Set([10, 58, 44, 45, 63, 91, 123]);

/** Where block nesting (open indentation levels plus compact `- `/`? `/`: ` markers) first exceeds the limit, or -1. */
function blockDepthExceeded(text: string, limit: number): number {
  const open: number[] = [];
  let pos = 0;
  while (pos < text.length) {
    const newline = text.indexOf('\n', pos);
    const end = newline < 0 ? text.length : newline;
    let i = pos;
    while (text.charCodeAt(i) === 32) i++;
    const c = text.charCodeAt(i);
    if (i < end && c !== 35 && c !== 13) {
      const indent = i - pos;
      while (open.length > 0 && open[open.length - 1] >= indent) open.pop();
      open.push(indent);
      let markers = 0;
      while (isMarker(text, i, end)) {
        markers++;
        i += 1;
        while (text.charCodeAt(i) === 32) i++;
        if (open.length + markers > limit) return i;
      }
      if (open.length > limit) return pos + indent;
    }
    pos = end + 1;
  }
  return -1;
}

function isMarker(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 45 && c !== 63 && c !== 58) return false;
  const next = text.charCodeAt(i + 1);
  return i + 1 >= end || next === 32 || next === 13;
}

const LONE_CR = /\r(?!\n)/;

/** A carriage return not followed by a line feed: old Mac line endings, which YAML readers disagree on. */
export function loneCarriageReturn(text: string): number {
  return text.indexOf('\r') < 0 ? -1 : text.search(LONE_CR);
}
