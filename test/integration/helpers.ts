import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LOG_ENV } from '../harness/summary';

export const EXTENSION_ID = 'networking-plan.networking-plan';
export const PLAN_FILE = 'networking-plan.yaml';
const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** The (temporary copy of the) fixture workspace the suite runs in. */
export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration suite needs a workspace folder');
  return folder.uri.fsPath;
}

export function planUri(): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceRoot(), PLAN_FILE));
}

/** The committed text of a fixture workspace's plan (`test/fixtures/workspaces/<name>/networking-plan.yaml`). */
export function fixturePlanText(workspace = 'basic'): string {
  return fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'workspaces', workspace, PLAN_FILE), 'utf8');
}

/** The plan as saved on disk right now. */
export function readPlanFromDisk(): string {
  return fs.readFileSync(planUri().fsPath, 'utf8');
}

/** Writes the plan from outside VS Code, as another editor or `git pull` would. */
export function writePlanOnDisk(text: string): void {
  fs.writeFileSync(planUri().fsPath, text);
}

/** Prints a line into the suite's report (the extension host's console is not shown). */
export function report(line: string): void {
  const logFile = process.env[LOG_ENV];
  if (logFile) fs.appendFileSync(logFile, `    ${line}\n`);
  else console.log(`    ${line}`);
}

/** Puts the fixture's plan back (on disk and in an open editor), so that tests do not depend on each other. */
export async function restorePlan(workspace = 'basic'): Promise<void> {
  const text = fixturePlanText(workspace);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === planUri().fsPath && !d.isClosed);
  if (!open) {
    writePlanOnDisk(text);
    return;
  }
  // Through the document, so that unsaved typing cannot survive and VS Code never sees a conflict with the disk.
  if (open.getText() !== text) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(open.uri, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), text);
    assert.ok(await vscode.workspace.applyEdit(edit), 'the plan could be restored in its editor');
  }
  if (open.isDirty) assert.ok(await open.save(), 'the restored plan could be saved');
  else if (!fs.existsSync(planUri().fsPath) || readPlanFromDisk() !== text) writePlanOnDisk(text);
  await waitFor(() => readPlanFromDisk() === text && open.getText() === text, { message: 'the restored plan on disk and in its editor' });
}

/** The extension, activated; its exports are whatever `activate()` returned. */
export async function activateExtension<T = unknown>(): Promise<vscode.Extension<T>> {
  const extension = vscode.extensions.getExtension<T>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  await extension.activate();
  return extension;
}

/** Opens the plan in an editor. */
export async function openPlan(): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(planUri());
  return vscode.window.showTextDocument(document);
}

export interface WaitOptions {
  timeoutMs?: number;
  /** What is awaited, for the error when it never happens. */
  message?: string;
}

type Falsy = false | 0 | '' | null | undefined;

/** Polls `condition` until it returns something truthy, which is returned; fails after the timeout. */
export async function waitFor<T>(condition: () => T | Falsy | Promise<T | Falsy>, options: WaitOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${options.message ?? 'a condition'}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
