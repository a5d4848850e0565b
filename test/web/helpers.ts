/**
 * What the tests in the web worker extension host need: the extension's API, the plan file read and written through
 * `workspace.fs` (there is no `fs` in a browser), and waiting for the extension to catch up.
 */
import * as vscode from 'vscode';
import type { NetworkingPlanApi } from '../../src/activate';
import type { PlanSnapshot } from '../../src/planStore';
import type { PlanTreeItem } from '../../src/tree/treeItems';
import * as assert from './assert';

export const EXTENSION_ID = 'networking-plan.networking-plan';
export const PLAN_FILE = 'networking-plan.yaml';

export function extension(): vscode.Extension<NetworkingPlanApi> {
  const found = vscode.extensions.getExtension<NetworkingPlanApi>(EXTENSION_ID);
  assert.ok(found, `extension ${EXTENSION_ID} is not loaded`);
  return found;
}

export async function planApi(): Promise<NetworkingPlanApi> {
  const api = await extension().activate();
  await api.whenReady;
  return api;
}

export function planUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, PLAN_FILE);
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** The plan as saved right now. */
export function readPlanFile(): Promise<string> {
  return readText(planUri());
}

/** Writes the plan without going through its document, as another editor or `git pull` would. */
export async function writePlanFile(text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(planUri(), new TextEncoder().encode(text));
}

/** A committed fixture, read from the extension's folder (the repository, as the extension under development). */
export function fixtureText(...path: string[]): Promise<string> {
  return readText(vscode.Uri.joinPath(extension().extensionUri, 'test', 'fixtures', ...path));
}

export function fixturePlanText(): Promise<string> {
  return fixtureText('workspaces', 'basic', PLAN_FILE);
}

type Falsy = false | 0 | '' | null | undefined;

/** Polls `condition` until it returns something truthy, which is returned; fails after the timeout. */
export async function waitFor<T>(condition: () => T | Falsy | Promise<T | Falsy>, message: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function snapshot(api: NetworkingPlanApi): PlanSnapshot {
  const found = api.store.snapshotFor(planUri());
  assert.ok(found, 'no snapshot for the plan');
  return found;
}

export async function storeHas(api: NetworkingPlanApi, text: string): Promise<void> {
  await waitFor(() => snapshot(api).exists && snapshot(api).text === text, 'the store to read the new plan text');
}

export function labelOf(item: vscode.TreeItem): string {
  const label = item.label;
  return typeof label === 'string' ? label : (label?.label ?? '');
}

export async function children(api: NetworkingPlanApi, parent?: PlanTreeItem): Promise<PlanTreeItem[]> {
  return (await Promise.resolve(api.tree.getChildren(parent))) ?? [];
}

export async function group(api: NetworkingPlanApi, label: string): Promise<PlanTreeItem> {
  const found = (await children(api)).find((i) => labelOf(i) === label);
  assert.ok(found, `no "${label}" group`);
  return found;
}

export async function personItem(api: NetworkingPlanApi, groupLabel: string, name: string): Promise<PlanTreeItem> {
  const found = (await children(api, await group(api, groupLabel))).find((i) => labelOf(i) === name);
  assert.ok(found, `no "${name}" under "${groupLabel}"`);
  return found;
}

export async function openPlan(): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(planUri()));
}

/** Replaces a document's whole text in the buffer (unsaved), as typing would. */
export async function setDocumentText(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, document.validateRange(new vscode.Range(0, 0, document.lineCount + 1, 0)), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the buffer took the new text');
}

/** Back to the fixture: unsaved changes reverted, editors closed, file restored, store caught up. */
export async function resetPlan(api: NetworkingPlanApi): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const fixture = await fixturePlanText();
  if ((await readPlanFile().catch(() => undefined)) !== fixture) await writePlanFile(fixture);
  await storeHas(api, fixture);
}

/** The hooks of a suite on the fixture plan: the API before all tests, the fixture back before each test and after. */
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
