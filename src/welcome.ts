/** Create Plan: writes the starter plan (only where no file exists yet) and opens it. */
import * as vscode from 'vscode';
import type { CommandEnv } from './commands/calendarCommands';
import { starterPlan } from './core';
import type { PlanStore } from './planStore';
import { loadLazy } from './lazy';
import { pickPlan } from './commands/planPicker';
import { describeError, displayPath, folderError, statIfExists } from './store/planFileAccess';

/**
 * `networkingPlan.createPlan` (optionally for a folder or plan URI). True when a plan exists afterwards. A new plan that
 * git would commit is offered to be kept out of the repository (not awaited: the offer waits for the user).
 */
export async function createPlan(this: CommandEnv | void, store: PlanStore, arg?: unknown): Promise<boolean> {
  await store.ready;
  // From the palette with a plan in every folder: open one instead (never overwrite).
  const someMissing = store.snapshots().some((s) => !s.exists && !s.error);
  const snapshot = await pickPlan(store, arg, vscode.l10n.t('Create networking plan'), arg === undefined && someMissing ? false : 'any');
  if (!snapshot) return false;
  const { uri } = snapshot;
  try {
    const stat = await statIfExists(uri);
    if (stat && stat.type & vscode.FileType.Directory) {
      void vscode.window.showErrorMessage(folderError(uri));
      return false;
    }
    if (!stat) {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(starterPlan(store.today())));
      await store.refresh();
      const wouldCommit = this?.wouldCommit;
      if (wouldCommit && this) void loadLazy('privacy').offerPrivacy({ folder: snapshot.folder, plan: uri, reason: 'create', wouldCommit, state: this.workspaceState });
    }
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: false });
    if (stat) void vscode.window.showInformationMessage(vscode.l10n.t('"{0}" already exists: it is open now.', displayPath(uri)));
    return true;
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create "{0}": {1}', displayPath(uri), describeError(error)));
    return false;
  }
}
