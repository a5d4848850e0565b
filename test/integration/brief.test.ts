import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NetworkingPlanApi } from '../../src/extension';
import { fixturePlanText, planUri, waitFor, writePlanOnDisk } from './helpers';
import { storeHas, usePlanApi } from './planApi';

describe('the brief panel (Prepare for Contact)', () => {
  let api: NetworkingPlanApi;
  usePlanApi((found) => (api = found));
  afterEach(() => void api.brief.current()?.dispose());

  it('opens for a person with what was given and got, follows the plan, and acts from its buttons', async () => {
    assert.equal(await vscode.commands.executeCommand('networkingPlan.showBrief', 'Ada Lovelace'), true);
    const panel = api.brief.current();
    assert.ok(panel, 'a panel is open');
    assert.match(panel.body, /<h1>Ada Lovelace<\/h1>/);
    assert.match(panel.body, /Reviewed her design doc/);
    assert.match(panel.body, /Advice on the staff promotion packet/);
    assert.match(panel.body, /data-action="openEntry" data-offset="\d+">2019-12-16</);
    assert.match(panel.body, /data-action="logContact"/);

    // An outside edit: a new journal entry with a hostile note shows, escaped, without reopening the panel.
    const text = `${fixturePlanText().trimEnd()}\n  - date: 2020-01-02\n    with: [Ada Lovelace]\n    note: <img src=x onerror=alert(1)> coffee\n`;
    writePlanOnDisk(text);
    await storeHas(api, text);
    await waitFor(() => api.brief.current()!.body.includes('2020-01-02'), { message: 'the brief to show the new entry' });
    assert.match(api.brief.current()!.body, /(&lt;|&#60;)img src=x onerror=alert\(1\)(&gt;|&#62;) coffee/);
    assert.doesNotMatch(api.brief.current()!.body, /<img/);

    // The message the page sends for "Open in plan": the person's entry is selected in the plan.
    await api.brief.current()!.receive({ type: 'openInPlan' });
    // Waited for by what it shows, not by an editor change: the plan may already be the active editor.
    const editor = await waitFor(() => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.fsPath === planUri().fsPath && active.document.getText(active.selection) === 'Ada Lovelace' ? active : undefined;
    }, { message: "Ada's entry selected in the plan" });
    assert.equal(editor.document.getText(editor.selection), 'Ada Lovelace');

    // A message of the wrong shape is dropped; the same panel then shows another person.
    await api.brief.current()!.receive({ type: 'openEntry', offset: 3, extra: true });
    assert.equal(await vscode.commands.executeCommand('networkingPlan.showBrief', 'Grace Hopper'), true);
    assert.equal(api.brief.current(), panel);
    assert.match(panel.body, /<h1>Grace Hopper<\/h1>/);
  });
});
