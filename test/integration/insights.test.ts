import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NetworkingPlanApi } from '../../src/extension';
import { EXTENSION_ID, fixturePlanText, planUri, waitFor, writePlanOnDisk } from './helpers';
import { storeHas, usePlanApi } from './planApi';

function regionCount(body: string, region: string): number {
  const match = new RegExp(`id="members-${region}"[^>]*><h3>[^<]*\\((\\d+)\\)</h3>`).exec(body);
  assert.ok(match, `the ${region} region in the panel`);
  return Number(match[1]);
}

describe('the Insights panel', () => {
  let api: NetworkingPlanApi;
  usePlanApi((found) => (api = found));
  afterEach(() => {
    api.insights.current()?.dispose();
    api.brief.current()?.dispose();
  });

  it('opens from its command with the plan in it, updates on an outside edit, and opens the brief of a person clicked', async () => {
    assert.equal(await vscode.commands.executeCommand('networkingPlan.showInsights'), true);
    const panel = api.insights.current();
    assert.ok(panel, 'a panel is open');
    assert.equal(panel.panel.visible, true);
    const html = panel.panel.webview.html;
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/);
    assert.match(panel.body, /Ada Lovelace/);
    const both = regionCount(panel.body, 'both');
    assert.equal(both, 2);

    const text = fixturePlanText().replace('  - name: Grace Hopper', '  - name: Zed <b>Bold</b>\n    lists: [like, help]\n  - name: Grace Hopper');
    assert.notEqual(text, fixturePlanText());
    writePlanOnDisk(text);
    await storeHas(api, text);
    await waitFor(() => regionCount(api.insights.current()!.body, 'both') === 3, { message: 'the panel to count the new person where the lists meet' });
    assert.match(api.insights.current()!.body, /Zed &#60;b&#62;Bold&#60;\/b&#62;/);
    assert.doesNotMatch(api.insights.current()!.body, /<b>Bold/);

    // The same message the page sends when a person is clicked: their brief opens.
    const ada = api.store.snapshotFor(planUri())!.plan.people.find((p) => p.name === 'Ada Lovelace')!;
    await api.insights.current()!.receive({ type: 'openPerson', index: ada.index });
    await waitFor(() => api.brief.current()?.person.name === 'Ada Lovelace', { message: "Ada's brief to open" });
    assert.match(api.brief.current()!.body, /<h1>Ada Lovelace<\/h1>/);
  });

  it('is offered where the user looks: the People view\'s title bar and the welcome views once a plan exists', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes: { menus: Record<string, { command: string; when?: string; group?: string }[]>; viewsWelcome: { view: string; contents: string; when?: string }[] };
    };
    const title = manifest.contributes.menus['view/title'].find((m) => m.command === 'networkingPlan.showInsights');
    assert.ok(title, 'a title bar button');
    assert.match(title.when ?? '', /view == networkingPlan\.people/);
    assert.match(title.group ?? '', /^navigation/, 'shown as an icon, not hidden in the ... menu');
    const welcomes = manifest.contributes.viewsWelcome.filter((w) => /networkingPlan\.state == plan/.test(w.when ?? ''));
    assert.ok(welcomes.length > 0);
    const nls = JSON.parse(fs.readFileSync(path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'package.nls.json'), 'utf8')) as Record<string, string>;
    for (const welcome of welcomes) assert.match(nls[welcome.contents.slice(1, -1)] ?? welcome.contents, /\(command:networkingPlan\.showInsights\)/, welcome.view);
    // What the button and the link run: the command without arguments, whatever editor is active.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.equal(await vscode.commands.executeCommand('networkingPlan.showInsights'), true);
    assert.equal(api.insights.current()?.uri.toString(), planUri().toString());
    assert.match(api.insights.current()!.panel.webview.html, /<link rel="stylesheet" href="[^"]*media\/insights\/insights\.css">/);
    assert.match(api.insights.current()!.panel.webview.html, /<script nonce="[A-Za-z0-9+/=_-]+" src="[^"]*media\/insights\/insights\.js"><\/script>/);
  });
});
