/**
 * Where each entry of `networkingPlan.meetingCalendars` points: an absolute path, `~/...` in the home folder, a path
 * relative to the first workspace folder, or a URI. No Node built-ins: this also runs in a web extension host.
 */
import * as vscode from 'vscode';

const URI_PATTERN = /^[a-z][a-z0-9+.-]+:\/\//i;

/** The home folder, when the host has one (not in a browser). */
export function homeFolder(): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.HOME || env?.USERPROFILE || undefined;
}

/** The file an entry names, or why it names none. */
export function calendarUri(entry: string, folders: readonly vscode.Uri[], home = homeFolder()): vscode.Uri | { error: string } {
  const path = entry.trim();
  if (path === '') return { error: vscode.l10n.t('an empty path') };
  if (URI_PATTERN.test(path)) return vscode.Uri.parse(path, true);
  if (path === '~' || /^~[\\/]/.test(path)) {
    if (!home) return { error: vscode.l10n.t('there is no home folder here for "~"') };
    return vscode.Uri.file(home.replace(/[\\/]+$/, '') + path.slice(1));
  }
  if (path.startsWith('/') || path.startsWith('\\\\') || /^[a-z]:[\\/]/i.test(path)) return vscode.Uri.file(path);
  if (folders.length === 0) return { error: vscode.l10n.t('a relative path, and no folder is open') };
  return vscode.Uri.joinPath(folders[0], path);
}

/** How the setting stores a file the user picked: its path on disk, else its URI. */
export function settingEntry(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : uri.toString();
}
