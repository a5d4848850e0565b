/**
 * A virtual workspace: the only folder is `memfs:/plans`, a file system that a test extension keeps in memory
 * (`test/fixtures/memfs-extension`). Runs in Node's extension host and in the browser's web worker.
 */
import * as vscode from 'vscode';
import type { NetworkingPlanApi } from '../../src/activate';
import * as assert from '../web/assert';
import { children, fixturePlanText, group, labelOf, planApi, planUri, snapshot, storeHas, waitFor } from '../web/helpers';

export const MEMFS_EXTENSION_ID = 'networking-plan-tests.memfs';

interface MemoryPlan {
  planText(): string;
  changePlan(text: string): void;
}

describe('a plan in a virtual workspace (an in-memory file system)', () => {
  let api!: NetworkingPlanApi;
  let memory!: MemoryPlan;

  before(async () => {
    const memfs = vscode.extensions.getExtension<MemoryPlan>(MEMFS_EXTENSION_ID);
    assert.ok(memfs, 'the test extension is installed');
    memory = await memfs.activate();
    api = await planApi();
  });

  it('opens on a folder of the memfs scheme', () => {
    assert.deepEqual(vscode.workspace.workspaceFolders?.map((f) => f.uri.toString()), ['memfs:/plans']);
    assert.equal(planUri().toString(), 'memfs:/plans/networking-plan.yaml');
  });

  it('reads the plan into the tree and the status bar', async () => {
    await storeHas(api, await fixturePlanText());
    assert.deepEqual((await children(api, await group(api, 'Start here'))).map(labelOf), ['Ada Lovelace', 'Margaret Hamilton']);
    assert.equal(api.statusBar.shown?.text, '$(person) 2 due (2 overdue)');
  });

  it('logs a contact into the file system, keeping the rest byte for byte', async () => {
    const saved = await vscode.commands.executeCommand<boolean>('networkingPlan.logContact', { names: ['Grace Hopper'], note: 'Coffee in the browser' });
    assert.equal(saved, true);
    const text = memory.planText();
    const fixture = (await fixturePlanText()).trimEnd();
    assert.ok(text.startsWith(fixture), 'everything before the new entry is byte-identical');
    assert.match(text.slice(fixture.length), /with: \[?Grace Hopper\]?\n\s+note: Coffee in the browser\n$/);
    await storeHas(api, text);
    assert.equal(api.statusBar.shown?.text, '$(person) 1 due (1 overdue)');
  });

  it('follows a change made in the file system behind the editor', async () => {
    const changed = memory.planText().replace('  - name: Alan Kay', '  - name: Alan Curtis Kay');
    memory.changePlan(changed);
    await storeHas(api, changed);
    assert.deepEqual((await children(api, await group(api, 'Not on a list'))).map(labelOf), ['Alan Curtis Kay']);
    assert.equal(snapshot(api).plan.problems.length, 0);
    await waitFor(() => vscode.workspace.textDocuments.every((d) => !d.isDirty), 'no unsaved document');
  });
});
