/** Choosing which plan (workspace folder) a command is about. */
import * as vscode from 'vscode';
import type { PlanSnapshot, PlanStore } from '../planStore';

export function offerCreatePlan(): void {
  void vscode.window
    .showInformationMessage(vscode.l10n.t('There is no networking plan in this workspace yet.'), vscode.l10n.t('Create networking plan'))
    .then((choice) => choice && vscode.commands.executeCommand('networkingPlan.createPlan'));
}

function uriOf(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'object' && value !== null) {
    const { uri, planUri, snapshot } = value as { uri?: unknown; planUri?: unknown; snapshot?: { uri?: unknown } };
    for (const candidate of [planUri, uri, snapshot?.uri]) if (candidate instanceof vscode.Uri) return candidate;
  }
  if (typeof value === 'string' && value !== '') return vscode.Uri.parse(value);
  return undefined;
}

/** The snapshot for a folder or plan URI given as argument (or an item carrying one). */
export function snapshotFromArg(store: PlanStore, arg: unknown): PlanSnapshot | undefined {
  const uri = uriOf(arg);
  if (!uri) return undefined;
  const key = uri.toString();
  return store.snapshots().find((s) => s.uri.toString() === key || s.folder.uri.toString() === key);
}

/**
 * The plan a command applies to: the one given, the only one, the one in the active editor, or asked for.
 * `existing` limits the choice to folders that have (or lack) a plan file.
 */
export async function pickPlan(store: PlanStore, arg: unknown, title: string, existing: boolean | 'any'): Promise<PlanSnapshot | undefined> {
  const given = snapshotFromArg(store, arg);
  if (given) return given;
  await store.ready;
  const all = store.snapshots();
  if (all.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: the networking plan is a file in your workspace.'));
    return undefined;
  }
  const candidates = existing === 'any' ? all : all.filter((s) => s.exists === existing && !s.error);
  if (candidates.length === 0) {
    if (existing === true) offerCreatePlan();
    else void vscode.window.showInformationMessage(vscode.l10n.t('Every folder of this workspace already has a networking plan.'));
    return undefined;
  }
  if (candidates.length === 1) return candidates[0];
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  const inEditor = candidates.find((s) => s.uri.toString() === active);
  if (inEditor) return inEditor;
  const chosen = await vscode.window.showQuickPick(
    candidates.map((s) => ({ label: s.folder.name, description: vscode.workspace.asRelativePath(s.uri, true), snapshot: s })),
    { title, placeHolder: vscode.l10n.t('Which folder?'), ignoreFocusOut: true },
  );
  return chosen?.snapshot;
}
