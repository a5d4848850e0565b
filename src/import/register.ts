/** The Import People command; the parsers and the preview load on first use from the import lazy bundle. */
import * as vscode from 'vscode';
import { loadLazy } from '../lazy';
import type { PlanStore } from '../planStore';
import type { ImportPanel } from './lazy';

export interface ImportHandle {
  /** The open preview, if any. */
  current(): ImportPanel | undefined;
}

export function registerImport(store: PlanStore, extensionUri: vscode.Uri): { disposable: vscode.Disposable; handle: ImportHandle } {
  let current: ImportPanel | undefined;
  const command = vscode.commands.registerCommand('networkingPlan.importPeople', async (arg?: unknown) => {
    await store.ready;
    try {
      // One preview at a time: a second import replaces the first, whose choices were not imported.
      current?.dispose();
      const opened = await loadLazy('import').importPeople(store, extensionUri, arg, () => {
        if (current === opened) current = undefined;
      });
      current = opened;
      return opened !== undefined;
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Networking Plan: {0}', error instanceof Error ? error.message : String(error)));
      return false;
    }
  });
  const disposable = vscode.Disposable.from(command, { dispose: () => void current?.dispose() });
  return { disposable, handle: { current: () => current } };
}
