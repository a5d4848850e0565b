/** The Show Insights command; the panel itself loads on first use from the insights lazy bundle. */
import * as vscode from 'vscode';
import { loadLazy } from '../lazy';
import type { PlanSnapshot, PlanStore } from '../planStore';
import type { InsightsPanel } from './lazy';

export interface InsightsHandle {
  /** The open panel, if any. */
  current(): InsightsPanel | undefined;
}

function snapshotToShow(store: PlanStore, arg: unknown): PlanSnapshot | undefined {
  const existing = store.snapshots().filter((s) => s.exists);
  const wanted = arg instanceof vscode.Uri ? arg.toString() : vscode.window.activeTextEditor?.document.uri.toString();
  return existing.find((s) => s.uri.toString() === wanted) ?? existing[0];
}

export function registerInsights(store: PlanStore, extensionUri: vscode.Uri): { disposable: vscode.Disposable; handle: InsightsHandle } {
  let current: InsightsPanel | undefined;
  const command = vscode.commands.registerCommand('networkingPlan.showInsights', async (arg?: unknown) => {
    await store.ready;
    const snapshot = snapshotToShow(store, arg);
    if (!snapshot) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Insights need a networking plan: create one first (Networking Plan: Create Plan).'));
      return false;
    }
    if (current && current.uri.toString() === snapshot.uri.toString()) {
      current.reveal();
      return true;
    }
    current?.dispose();
    const opened = loadLazy('insights').openInsightsPanel(store, snapshot, extensionUri, () => {
      if (current === opened) current = undefined;
    });
    current = opened;
    return true;
  });
  const disposable = vscode.Disposable.from(command, { dispose: () => void current?.dispose() });
  return { disposable, handle: { current: () => current } };
}
