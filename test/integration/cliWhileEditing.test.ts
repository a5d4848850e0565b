import * as assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as lockfile from 'proper-lockfile';
import * as vscode from 'vscode';
import type { NetworkingPlanApi } from '../../src/extension';
import { MAX_PLAN_BYTES } from '../../src/core/read';
import { EXTENSION_ID, fixturePlanText, openPlan, planUri, readPlanFromDisk, report, waitFor, writePlanOnDisk } from './helpers';
import { captureMessages, resetPlan, storeHas, usePlanApi } from './planApi';

function runCli(args: string[]): Promise<{ code: number | null; err: string }> {
  const cli = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'cli.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, err }));
  });
}

/**
 * The fixture back after a round: editors reverted and closed, then the file written from outside (the CLI may have
 * written it after the editor's last look, so saving the document over it would be refused, rightly).
 */
async function freshPlan(api: NetworkingPlanApi): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const text = fixturePlanText();
  writePlanOnDisk(text);
  const key = planUri().toString();
  await waitFor(() => vscode.workspace.textDocuments.every((d) => d.uri.toString() !== key || d.isClosed || (!d.isDirty && d.getText() === text)), {
    message: 'an open copy of the plan to reload',
  });
  await storeHas(api, text);
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the command line and the extension writing the plan at the same moment', () => {
  let api!: NetworkingPlanApi;
  usePlanApi((found) => (api = found));

  it('never loses a contact: the CLI logs one while the extension logs another', async function () {
    this.timeout(120_000);
    const outcomes: string[] = [];
    for (let round = 0; round < 6; round++) {
      await freshPlan(api);
      await openPlan();
      const cli = runCli(['log', 'Grace Hopper', '--note', `cli ${round}`, planUri().fsPath]);
      // Different head starts, so that the two writes meet at different moments.
      await delay(round * 40);
      const { result: saved, messages } = await captureMessages(() =>
        vscode.commands.executeCommand<boolean>('networkingPlan.logContact', { names: ['Ada Lovelace'], note: `extension ${round}` }),
      );
      const { code, err } = await cli;
      const disk = readPlanFromDisk();
      if (code === 0) assert.match(disk, new RegExp(`note: cli ${round}\\n`), `round ${round}: the CLI said it logged, the file must have it`);
      else assert.match(err, /^networking-plan: .*nothing was written/, `round ${round}: the CLI was refused with a message`);
      if (saved) assert.match(disk, new RegExp(`note: extension ${round}\\n`), `round ${round}: the extension saved, the file must have it`);
      else assert.ok(messages.length > 0, `round ${round}: the extension said why it did not save`);
      outcomes.push(`${code === 0 ? 'cli' : 'cli refused'} + ${saved ? 'extension' : 'extension refused'}`);
    }
    report(`CLI and extension at once, 6 rounds: ${outcomes.join('; ')}`);
    await freshPlan(api);
  });
});

describe('an edit while the command line holds the plan', () => {
  let api!: NetworkingPlanApi;
  usePlanApi((found) => (api = found));

  it('waits for the lock the command line takes, then edits the file the command line wrote', async function () {
    this.timeout(60_000);
    await freshPlan(api);
    await openPlan();
    const file = fs.realpathSync(planUri().fsPath);
    const lockPath = `${file}.lock`;
    // The command line's side, as it does it: take the lock, write the file, let go.
    const release = await lockfile.lock(file, { lockfilePath: lockPath, realpath: false, stale: 60_000 });
    let settled = false;
    const edit = captureMessages(() => vscode.commands.executeCommand<boolean>('networkingPlan.logContact', { names: ['Ada Lovelace'], note: 'after the lock' }));
    void edit.then(() => (settled = true));
    await delay(800);
    assert.equal(settled, false, 'the edit must wait while the lock is held');
    assert.doesNotMatch(readPlanFromDisk(), /after the lock/);
    const written = `${readPlanFromDisk()}`.replace('journal:\n', 'journal:\n  - date: 2026-01-02\n    with: Grace Hopper\n    note: by the command line\n');
    assert.notEqual(written, readPlanFromDisk(), 'the fixture has a journal to add to');
    writePlanOnDisk(written);
    await release();
    const { result, messages } = await edit;
    assert.equal(result, true, messages.join(' | '));
    const disk = readPlanFromDisk();
    assert.match(disk, /note: by the command line\n/, 'the write made under the lock is kept');
    assert.match(disk, /note: after the lock\n/);
    assert.equal(fs.existsSync(lockPath), false, 'the extension lets go of the lock');
    await freshPlan(api);
  });
});

describe('a plan path that is not a plan file', () => {
  let api!: NetworkingPlanApi;
  usePlanApi((found) => (api = found));
  // Files of their own, never opened in VS Code: an editor's copy of the plan would make VS Code itself read them.
  const other = (name: string) => vscode.Uri.file(path.join(path.dirname(planUri().fsPath), name));
  const setPlanFile = (value: string | undefined) => vscode.workspace.getConfiguration('networkingPlan').update('planFile', value, vscode.ConfigurationTarget.Workspace);

  afterEach(async () => {
    await setPlanFile(undefined);
    for (const name of ['pipe.yaml', 'huge.yaml']) fs.rmSync(other(name).fsPath, { force: true });
    await resetPlan(api);
  });

  it('says at once that a named pipe is not a plan file, and refuses edits without waiting on it', async function () {
    this.timeout(30_000);
    const pipe = other('pipe.yaml');
    execFileSync('mkfifo', [pipe.fsPath]);
    await setPlanFile('pipe.yaml');
    await waitFor(() => api.store.snapshotFor(pipe)?.error, { message: 'the store to notice the pipe' });
    assert.match(api.store.snapshotFor(pipe)!.error!, /is not a regular file \(it is a pipe, a socket or a device\)/);
    const { result, messages } = await captureMessages(() =>
      vscode.commands.executeCommand<boolean>('networkingPlan.logContact', { names: ['Ada Lovelace'], note: 'x' }),
    );
    assert.equal(result, false);
    assert.equal(messages.length, 1, messages.join(' | '));
  });

  it('says that a file past the size limit is too large to be a plan', async function () {
    this.timeout(30_000);
    const huge = other('huge.yaml');
    fs.writeFileSync(huge.fsPath, '');
    fs.truncateSync(huge.fsPath, MAX_PLAN_BYTES + 1);
    await setPlanFile('huge.yaml');
    await waitFor(() => api.store.snapshotFor(huge)?.error, { message: 'the store to notice the size' });
    assert.match(api.store.snapshotFor(huge)!.error!, /is too large to be a plan \(32 MB; plans are read up to 32 MB\)/);
  });
});
