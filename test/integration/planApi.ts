/** Reaching the extension's tree, store and status bar from the in-host tests. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NetworkingPlanApi } from '../../src/extension';
import type { PlanTreeItem } from '../../src/tree/treeItems';
import { activateExtension, fixturePlanText, planUri, restorePlan, waitFor } from './helpers';

export async function planApi(): Promise<NetworkingPlanApi> {
  const extension = await activateExtension<NetworkingPlanApi>();
  await extension.exports.whenReady;
  return extension.exports;
}

export function labelOf(item: vscode.TreeItem): string {
  const label = item.label;
  return typeof label === 'string' ? label : (label?.label ?? '');
}

export function children(api: NetworkingPlanApi, parent?: PlanTreeItem): Promise<PlanTreeItem[]> {
  return Promise.resolve(api.tree.getChildren(parent));
}

/** The root item labelled `label`. */
export async function group(api: NetworkingPlanApi, label: string): Promise<PlanTreeItem> {
  const found = (await children(api)).find((i) => labelOf(i) === label);
  assert.ok(found, `no "${label}" group`);
  return found;
}

/** The person item `name` under the group `groupLabel`. */
export async function personItem(api: NetworkingPlanApi, groupLabel: string, name: string): Promise<PlanTreeItem> {
  const found = (await children(api, await group(api, groupLabel))).find((i) => labelOf(i) === name);
  assert.ok(found, `no "${name}" under "${groupLabel}"`);
  return found;
}

export function snapshot(api: NetworkingPlanApi) {
  const found = api.store.snapshotFor(planUri());
  assert.ok(found, 'no snapshot for the plan');
  return found;
}

/** Waits until the store has read `text` (after a write on disk or an edit in the buffer). */
export async function storeHas(api: NetworkingPlanApi, text: string): Promise<void> {
  await waitFor(() => snapshot(api).exists && snapshot(api).text === text, { message: 'the store to read the new plan text' });
}

/** Back to the fixture: editors closed, file restored, store caught up. */
export async function resetPlan(api: NetworkingPlanApi): Promise<void> {
  // Revert first: closing a dirty editor would ask whether to save.
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await restorePlan();
  await storeHas(api, fixturePlanText());
}

/**
 * The hooks of a suite that works on the fixture plan: the extension's API before all tests (handed to `got`),
 * and the fixture plan back (editors closed, file restored, store caught up) before each test and after the suite.
 */
export function usePlanApi(got: (api: NetworkingPlanApi) => void): void {
  let api: NetworkingPlanApi | undefined;
  before(async () => {
    api = await planApi();
    got(api);
  });
  beforeEach(() => resetPlan(api!));
  after(() => resetPlan(api!));
}

/** Records the messages the extension shows while `body` runs (without showing them, and answering none). */
export async function captureMessages<T>(body: () => PromiseLike<T>): Promise<{ result: T; messages: string[] }> {
  const window = vscode.window as unknown as Record<string, unknown>;
  const names = ['showErrorMessage', 'showWarningMessage', 'showInformationMessage'];
  const originals = names.map((n) => window[n]);
  const messages: string[] = [];
  for (const n of names) window[n] = (message: string) => (messages.push(message), Promise.resolve(undefined));
  try {
    return { result: await body(), messages };
  } finally {
    names.forEach((n, i) => (window[n] = originals[i]));
  }
}
