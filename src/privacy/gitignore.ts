/** The `.gitignore` line that keeps the plan out of a repository, and adding it to the file's text. Pure text in, text out. */

/** A `.gitignore` pattern for exactly this file, relative to the `.gitignore`'s folder (`/` separators). */
export function gitignoreEntry(relativePath: string): string {
  // Anchored with a leading slash: this file, not every file of that name below. Pattern characters are escaped.
  const escaped = relativePath
    .replace(/^\/+/, '')
    .replace(/[\\*?[\]!#]/g, (c) => `\\${c}`)
    .replace(/ +$/, (spaces) => spaces.replace(/ /g, '\\ '));
  return `/${escaped}`;
}

/**
 * The `.gitignore` text with `entry` added as its last line: every existing byte kept, the file's own line ending used
 * (CRLF when it has one), a missing final line break added first. Unchanged when the entry is already a line of it.
 */
export function withGitignoreEntry(text: string, entry: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (text.split(/\r?\n/).some((line) => line.trimEnd() === entry)) return text;
  const separator = text === '' || text.endsWith('\n') ? '' : eol;
  return `${text}${separator}${entry}${eol}`;
}

/** Whether to offer to keep the plan private: only a plan git would commit, and only once per workspace at startup. */
export function shouldOffer(check: { reason: 'create' | 'startup'; alreadyAsked: boolean; wouldCommit: boolean | undefined }): boolean {
  if (check.wouldCommit !== true) return false;
  return check.reason === 'create' || !check.alreadyAsked;
}

/** workspaceState key: the startup offer was made in this workspace. */
export const PRIVACY_ASKED_KEY = 'networkingPlan.privacyAsked';
