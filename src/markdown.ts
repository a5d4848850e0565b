/** Markdown built from user text: every character that Markdown could read as syntax is escaped. */

// CommonMark lets any ASCII punctuation be backslash-escaped, so escaping all of it is always safe:
// no link, image, autolink, HTML, emphasis, heading or list can come out of a person's name or note.
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** User text as literal Markdown text, on one line (line breaks become spaces). */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(ASCII_PUNCTUATION, '\\$&');
}

/** Shortens long user text for one-line displays. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
