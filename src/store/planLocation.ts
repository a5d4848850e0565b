/** Where each folder's plan file is (setting `networkingPlan.planFile`). */
import * as vscode from 'vscode';
import { homeFolder } from '../meetings/calendarPaths';

export const DEFAULT_PLAN_FILE = 'networking-plan.yaml';

/** The plan file setting for `folder`, as a path relative to the folder with `/` separators. */
export function planFileSetting(folder: vscode.WorkspaceFolder): string {
  const value = vscode.workspace.getConfiguration('networkingPlan', folder.uri).get<string>('planFile', DEFAULT_PLAN_FILE);
  const cleaned = (typeof value === 'string' ? value : '').trim().replace(/\\/g, '/').replace(/^\.\/+/, '');
  return cleaned === '' ? DEFAULT_PLAN_FILE : cleaned;
}

/** The plan file of `folder`: relative to it, an absolute path, or `~/...` in the home folder (where there is one). */
export function planUriFor(folder: vscode.WorkspaceFolder, home = homeFolder()): vscode.Uri {
  const relative = planFileSetting(folder);
  if (home && relative.startsWith('~/')) return folder.uri.with({ path: (home.replace(/\\/g, '/').replace(/\/+$/, '') + relative.slice(1)).replace(/^(?=[a-zA-Z]:)/, '/') });
  if (relative.startsWith('/') || /^[a-zA-Z]:\//.test(relative)) return folder.uri.with({ path: relative.replace(/^(?=[a-zA-Z]:)/, '/') });
  return vscode.Uri.joinPath(folder.uri, relative);
}
