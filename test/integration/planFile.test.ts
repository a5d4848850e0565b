import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { NetworkingPlanApi } from '../../src/extension';
import { planUri, readPlanFromDisk, waitFor } from './helpers';
import { captureMessages, children, labelOf, resetPlan, snapshot, usePlanApi } from './planApi';

describe('the plan file comes and goes', () => {
  let api!: NetworkingPlanApi;
  usePlanApi((found) => (api = found));

  afterEach(async () => {
    fs.rmSync(planUri().fsPath, { recursive: true, force: true });
    await resetPlan(api);
  });

  it('shows the welcome state when the plan is deleted, and Create Plan writes a starter plan and opens it', async () => {
    fs.rmSync(planUri().fsPath);
    await waitFor(() => !snapshot(api).exists, { message: 'the store to notice the deletion' });
    assert.deepEqual(await children(api), [], 'an empty tree lets the welcome view show');
    assert.equal(api.treeView.badge, undefined);
    assert.equal(api.statusBar.shown, undefined);

    assert.equal(await vscode.commands.executeCommand<boolean>('networkingPlan.createPlan'), true);
    const text = readPlanFromDisk();
    assert.match(text, /Start where the lists meet/);
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === planUri().toString(), { message: 'the new plan to open' });
    await waitFor(() => snapshot(api).text === text, { message: 'the store to read the starter plan' });
    const start = (await children(api))[0];
    assert.deepEqual((await children(api, start)).map(labelOf), ['Dana Lee (example)']);
  });

  it('never overwrites an existing plan from Create Plan', async () => {
    const before = readPlanFromDisk();
    const { result } = await captureMessages(() => vscode.commands.executeCommand<boolean>('networkingPlan.createPlan', planUri()));
    assert.equal(result, true);
    assert.equal(readPlanFromDisk(), before);
  });

  it('refuses to edit a plan that is not valid UTF-8, leaving its bytes as they were', async () => {
    const bytes = Buffer.concat([Buffer.from(readPlanFromDisk(), 'utf8'), Buffer.from('# caf\xe9 in Latin-1\n', 'latin1')]);
    fs.writeFileSync(planUri().fsPath, bytes);
    await waitFor(() => snapshot(api).text.includes('\uFFFD'), { message: 'the store to read the new bytes' });
    const { result, messages } = await captureMessages(() =>
      vscode.commands.executeCommand<boolean>('networkingPlan.logContact', { names: ['Ada Lovelace'], note: 'x' }),
    );
    assert.equal(result, false);
    assert.ok(messages.some((m) => /not valid UTF-8/.test(m)), messages.join(' | '));
    assert.deepEqual(fs.readFileSync(planUri().fsPath), bytes);
  });

  it('says clearly when the plan path is a folder, and refuses edits without throwing', async () => {
    fs.rmSync(planUri().fsPath);
    fs.mkdirSync(planUri().fsPath);
    await waitFor(() => snapshot(api).error !== undefined, { message: 'the store to notice the folder' });
    const roots = await children(api);
    assert.equal(roots.length, 1);
    assert.match(labelOf(roots[0]), /is a folder, not a file/);
    const { result, messages } = await captureMessages(() =>
      vscode.commands.executeCommand<boolean>('networkingPlan.logContact', { names: ['Ada Lovelace'], note: 'x' }),
    );
    assert.equal(result, false);
    assert.equal(messages.length, 1);
    assert.ok(fs.statSync(planUri().fsPath).isDirectory());
  });

  it('shows the welcome state when the open plan is deleted on disk', async () => {
    const document = await vscode.workspace.openTextDocument(planUri());
    await vscode.window.showTextDocument(document);
    fs.rmSync(planUri().fsPath);
    await waitFor(() => !snapshot(api).exists, { message: 'the store to notice the deletion' });
    assert.deepEqual(await children(api), []);
  });

  it('follows the plan renamed away and back while the view is open', async () => {
    const text = readPlanFromDisk();
    const moved = `${planUri().fsPath}.bak`;
    fs.renameSync(planUri().fsPath, moved);
    try {
      await waitFor(() => !snapshot(api).exists, { message: 'the store to notice the rename' });
      assert.deepEqual(await children(api), [], 'the welcome view shows');
    } finally {
      fs.renameSync(moved, planUri().fsPath);
    }
    await waitFor(() => snapshot(api).exists && snapshot(api).text === text, { message: 'the store to read the plan again' });
    assert.ok((await children(api)).length > 0);
  });
});
