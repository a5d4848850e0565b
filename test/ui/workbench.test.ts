import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeTempDir, removeDir, resultsDir } from '../harness/paths';
import { packageAndInstall } from '../harness/vsix';
import { Workbench } from '../harness/workbench';
import { uiPlan, withKatherine } from './plan';

const dueText = (texts: string[]): string | undefined => texts.find((t) => / due( \(\d+ overdue\))?$|caught up$/.test(t));

/** Runs in the page: milliseconds until the due count shows in the status bar, and until the tree shows people. */
const RESTORE_TIMES = `new Promise((resolve, reject) => {
  const start = performance.now();
  const times = {};
  const check = () => {
    const now = performance.now() - start;
    const items = [...document.querySelectorAll('.part.statusbar .statusbar-item')];
    if (times.statusBar === undefined && items.some((e) => / due( \\(\\d+ overdue\\))?$|caught up$/.test((e.textContent || '').trim()))) times.statusBar = now;
    if (times.people === undefined && document.querySelector('.pane-body .monaco-list-row[aria-level="2"]')) times.people = now;
    if (times.statusBar !== undefined && times.people !== undefined) resolve(times);
    else if (now > 60000) reject(new Error('not restored: ' + JSON.stringify(times)));
    else requestAnimationFrame(check);
  };
  check();
})`;

// What users install is what is tested: the extension is packaged as a .vsix and installed into code-server.
describe('the packaged extension in the real workbench', function () {
  this.timeout(120_000);
  const state = makeTempDir('ui');
  const folder = path.join(state, 'workspace');
  const planFile = path.join(folder, 'networking-plan.yaml');
  let extensionsDir: string;
  let workbench: Workbench;
  let step = 0;
  const shot = (name: string): Promise<string> => workbench.screenshot(`${String(++step).padStart(2, '0')}-${name}`);

  before(async () => {
    extensionsDir = packageAndInstall(state);
    fs.mkdirSync(folder);
    fs.writeFileSync(planFile, uiPlan());
    workbench = await Workbench.open({ folder, extensionsDir, screenshotDir: path.join(resultsDir, 'ui') });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await workbench?.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
  });

  after(async () => {
    await workbench?.close();
    removeDir(state);
  });

  it('installs only what the extension needs at run time', () => {
    const [installed] = fs.readdirSync(extensionsDir).filter((f) => f.startsWith('networking-plan.networking-plan-'));
    assert.ok(installed, 'the extension is installed');
    const files = (fs.readdirSync(path.join(extensionsDir, installed), { recursive: true }) as string[])
      .filter((f) => fs.statSync(path.join(extensionsDir, installed, f)).isFile());
    const allowed = /^(package\.json|readme\.md|changelog\.md|LICENSE(\.txt)?|\.vsixmanifest|dist\/(web\/)?(extension|planReadWorker)\.js|dist\/planLock\.js|dist\/cli\.js|dist\/lazy\/\w+\.js|media\/[^/]+|media\/(webview|brief|insights)\/[^/]+|media\/walkthrough\/.+|package\.nls(\.[\w-]+)?\.json|l10n\/[^/]+\.json)$/;
    assert.deepEqual(files.filter((f) => !allowed.test(f)), []);
    for (const needed of ['package.json', 'dist/extension.js', 'dist/cli.js', 'dist/planReadWorker.js', 'dist/planLock.js', 'dist/lazy/commands.js', 'dist/web/extension.js', 'dist/web/planReadWorker.js', 'media/webview/theme.css', 'media/brief/brief.js', 'media/insights/insights.js', 'package.nls.json', 'package.nls.de.json', 'l10n/bundle.l10n.de.json']) {
      assert.ok(files.includes(needed), needed);
    }
    const bytes = files.reduce((sum, f) => sum + fs.statSync(path.join(extensionsDir, installed, f)).size, 0);
    // Node's and the browser's bundles, the CLI and the lazy bundles (commands, panels, parsers), each with its own copy
    // of the YAML parser: about 1.7 MB of JavaScript.
    assert.ok(bytes < 2_500_000, `${bytes} bytes installed`);
  });

  it('shows the groups and the people of the plan in the sidebar', async () => {
    await workbench.openViewContainer('Networking');
    await workbench.waitUntil(() => workbench.treeLabels(), (l) => l.includes('Not on a list'), 'every group of the People view'); // This Week may show people first
    // This Week, below, would take half the height: rows of People out of sight are not rendered.
    await workbench.collapseView('This Week');
    await workbench.expandTree();
    const labels = await workbench.waitUntil(() => workbench.treeLabels(), (l) => l.includes('Alan Kay'), 'every group expanded');
    // Each group with its people under it, in file order; Ada is in both lists, so under both and in "Start here".
    assert.deepEqual(labels, [
      'Start here', 'Ada Lovelace',
      'Know & like', 'Ada Lovelace', 'Linus Pauling',
      'Can help my career', 'Ada Lovelace', 'Grace Hopper',
      'Not on a list', 'Alan Kay',
    ]);
    await shot('sidebar');
  });

  it('shows how many contacts are due in the status bar', async () => {
    const text = await workbench.waitUntil(() => workbench.statusBarTexts().then(dueText), (t) => t === '2 due (1 overdue)', 'the due count');
    assert.equal(text, '2 due (1 overdue)');
    await shot('status-bar');
  });

  it('runs Show Due Contacts from the command palette', async () => {
    await workbench.runCommand('Networking Plan: Show Due Contacts');
    const rows = await workbench.quickPickRows();
    assert.ok(rows[0]?.includes('Ada Lovelace'), `most overdue first: ${rows.join(', ')}`);
    assert.ok(rows.some((r) => r.includes('Grace Hopper')), `Grace is due today: ${rows.join(', ')}`);
    await shot('show-due');
    await workbench.page.keyboard.press('Escape');
  });

  it('follows an outside edit of the YAML in the tree and the status bar', async () => {
    fs.writeFileSync(planFile, withKatherine(fs.readFileSync(planFile, 'utf8')));
    const labels = await workbench.waitUntil(() => workbench.treeLabels(), (l) => l.includes('Katherine Johnson'), 'Katherine in the tree');
    assert.equal(labels[labels.indexOf('Katherine Johnson') - 3], 'Can help my career');
    await workbench.waitUntil(() => workbench.statusBarTexts().then(dueText), (t) => t === '3 due (2 overdue)', 'the new due count');
    await shot('outside-edit');
  });

  it('restores the sidebar with its people at once when the window is reloaded', async () => {
    // The Networking view is open (earlier tests opened it): a reload restores it, and the extension activates again.
    await workbench.page.reload();
    const seen = await workbench.page.evaluate<{ statusBar: number; people: number }>(RESTORE_TIMES);
    // "Start here" opens by itself, with its people (This Week's rows may come first: they are level 2 as well).
    const labels = await workbench.waitUntil(() => workbench.treeLabels(), (l) => l[1] === 'Ada Lovelace', '"Start here" open with its people');
    assert.deepEqual(labels.slice(0, 2), ['Start here', 'Ada Lovelace']);
    // Printed, not asserted: how far behind the status bar the tree's people come (both wait for the reloaded extension host).
    console.log(`      after a reload: the status bar at ${Math.round(seen.statusBar)} ms, the people in the tree at ${Math.round(seen.people)} ms`);
  });

  it('never reaches beyond this machine', () => {
    assert.deepEqual(workbench.blockedRequests, []);
  });
});
