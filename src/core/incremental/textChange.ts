/** How the new text differs from the previous one: equal up to `prefix`, and over the last `suffix` characters. */
export interface TextChange {
  prefix: number;
  suffix: number;
  /** New length minus old length. */
  delta: number;
  newLength: number;
}

const BLOCK = 4096;

/** The unchanged head and tail of two texts, compared block by block (native compares), then character by character. */
export function diffText(before: string, after: string): TextChange {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix + BLOCK <= limit && before.slice(prefix, prefix + BLOCK) === after.slice(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  const room = limit - prefix;
  let suffix = 0;
  while (suffix + BLOCK <= room && before.slice(before.length - suffix - BLOCK, before.length - suffix) === after.slice(after.length - suffix - BLOCK, after.length - suffix)) suffix += BLOCK;
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { prefix, suffix, delta: after.length - before.length, newLength: after.length };
}
