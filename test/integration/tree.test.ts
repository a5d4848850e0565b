import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NetworkingPlanApi } from '../../src/extension';
import { fixturePlanText, openPlan, planUri, readPlanFromDisk, report, waitFor, workspaceRoot, writePlanOnDisk } from './helpers';
import { children, group, labelOf, personItem, snapshot, storeHas, usePlanApi } from './planApi';
import { watchTreeRequests } from './treeRequests';

describe('sidebar tree and status bar', () => {
  let api!: NetworkingPlanApi;
  usePlanApi((found) => (api = found));

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
    // Years late on "every 2 weeks": lapsed, marked apart from overdue.
    assert.match(String(ada.description), /^\d+ days overdue · lapsed$/);
    assert.equal((ada.iconPath as vscode.ThemeIcon).id, 'history');
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
    const resolved = api.tree.resolveTreeItem(ada, ada);
    const tooltip = resolved.tooltip as vscode.MarkdownString;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    assert.ok(!tooltip.isTrusted);
    assert.match(tooltip.value, /Role: Staff Engineer\\, Payments/);
    assert.match(tooltip.value, /Lunch\\; talked about the payments rewrite\\\./);
  });

  it('badges the view and fills the status bar with the due count, in warning colors', () => {
    assert.equal(api.treeView.badge?.value, 2);
    const shown = api.statusBar.shown;
    assert.ok(shown);
    assert.equal(shown.text, '$(person) 2 due (2 overdue)');
    assert.equal(shown.warning, true);
    assert.match(shown.tooltip, /Ada Lovelace — \d+ days overdue, since 2020-01-06 \(lapsed\)/);
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
    await waitFor(() => api.statusBar.shown?.text === '$(person) 3 due (2 overdue)', { message: 'the status bar to count 3' });
  });

  it('opens the plan with the person selected when an item is clicked', async () => {
    const grace = await personItem(api, 'Can help my career', 'Grace Hopper');
    await vscode.commands.executeCommand(grace.command!.command, ...((grace.command!.arguments ?? []) as unknown[]));
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

  describe('a group of 700 people', () => {
    const SHOW_MORE = 'networkingPlan.internal.showMore';
    const name = (i: number) => `Person ${String(i).padStart(3, '0')}`;
    const names = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => name(from + i + 1));
    // Everybody on both lists; Person 450 is building without a contact yet, so due today.
    const longPlan = (n: number) =>
      ['settings:', '  maxNewRelationships: 3', 'people:', ...names(0, n).flatMap((p) => [`  - name: ${p}`, '    lists: [like, help]', `    stage: ${p === name(450) ? 'building' : 'planned'}`])].join('\n') + '\n';
    const startHere = async () => {
      const found = await group(api, 'Start here');
      // By kind: the extension runs from its bundle, so its classes are not the ones the tests import.
      assert.ok(found.kind === 'group');
      return found;
    };
    const setPlanFile = (value: string | undefined) => vscode.workspace.getConfiguration('networkingPlan').update('planFile', value, vscode.ConfigurationTarget.Workspace);

    it('shows a long group a page at a time, and the next page in place on "Show more"', async function () {
      this.timeout(60_000);
      const requests = watchTreeRequests(api.tree);
      try {
        const text = longPlan(700);
        writePlanOnDisk(text);
        await storeHas(api, text);
        // VS Code asks for items only while the view is visible; "Start here" is expanded, so it asks for its first page.
        await vscode.commands.executeCommand('networkingPlan.people.focus');
        const start = await startHere();
        await waitFor(() => requests.asked.includes(start), { message: 'VS Code to ask for the first page of "Start here"' });
        await requests.quiet();

        assert.equal(start.description, '700 · 2 of 3 slots free');
        let timed = performance.now();
        const first = await children(api, start);
        const providerMs = performance.now() - timed;
        assert.deepEqual(first.slice(0, 200).map(labelOf), names(0, 200));
        assert.equal(first.length, 201);
        const more = first[200];
        assert.ok(more.kind === 'more');
        assert.deepEqual([labelOf(more), more.description], ['Show 200 more…', '500 not shown · 1 due']);
        assert.match(more.tooltip as string, /^"Start here" shows 200 of its 700 people/);
        assert.equal((more.iconPath as vscode.ThemeIcon).id, 'ellipsis');
        assert.deepEqual([more.command?.command, more.command?.arguments], [SHOW_MORE, [start.key]]);

        requests.clear();
        const collapsed: unknown[] = [];
        const listener = api.treeView.onDidCollapseElement((e) => collapsed.push(e.element));
        try {
          timed = performance.now();
          assert.equal(await vscode.commands.executeCommand(more.command!.command, ...(more.command!.arguments as unknown[])), true);
          await waitFor(() => requests.asked.includes(start) && requests.taskMs.length > 0, { message: 'VS Code to ask for the group again' });
          timed = performance.now() - timed;
          await requests.quiet();
        } finally {
          listener.dispose();
        }
        assert.ok(!requests.asked.includes(undefined), 'only the group was refreshed, not the whole tree');
        assert.deepEqual(collapsed, [], 'the group stays expanded');
        await waitFor(() => api.treeView.selection.map(labelOf).join() === name(201), { message: 'the first new person to be selected, in the row of "Show more"' });
        const second = await children(api, start);
        assert.deepEqual(second.slice(0, 400).map(labelOf), names(0, 400));
        assert.deepEqual(second.slice(400).map((i) => [labelOf(i), i.description]), [['Show 200 more…', '300 not shown · 1 due']]);
        const ms = (n: number) => n.toFixed(1);
        report(
          `"Start here" of 700 people: the provider's page of 200 in ${ms(providerMs)} ms; ` +
            `VS Code's task for the group after "Show more" (400 people) ${requests.taskMs.map(ms).join(' + ')} ms, ${Math.round(timed)} ms after the click`,
        );

        assert.equal(await vscode.commands.executeCommand(SHOW_MORE, start.key), true);
        assert.deepEqual((await children(api, start)).slice(599).map(labelOf), [name(600), 'Show 100 more…']);
        assert.equal(await vscode.commands.executeCommand(SHOW_MORE, start.key), true);
        const all = await children(api, start);
        assert.deepEqual(all.map(labelOf), names(0, 700), 'everybody, and no "Show more" item');
        assert.equal(await vscode.commands.executeCommand(SHOW_MORE, 'no such group'), false);
      } finally {
        requests.dispose();
      }
    });

    it('keeps the pages shown across re-reads of the plan, and starts again for another plan file', async function () {
      this.timeout(60_000);
      const text = longPlan(700);
      const longer = longPlan(701);
      const other = path.join(workspaceRoot(), 'paging-other.yaml');
      const otherShown = (expected: string) => api.store.snapshots()[0]?.uri.fsPath === other && api.store.snapshots()[0].text === expected;
      fs.writeFileSync(other, text);
      try {
        await setPlanFile('paging-other.yaml');
        await waitFor(() => otherShown(text), { message: 'the other plan file to be read' });
        assert.equal((await children(api, await startHere())).length, 201, 'another plan file starts at the first page');
        assert.equal(await vscode.commands.executeCommand(SHOW_MORE, (await startHere()).key), true);
        assert.equal((await children(api, await startHere())).length, 401);

        // A re-read of the same file, as after typing: still two pages.
        fs.writeFileSync(other, longer);
        await waitFor(() => otherShown(longer), { message: 'the longer plan to be read' });
        const again = await children(api, await startHere());
        assert.deepEqual([again.length, labelOf(again[400]), again[400].description], [401, 'Show 200 more…', '301 not shown · 1 due']);

        await setPlanFile(undefined);
        await storeHas(api, fixturePlanText());
        await setPlanFile('paging-other.yaml');
        await waitFor(() => otherShown(longer), { message: 'the other plan file to be read again' });
        assert.equal((await children(api, await startHere())).length, 201, 'back to it after another plan file: at its first page again');
      } finally {
        await setPlanFile(undefined);
        fs.rmSync(other, { force: true });
      }
    });
  });
});
