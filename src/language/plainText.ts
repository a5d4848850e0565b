/** Line breaks, other control characters, and the invisible characters that reorder or hide text. */
const CONTROL_OR_INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]+/g;

/** User text as one line of plain text: control and invisible characters become a space, spaces collapse. */
export function plainText(text: string): string {
  return text.replace(CONTROL_OR_INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
}
