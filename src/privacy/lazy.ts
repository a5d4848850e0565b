/**
 * Keeping the plan out of a repository: when git would commit the plan file, offers to add it to the folder's
 * `.gitignore`, to keep it where it is, or to move it to a private folder outside the workspace. Loaded on use.
 */
import * as vscode from 'vscode';
import { describeError, displayPath, statIfExists } from '../store/planFileAccess';
import { gitignoreEntry, PRIVACY_ASKED_KEY, shouldOffer, withGitignoreEntry } from './gitignore';

declare module '../lazy' {
  interface LazyModules {
    privacy: typeof import('./lazy');
  }
}

export interface PrivacyCheck {
  folder: vscode.WorkspaceFolder;
  plan: vscode.Uri;
  reason: 'create' | 'startup';
  wouldCommit: (uri: vscode.Uri) => Promise<boolean | undefined>;
  state: vscode.Memento;
}

export type PrivacyOutcome = 'notNeeded' | 'ignored' | 'kept' | 'moved' | 'dismissed' | 'failed';

/** The plan's path relative to the folder, when it is inside it. */
function relativeToFolder(folder: vscode.WorkspaceFolder, plan: vscode.Uri): string | undefined {
  const base = folder.uri.path.replace(/\/+$/, '') + '/';
  return plan.scheme === folder.uri.scheme && plan.authority === folder.uri.authority && plan.path.startsWith(base) ? plan.path.slice(base.length) : undefined;
}

export async function offerPrivacy(check: PrivacyCheck): Promise<PrivacyOutcome> {
  const relative = relativeToFolder(check.folder, check.plan);
  if (relative === undefined) return 'notNeeded';
  const alreadyAsked = check.state.get<boolean>(PRIVACY_ASKED_KEY) === true;
  if (check.reason === 'startup' && alreadyAsked) return 'notNeeded';
  const wouldCommit = await check.wouldCommit(check.plan);
  if (!shouldOffer({ reason: check.reason, alreadyAsked, wouldCommit })) return 'notNeeded';
  await check.state.update(PRIVACY_ASKED_KEY, true);
  const ignore = vscode.l10n.t('Add to .gitignore');
  const keep = vscode.l10n.t('Keep it here');
  const move = vscode.l10n.t('Move to a private folder…');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('"{0}" holds your candid notes about colleagues, and git would commit it with the rest of "{1}". Keep it out of the repository?', relative, check.folder.name),
    ignore,
    keep,
    move,
  );
  if (answer === ignore) return addToGitignore(check.folder, relative);
  if (answer === move) return moveToPrivateFolder(check);
  return answer === keep ? 'kept' : 'dismissed';
}

async function addToGitignore(folder: vscode.WorkspaceFolder, relative: string): Promise<PrivacyOutcome> {
  const file = vscode.Uri.joinPath(folder.uri, '.gitignore');
  try {
    const old = (await statIfExists(file)) ? new TextDecoder().decode(await vscode.workspace.fs.readFile(file)) : '';
    const text = withGitignoreEntry(old, gitignoreEntry(relative));
    if (text !== old) await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    void vscode.window.showInformationMessage(vscode.l10n.t('"{0}" is in {1} now: git leaves the plan out.', relative, displayPath(file)));
    return 'ignored';
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not change "{0}": {1}', displayPath(file), describeError(error)));
    return 'failed';
  }
}

function insideWorkspace(uri: vscode.Uri): boolean {
  return (vscode.workspace.workspaceFolders ?? []).some((f) => uri.scheme === f.uri.scheme && (uri.path + '/').startsWith(f.uri.path.replace(/\/+$/, '') + '/'));
}

async function moveToPrivateFolder(check: PrivacyCheck): Promise<PrivacyOutcome> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === check.plan.toString());
  if (document?.isDirty) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Save the plan first: it has changes that are not saved.'));
    return 'failed';
  }
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('A private folder for the plan, outside the workspace'),
    openLabel: vscode.l10n.t('Move Plan Here'),
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
  });
  const folder = picked?.[0];
  if (!folder) return 'dismissed';
  if (insideWorkspace(folder)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" is inside the workspace: choose a folder outside it.', displayPath(folder)));
    return 'failed';
  }
  const name = check.plan.path.slice(check.plan.path.lastIndexOf('/') + 1);
  const target = vscode.Uri.joinPath(folder, name);
  try {
    if (await statIfExists(target)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" already exists: nothing was moved.', displayPath(target)));
      return 'failed';
    }
    await vscode.workspace.fs.copy(check.plan, target, { overwrite: false });
    await vscode.workspace
      .getConfiguration('networkingPlan', check.folder.uri)
      .update('planFile', target.scheme === 'file' ? target.fsPath : target.path, vscode.ConfigurationTarget.WorkspaceFolder);
    // Removed only once the setting points at the copy, so the plan is never lost in between.
    await vscode.workspace.fs.delete(check.plan, { useTrash: false });
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not move the plan to "{0}": {1}', displayPath(target), describeError(error)));
    return 'failed';
  }
  void vscode.window.showInformationMessage(vscode.l10n.t('The plan is in "{0}" now, outside the workspace (setting networkingPlan.planFile).', displayPath(target)));
  return 'moved';
}
