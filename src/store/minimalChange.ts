/** The smallest single replacement that turns one text into another (so Undo and the cursor are not disturbed). */

export interface TextChange {
  /** Offsets into the old text; `end` exclusive. */
  start: number;
  end: number;
  text: string;
}

const BLOCK = 4096;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Undefined when the texts are equal. Never splits a `\r\n` or a surrogate pair. */
export function minimalChange(oldText: string, newText: string): TextChange | undefined {
  if (oldText === newText) return undefined;
  const max = Math.min(oldText.length, newText.length);
  let prefix = 0;
  // Whole blocks first (native string compares), then character by character: plans can be megabytes.
  while (prefix + BLOCK <= max && oldText.slice(prefix, prefix + BLOCK) === newText.slice(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < max && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && (oldText.charCodeAt(prefix - 1) === 13 || isHighSurrogate(oldText.charCodeAt(prefix - 1)))) prefix--;
  let suffix = 0;
  const maxSuffix = max - prefix;
  const oldEnd = oldText.length;
  const newEnd = newText.length;
  while (suffix + BLOCK <= maxSuffix && oldText.slice(oldEnd - suffix - BLOCK, oldEnd - suffix) === newText.slice(newEnd - suffix - BLOCK, newEnd - suffix)) {
    suffix += BLOCK;
  }
  while (
    suffix < maxSuffix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (suffix > 0) {
    const oldFirst = oldText.length - suffix;
    const newFirst = newText.length - suffix;
    const splitsLineBreak =
      oldText.charCodeAt(oldFirst) === 10 &&
      (oldText.charCodeAt(oldFirst - 1) === 13 || newText.charCodeAt(newFirst - 1) === 13);
    if (splitsLineBreak || isLowSurrogate(oldText.charCodeAt(oldFirst))) suffix--;
  }
  return { start: prefix, end: oldText.length - suffix, text: newText.slice(prefix, newText.length - suffix) };
}

export function applyChange(text: string, change: TextChange): string {
  return text.slice(0, change.start) + change.text + text.slice(change.end);
}
