import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { deriveView, readPlan } from '../../src/core';
import type { PlanSnapshot, PlanStore } from '../../src/planStore';
import { PlanTreeProvider } from '../../src/tree/planTreeProvider';
import { labelOf } from './planApi';

const TODAY = '2026-03-10';

function snapshotOf(name: string, index: number, text: string | undefined, error?: string): PlanSnapshot {
  const folder: vscode.WorkspaceFolder = { uri: vscode.Uri.file(`/tmp/multi-root/${name}`), name, index };
  const plan = readPlan(text ?? '');
  return {
    folder,
    uri: vscode.Uri.joinPath(folder.uri, 'networking-plan.yaml'),
    exists: text !== undefined,
    text: text ?? '',
    plan,
    viewPlan: plan,
    view: deriveView(plan, TODAY),
    stale: false,
    error,
    loaded: true,
  };
}

/** Just what the tree reads from a store. */
function storeOf(snapshots: PlanSnapshot[]): PlanStore {
  const fake = {
    snapshots: () => snapshots,
    snapshotFor: (uri: vscode.Uri) => snapshots.find((s) => s.uri.toString() === uri.toString()),
    today: () => TODAY,
    onDidChange: new vscode.EventEmitter<void>().event,
  };
  return fake as unknown as PlanStore;
}

describe('tree of a multi-root workspace', () => {
  it('refreshes once every plan was read, not while one is loading (VS Code delays a refresh that follows another)', () => {
    const changed = new vscode.EventEmitter<void>();
    const snapshots = [snapshotOf('work', 0, undefined), { ...snapshotOf('side', 1, undefined), loaded: false }];
    const provider = new PlanTreeProvider({ ...storeOf(snapshots), onDidChange: changed.event } as unknown as PlanStore);
    let refreshes = 0;
    const listener = provider.onDidChangeTreeData(() => refreshes++);
    try {
      changed.fire();
      assert.equal(refreshes, 0);
      snapshots[1] = snapshotOf('side', 1, undefined);
      changed.fire();
      assert.equal(refreshes, 1);
    } finally {
      listener.dispose();
      provider.dispose();
      changed.dispose();
    }
  });

  const work = 'people:\n  - name: Ada\n    lists: [like, help]\n    stage: building\n    next: 2026-03-01\n';

  it('has a root per folder, with what is due, and offers to create the missing plan', () => {
    const provider = new PlanTreeProvider(storeOf([snapshotOf('work', 0, work), snapshotOf('side', 1, undefined), snapshotOf('odd', 2, undefined, '"x" is a folder, not a file.')]));
    try {
      const roots = provider.getChildren();
      assert.deepEqual(roots.map((r) => [labelOf(r), r.description]), [
        ['work', '1 due'],
        ['side', 'no plan yet'],
        ['odd', 'cannot read the plan'],
      ]);
      assert.deepEqual(provider.getChildren(roots[0]).map(labelOf), ['Start here', 'Know & like', 'Can help my career']);
      const create = provider.getChildren(roots[1]);
      assert.deepEqual(create.map(labelOf), ['Create networking plan…']);
      assert.equal(create[0].command?.command, 'networkingPlan.createPlan');
      assert.match(labelOf(provider.getChildren(roots[2])[0]), /is a folder/);
    } finally {
      provider.dispose();
    }
  });

  it('shows the welcome view (no items) when no folder has a plan', () => {
    const provider = new PlanTreeProvider(storeOf([snapshotOf('a', 0, undefined), snapshotOf('b', 1, undefined)]));
    try {
      assert.deepEqual(provider.getChildren(), []);
    } finally {
      provider.dispose();
    }
  });
});
