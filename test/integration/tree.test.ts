import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NetworkingPlanApi } from '../../src/extension';
import { fixturePlanText, openPlan, planUri, readPlanFromDisk, waitFor } from './helpers';
import { children, group, labelOf, personItem, planApi, resetPlan, snapshot } from './planApi';

describe('sidebar tree and status bar', () => {
  let api: NetworkingPlanApi;

  before(async () => {
    api = await planApi();
  });

  beforeEach(async () => {
    await resetPlan(api);
  });

  after(async () => {
    await resetPlan(api);
  });

  it('shows the groups with their counts, "Start here" first and expanded', async () => {
    const roots = await children(api);
    assert.deepEqual(
      roots.map((r) => [labelOf(r), r.description]),
      [
        ['Start here', '2 · 1 of 3 slots free'],
        ['Know & like', '3'],
        ['Can help my career', '3'],
        ['Not on a list', '1'],
      ],
    );
    assert.equal(roots[0].collapsibleState, vscode.TreeItemCollapsibleState.Expanded);
    assert.equal(roots[1].collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
  });

  it('lists people under each group with their state', async () => {
    const names = async (label: string) => (await children(api, await group(api, label))).map(labelOf);
    assert.deepEqual(await names('Start here'), ['Ada Lovelace', 'Margaret Hamilton']);
    assert.deepEqual(await names('Know & like'), ['Ada Lovelace', 'Linus Pauling', 'Margaret Hamilton']);
    assert.deepEqual(await names('Can help my career'), ['Ada Lovelace', 'Grace Hopper', 'Margaret Hamilton']);
    assert.deepEqual(await names('Not on a list'), ['Alan Kay']);

    const ada = await personItem(api, 'Start here', 'Ada Lovelace');
    assert.match(String(ada.description), /^\d+ days overdue$/);
    assert.equal((ada.iconPath as vscode.ThemeIcon).id, 'warning');
    assert.equal(ada.contextValue, 'person.scheduled');
    assert.equal(ada.command?.command, 'networkingPlan.revealPerson');
    const margaret = await personItem(api, 'Start here', 'Margaret Hamilton');
    assert.equal(margaret.description, 'planned');
    assert.equal(margaret.contextValue, 'person.unscheduled');
    const alan = await personItem(api, 'Not on a list', 'Alan Kay');
    assert.equal((alan.iconPath as vscode.ThemeIcon).id, 'debug-pause');
  });

  it('gives people an untrusted Markdown tooltip', async () => {
    const ada = await personItem(api, 'Start here', 'Ada Lovelace');
    const resolved = await api.tree.resolveTreeItem(ada, ada as never);
    const tooltip = resolved.tooltip as vscode.MarkdownString;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    assert.ok(!tooltip.isTrusted);
    assert.match(tooltip.value, /Role: Staff Engineer\\, Payments/);
    assert.match(tooltip.value, /Lunch\\; talked about the payments rewrite\\\./);
  });

  it('badges the view and fills the status bar with the due count, in warning colors', async () => {
    assert.equal(api.treeView.badge?.value, 2);
    const shown = api.statusBar.shown;
    assert.ok(shown);
    assert.equal(shown.text, '$(person) 2 due');
    assert.equal(shown.warning, true);
    assert.match(shown.tooltip, /Ada Lovelace — \d+ days overdue, since 2020-01-06/);
    assert.match(shown.tooltip, /Grace Hopper — \d+ days overdue, since 2020-02-03/);
  });

  it('follows a hand edit in the unsaved buffer', async () => {
    const editor = await openPlan();
    const document = editor.document;
    const at = document.positionAt(document.getText().indexOf('journal:'));
    await editor.edit((b) => b.insert(at, '  - name: Katherine Johnson\n    lists: [like, help]\n    stage: building\n\n'));
    assert.ok(document.isDirty);
    await waitFor(async () => (await children(api, await group(api, 'Start here'))).some((i) => labelOf(i) === 'Katherine Johnson'), {
      message: 'the typed person to appear under "Start here"',
    });
    assert.equal(readPlanFromDisk(), fixturePlanText(), 'the file on disk is untouched');
    assert.equal(api.treeView.badge?.value, 3, 'a new building person without contacts is due today');
    await waitFor(() => api.statusBar.shown?.text === '$(person) 3 due', { message: 'the status bar to count 3' });
  });

  it('opens the plan with the person selected when an item is clicked', async () => {
    const grace = await personItem(api, 'Can help my career', 'Grace Hopper');
    await vscode.commands.executeCommand(grace.command!.command, ...(grace.command!.arguments ?? []));
    const editor = await waitFor(() => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === planUri().toString()), {
      message: 'the plan to open',
    });
    await waitFor(() => editor.document.getText(editor.selection) === 'Grace Hopper', { message: 'the name to be selected' });
  });

  it('keeps showing the last good plan with an error marker while the YAML is broken', async () => {
    const editor = await openPlan();
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'people: [\n'));
    await waitFor(() => !snapshot(api).plan.syntaxOk, { message: 'the broken YAML to be read' });
    const roots = await children(api);
    assert.equal(labelOf(roots[0]), 'The plan has errors');
    assert.equal(roots[0].command?.command, 'workbench.actions.view.problems');
    assert.deepEqual(roots.slice(1).map(labelOf), ['Start here', 'Know & like', 'Can help my career', 'Not on a list']);
    assert.ok(snapshot(api).stale);
    assert.match(api.treeView.message ?? '', /syntax errors/);
  });

  it('measures activation up to the first items and the status bar', async () => {
    const timing = await vscode.commands.executeCommand<{ activateMs: number; firstLoadMs?: number; statusBarMs?: number }>('networkingPlan.internal.timings');
    assert.ok(timing.activateMs >= 0);
    assert.ok(timing.firstLoadMs !== undefined && timing.statusBarMs !== undefined);
    assert.deepEqual(timing, api.activationTiming);
  });
});
