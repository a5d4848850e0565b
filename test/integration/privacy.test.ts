import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { offerPrivacy } from '../../src/privacy/lazy';
import { planUriFor } from '../../src/store/planLocation';
import { fixturePlanText, planUri, waitFor, workspaceRoot } from './helpers';
import type { NetworkingPlanApi } from '../../src/extension';
import { captureMessages, snapshot, usePlanApi } from './planApi';

/** Answers the extension's warning messages with `answer` (or records them) while `body` runs. */
async function answeringWarnings<T>(answer: string | undefined, body: () => PromiseLike<T>): Promise<{ result: T; warnings: string[] }> {
  const window = vscode.window as unknown as Record<string, unknown>;
  const original = window.showWarningMessage;
  const warnings: string[] = [];
  window.showWarningMessage = (message: string) => (warnings.push(message), Promise.resolve(answer));
  try {
    return { result: await body(), warnings };
  } finally {
    window.showWarningMessage = original;
  }
}

describe('private by default: the plan and git', () => {
  let api!: NetworkingPlanApi;
  usePlanApi((found) => (api = found));
  const removePlan = async () => {
    fs.rmSync(planUri().fsPath);
    await waitFor(() => !snapshot(api).exists, { message: 'the store to notice the deletion' });
  };
  const gitignore = () => path.join(workspaceRoot(), '.gitignore');
  // VS Code's own git extension would notice the repository made here, and fail loudly when it goes away.
  before(() => vscode.workspace.getConfiguration('git').update('enabled', false, vscode.ConfigurationTarget.Workspace));
  after(() => vscode.workspace.getConfiguration('git').update('enabled', undefined, vscode.ConfigurationTarget.Workspace));
  afterEach(() => {
    fs.rmSync(path.join(workspaceRoot(), '.git'), { recursive: true, force: true });
    fs.rmSync(gitignore(), { force: true });
  });

  it('Create Plan in a git work tree offers to add the plan to .gitignore, and adds it keeping the other lines', async function () {
    this.timeout(60_000);
    execFileSync('git', ['init', '-q'], { cwd: workspaceRoot() });
    fs.writeFileSync(gitignore(), 'node_modules/\r\n*.log');
    await removePlan();
    const { result, warnings } = await answeringWarnings('Add to .gitignore', async () => {
      const created = await vscode.commands.executeCommand<boolean>('networkingPlan.createPlan');
      await waitFor(() => fs.readFileSync(gitignore(), 'utf8').includes('/networking-plan.yaml'), { message: '.gitignore to name the plan' });
      return created;
    });
    assert.equal(result, true);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /git would commit it/);
    assert.equal(fs.readFileSync(gitignore(), 'utf8'), 'node_modules/\r\n*.log\r\n/networking-plan.yaml\r\n');
    // git itself now leaves the plan out (exit 0: ignored).
    execFileSync('git', ['check-ignore', '-q', 'networking-plan.yaml'], { cwd: workspaceRoot() });
  });

  it('Create Plan outside a git work tree asks nothing', async () => {
    await removePlan();
    const { result: { result, messages }, warnings } = await answeringWarnings(undefined, () => captureMessages(() => vscode.commands.executeCommand<boolean>('networkingPlan.createPlan')));
    assert.equal(result, true, messages.join('\n'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(warnings, []);
    assert.equal(fs.existsSync(gitignore()), false);
  });

  it('planFile takes an absolute path and ~/ in the home folder', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    const config = vscode.workspace.getConfiguration('networkingPlan');
    const home = path.join(os.tmpdir(), 'np-home');
    try {
      await config.update('planFile', '~/private/networking-plan.yaml', vscode.ConfigurationTarget.Workspace);
      assert.equal(planUriFor(folder, home).fsPath, path.join(home, 'private', 'networking-plan.yaml'));
      const absolute = path.join(os.tmpdir(), 'np-abs', 'plan.yaml');
      await config.update('planFile', absolute, vscode.ConfigurationTarget.Workspace);
      assert.equal(planUriFor(folder, home).fsPath, absolute);
    } finally {
      await config.update('planFile', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  /** A workspace state of its own, so the extension's real one is left alone. */
  function memento(): vscode.Memento & { values: Map<string, unknown> } {
    const values = new Map<string, unknown>();
    return { values, keys: () => [...values.keys()], get: <T>(key: string, fallback?: T) => (values.has(key) ? (values.get(key) as T) : fallback), update: (key: string, value: unknown) => (values.set(key, value), Promise.resolve()) };
  }

  it('at startup offers once per workspace, and moves the plan to a private folder outside it', async function () {
    this.timeout(60_000);
    const folder = vscode.workspace.workspaceFolders![0];
    const state = memento();
    const privateFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'np-private-'));
    const window = vscode.window as unknown as Record<string, unknown>;
    const original = window.showOpenDialog;
    window.showOpenDialog = () => Promise.resolve([vscode.Uri.file(privateFolder)]);
    const check = { folder, plan: planUri(), reason: 'startup' as const, wouldCommit: () => Promise.resolve(true), state };
    try {
      const first = await answeringWarnings('Move to a private folder…', () => offerPrivacy(check));
      assert.equal(first.result, 'moved');
      assert.equal(first.warnings.length, 1);
      const moved = path.join(privateFolder, 'networking-plan.yaml');
      assert.equal(fs.readFileSync(moved, 'utf8'), fixturePlanText());
      assert.equal(fs.existsSync(path.join(workspaceRoot(), 'networking-plan.yaml')), false);
      assert.equal(vscode.workspace.getConfiguration('networkingPlan', folder.uri).get('planFile'), moved);
      await waitFor(() => api.store.snapshots()[0]?.uri.fsPath === moved && api.store.snapshots()[0].exists, { message: 'the store to read the moved plan' });
      const again = await answeringWarnings('Keep it here', () => offerPrivacy({ ...check, plan: planUri() }));
      assert.deepEqual([again.result, again.warnings], ['notNeeded', []], 'asked once per workspace');
    } finally {
      window.showOpenDialog = original;
      await vscode.workspace.getConfiguration('networkingPlan', folder.uri).update('planFile', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      fs.rmSync(privateFolder, { recursive: true, force: true });
    }
  });

  it('never moves the plan into the workspace', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    const window = vscode.window as unknown as Record<string, unknown>;
    const original = window.showOpenDialog;
    window.showOpenDialog = () => Promise.resolve([folder.uri]);
    try {
      const { result, messages } = await captureMessages(() =>
        answeringWarnings('Move to a private folder…', () => offerPrivacy({ folder, plan: planUri(), reason: 'create', wouldCommit: () => Promise.resolve(true), state: memento() })),
      );
      assert.equal(result.result, 'failed');
      assert.ok(messages.some((m) => /inside the workspace/.test(m)), messages.join('\n'));
      assert.equal(fs.readFileSync(planUri().fsPath, 'utf8'), fixturePlanText());
    } finally {
      window.showOpenDialog = original;
    }
  });
});
