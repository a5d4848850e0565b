import * as vscode from 'vscode';
import type { NetworkingPlanApi } from '../../src/activate';
import * as assert from './assert';
import { children, fixturePlanText, group, labelOf, openPlan, personItem, readPlanFile, snapshot, usePlanApi, waitFor, writePlanFile } from './helpers';

describe('sidebar and status bar in the web worker', () => {
  let api!: NetworkingPlanApi;
  usePlanApi((found) => (api = found));

  it('shows the groups with their counts and the people under them', async () => {
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
    const names = async (label: string) => (await children(api, await group(api, label))).map(labelOf);
    assert.deepEqual(await names('Start here'), ['Ada Lovelace', 'Margaret Hamilton']);
    assert.deepEqual(await names('Can help my career'), ['Ada Lovelace', 'Grace Hopper', 'Margaret Hamilton']);
    const ada = await personItem(api, 'Start here', 'Ada Lovelace');
    // Years late on "every 2 weeks": lapsed, marked apart from overdue.
    assert.match(String(ada.description), /^\d+ days overdue · lapsed$/);
    assert.equal((ada.iconPath as vscode.ThemeIcon).id, 'history');
  });

  it('badges the view and fills the status bar with the due count', () => {
    assert.equal(api.treeView.badge?.value, 2);
    assert.equal(api.statusBar.shown?.text, '$(person) 2 due (2 overdue)');
    assert.match(api.statusBar.shown?.tooltip ?? '', /Ada Lovelace — \d+ days overdue, since 2020-01-06 \(lapsed\)/);
  });

  it('follows a change of the file made outside the editor', async () => {
    const fixture = await fixturePlanText();
    const changed = fixture.replace('journal:', '  - name: Katherine Johnson\n    lists: [help]\n    stage: building\n    next: 2020-03-02\n\njournal:');
    await writePlanFile(changed);
    await waitFor(async () => (await children(api, await group(api, 'Can help my career'))).some((i) => labelOf(i) === 'Katherine Johnson'), 'Katherine in the tree');
    await waitFor(() => api.statusBar.shown?.text === '$(person) 3 due (3 overdue)', 'the status bar to count 3');
  });

  it('follows unsaved typing, and keeps the last good plan while the YAML is broken', async () => {
    const editor = await openPlan();
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'people: [\n'));
    await waitFor(() => !snapshot(api).plan.syntaxOk, 'the broken YAML to be read');
    const roots = await children(api);
    assert.equal(labelOf(roots[0]), 'The plan has errors');
    assert.deepEqual(roots.slice(1).map(labelOf), ['Start here', 'Know & like', 'Can help my career', 'Not on a list']);
    assert.equal(await readPlanFile(), await fixturePlanText(), 'the file is untouched');
  });
});
