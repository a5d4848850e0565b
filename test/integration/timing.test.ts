import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NetworkingPlanApi } from '../../src/extension';
import { generatePlan } from '../bench/generatePlan';
import { activateExtension, readPlanFromDisk, report, waitFor, workspaceRoot } from './helpers';

const demoPlan = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'demo-plan.yaml');

/**
 * Switches `networkingPlan.planFile` to `file` and times, from the switch, the plan's load, the status bar's update
 * and the tree's first items: what activation does for that plan, minus loading the extension's code.
 * (A fresh activation per plan would need a window per plan: seconds each.)
 */
async function timeSwitchTo(api: NetworkingPlanApi, file: string, text: string): Promise<Record<string, number>> {
  const started = performance.now();
  const times: Record<string, number> = {};
  const since = (): number => Math.round(performance.now() - started);
  const loaded = (): boolean => api.store.snapshots()[0]?.text === text;
  const tree = api.tree;
  const getChildren = tree.getChildren.bind(tree);
  tree.getChildren = (element) => {
    const children = getChildren(element);
    if (times.treeMs === undefined && loaded() && children.length > 0) times.treeMs = since();
    return children;
  };
  // Registered after the status bar's own listener, so it runs right after the item was updated.
  const listener = api.store.onDidChange(() => {
    if (times.statusBarMs === undefined && loaded() && api.statusBar.shown) times.statusBarMs = since();
  });
  try {
    await vscode.workspace.getConfiguration('networkingPlan').update('planFile', file, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => times.statusBarMs !== undefined && times.treeMs !== undefined, {
      timeoutMs: 30_000,
      message: 'the status bar and the tree to show the plan',
    });
    return times;
  } finally {
    listener.dispose();
    tree.getChildren = getChildren;
  }
}

/** How long updating a setting takes to reach the extension host (part of every switch timed above). */
async function timeSettingUpdate(): Promise<number> {
  const config = () => vscode.workspace.getConfiguration('networkingPlan');
  const started = performance.now();
  const seen = new Promise<void>((resolve) => {
    const listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('networkingPlan.dueSoonDays')) return;
      listener.dispose();
      resolve();
    });
  });
  await config().update('dueSoonDays', 4, vscode.ConfigurationTarget.Workspace);
  await seen;
  const ms = Math.round(performance.now() - started);
  await config().update('dueSoonDays', undefined, vscode.ConfigurationTarget.Workspace);
  await new Promise((resolve) => setTimeout(resolve, 300));
  return ms;
}

describe('activation time', function () {
  this.timeout(120_000);
  let api: NetworkingPlanApi;

  before(async () => {
    api = (await activateExtension<NetworkingPlanApi>()).exports;
    // The tree asks for items only while its view is visible.
    await vscode.commands.executeCommand('networkingPlan.people.focus');
  });

  after(async () => {
    await vscode.workspace.getConfiguration('networkingPlan').update('planFile', undefined, vscode.ConfigurationTarget.Workspace);
    const plan = readPlanFromDisk();
    await waitFor(() => api.store.snapshots()[0]?.text === plan, { message: 'the fixture plan to be shown again' });
  });

  it('shows the status bar soon after activate()', async () => {
    const timing = await api.whenReady;
    const ms = (value?: number): string => (value === undefined ? 'n/a' : `${value.toFixed(1)} ms`);
    report(`fixture plan, from activate(): returned ${ms(timing.activateMs)}, status bar ${ms(timing.statusBarMs)}, every plan read ${ms(timing.firstLoadMs)}`);
    assert.ok(api.statusBar.shown, 'the status bar item is shown');
    // A small local plan is read inside activate(), so the status bar can be filled before it returns.
    assert.ok(timing.statusBarMs !== undefined && timing.firstLoadMs !== undefined && timing.statusBarMs <= timing.firstLoadMs);
  });

  const plans = [
    { label: 'demo plan', file: 'timing-demo.yaml', text: () => fs.readFileSync(demoPlan, 'utf8') },
    { label: '1,000 people and 10,000 journal entries', file: 'timing-1000.yaml', text: () => generatePlan(1000) },
  ];
  for (const { label, file, text } of plans) {
    it(`loads the ${label} into the tree and the status bar`, async () => {
      const planText = text();
      fs.writeFileSync(path.join(workspaceRoot(), file), planText);
      // VS Code holds back a tree refresh that comes within 200 ms of another: let the last one pass first.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const update = await timeSettingUpdate();
      const times = await timeSwitchTo(api, file, planText);
      const size = `${Math.round(planText.length / 1024)} KB`;
      report(`${label} (${size}), from switching the plan file: status bar ${times.statusBarMs} ms, tree ${times.treeMs} ms (a setting's update alone: ${update} ms)`);
      assert.ok(times.treeMs >= 0 && times.statusBarMs >= 0);
    });
  }
});
