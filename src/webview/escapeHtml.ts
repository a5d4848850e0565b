/** Text made safe to place in HTML content or a quoted attribute: markup, entities and quotes are shown as text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
