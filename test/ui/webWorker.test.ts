import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeTempDir, removeDir, resultsDir } from '../harness/paths';
import { packageAndInstall } from '../harness/vsix';
import { EXTENSION_ID } from '../harness/webInHost';
import { Workbench } from '../harness/workbench';
import { uiPlan } from './plan';

const dueText = (texts: string[]): string | undefined => texts.find((t) => / due( \(\d+ overdue\))?$|caught up$/.test(t));

// The .vsix as users install it, run by the workbench in the browser's web worker extension host (its `browser`
// entry), as vscode.dev and github.dev run it: the user setting `remote.extensionKind` moves it there from Node's.
describe("the packaged extension in the browser's web worker extension host", function () {
  this.timeout(120_000);
  const state = makeTempDir('ui-web');
  const folder = path.join(state, 'workspace');
  const planFile = path.join(folder, 'networking-plan.yaml');
  let workbench: Workbench;
  let step = 0;
  const shot = (name: string): Promise<string> => workbench.screenshot(`${String(++step).padStart(2, '0')}-${name}`);

  before(async () => {
    const extensionsDir = packageAndInstall(state);
    fs.mkdirSync(folder);
    fs.writeFileSync(planFile, uiPlan());
    workbench = await Workbench.open({
      folder,
      extensionsDir,
      settings: { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } },
      screenshotDir: path.join(resultsDir, 'ui-web'),
    });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await workbench?.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
  });

  after(async () => {
    await workbench?.close();
    removeDir(state);
  });

  it('shows the groups and the people of the plan in the sidebar', async () => {
    await workbench.openViewContainer('Networking');
    await workbench.waitUntil(() => workbench.treeLabels(), (l) => l.includes('Not on a list'), 'every group of the People view'); // This Week may show people first
    // This Week, below, would take half the height: rows of People out of sight are not rendered.
    await workbench.collapseView('This Week');
    await workbench.expandTree();
    const labels = await workbench.waitUntil(() => workbench.treeLabels(), (l) => l.includes('Alan Kay'), 'every group expanded');
    assert.deepEqual(labels, [
      'Start here', 'Ada Lovelace',
      'Know & like', 'Ada Lovelace', 'Linus Pauling',
      'Can help my career', 'Ada Lovelace', 'Grace Hopper',
      'Not on a list', 'Alan Kay',
    ]);
    await shot('sidebar');
  });

  it('runs in the web worker, as the workbench lists its running extensions', async () => {
    await workbench.runCommand('Developer: Show Running Extensions');
    const row = workbench.page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Networking Plan' });
    const text = await workbench.waitUntil(() => row.innerText().catch(() => ''), (t) => t.includes('Networking Plan'), 'Networking Plan among the running extensions');
    assert.match(text, /web worker/, `where it runs: ${text}`);
    await shot('running-extensions');
    await workbench.page.keyboard.press('Control+W');
  });

  it('shows how many contacts are due in the status bar', async () => {
    const text = await workbench.waitUntil(() => workbench.statusBarTexts().then(dueText), (t) => t === '2 due (1 overdue)', 'the due count');
    assert.equal(text, '2 due (1 overdue)');
  });

  it('runs Show Due Contacts from the command palette', async () => {
    await workbench.runCommand('Networking Plan: Show Due Contacts');
    const rows = await workbench.quickPickRows();
    assert.ok(rows[0]?.includes('Ada Lovelace'), `most overdue first: ${rows.join(', ')}`);
    assert.ok(rows.some((r) => r.includes('Grace Hopper')), `Grace is due today: ${rows.join(', ')}`);
    await shot('show-due');
    await workbench.page.keyboard.press('Escape');
  });

  it('logs a contact through the palette: the entry lands in the file, and the status bar follows', async () => {
    await workbench.runCommand('Networking Plan: Log Contact');
    await workbench.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Grace Hopper' }).first().click();
    await workbench.quickInput().press('Enter');
    // Five questions: what was said, when (today by default), what was given, what was got, what was promised
    // (nothing is open with Grace, so no promises to mark kept).
    const answers = ['Lunch, planned in the browser', '', '', '', ''];
    for (const [i, answer] of answers.entries()) {
      await workbench.page.locator('.quick-input-widget .quick-input-title', { hasText: `Log contact with Grace Hopper (${i + 1}/5)` }).waitFor();
      if (answer) await workbench.quickInput().fill(answer);
      await workbench.quickInput().press('Enter');
    }
    const saved = await workbench.waitUntil(() => Promise.resolve(fs.readFileSync(planFile, 'utf8')), (t) => t.includes('Lunch, planned in the browser'), 'the entry in the file');
    assert.ok(saved.startsWith(uiPlan()), 'everything before the new entry is byte-identical');
    assert.match(saved.slice(uiPlan().length), /^ {2}- date: \d{4}-\d{2}-\d{2}\n {4}with: \[?Grace Hopper\]?\n {4}note: "?Lunch, planned in the browser"?\n$/);
    await workbench.waitUntil(() => workbench.statusBarTexts().then(dueText), (t) => t === '1 due (1 overdue)', 'the new due count');
    await shot('logged-contact');
  });

  it('never reaches beyond this machine', () => {
    assert.deepEqual(workbench.blockedRequests, []);
  });
});
