import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEMO_CONTACTS_CSV } from './demoContacts';
import { demoPlanText, makeDemoWorkspace } from './demoPlan';
import { germanPackFolder, installLanguagePack } from './languagePack';
import { removeDir, repoRoot } from './paths';
import { installVsix, packageAndInstall } from './vsix';
import { EXTENSION_ID } from './webInHost';
import { Workbench } from './workbench';

// `npm run screenshots`: the README's pictures, taken in the real workbench on the demo plan
// (`npm run screenshots -- web`: only those of the web worker extension host; `-- german`: only the German one).

const outDir = path.join(repoRoot, 'media', 'screenshots');
const viewport = { width: 1280, height: 720 };

/**
 * The extension in the browser's web worker extension host (as on vscode.dev), in a light or dark theme: the sidebar
 * with its people, the status bar, and the workbench's list of running extensions saying where it runs.
 */
async function webWorkerShot(folder: string, extensionsDir: string, theme: 'Default Light Modern' | 'Default Dark Modern', name: string): Promise<void> {
  const settings = { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] }, 'workbench.colorTheme': theme };
  const workbench = await Workbench.open({ folder, extensionsDir, screenshotDir: outDir, viewport, settings });
  try {
    await workbench.openViewContainer('Networking');
    await workbench.waitUntil(() => workbench.treeLabels(), (l) => l.length > 4, 'people in the tree');
    await workbench.expandTree();
    await workbench.runCommand('Developer: Show Running Extensions');
    const row = workbench.page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Networking Plan' });
    await workbench.waitUntil(() => row.innerText().catch(() => ''), (t) => t.includes('web worker'), 'Networking Plan running in the web worker');
    console.log(await workbench.screenshot(name));
  } finally {
    await workbench.close();
  }
}

async function main(only: string | undefined): Promise<void> {
  const { folder, tempDir, calendar } = makeDemoWorkspace();
  const calendarSetting = { 'networkingPlan.meetingCalendars': [calendar] };
  const planFile = path.join(folder, 'networking-plan.yaml');
  fs.writeFileSync(path.join(folder, 'contacts.csv'), DEMO_CONTACTS_CSV);
  // The packaged extension, as users install it.
  const extensionsDir = packageAndInstall(tempDir);
  try {
    if (only === undefined) {
      await nodeShots(folder, planFile, extensionsDir, calendarSetting);
      fs.writeFileSync(planFile, demoPlanText());
      await themeShots(folder, extensionsDir, { ...calendarSetting, 'workbench.colorTheme': 'Default Dark Modern' }, '-dark');
      fs.writeFileSync(planFile, demoPlanText());
      await themeShots(folder, extensionsDir, { ...calendarSetting, 'workbench.colorTheme': 'Default High Contrast' }, '-hc', false);
    }
    if (only === undefined || only === 'german') {
      fs.writeFileSync(planFile, demoPlanText());
      // A folder of its own: the other pictures are taken without a language pack installed.
      const germanExtensions = path.join(tempDir, 'extensions-de');
      installVsix(path.join(tempDir, 'networking-plan.vsix'), germanExtensions);
      installLanguagePack(germanPackFolder, germanExtensions, tempDir);
      await germanShot(folder, germanExtensions, calendarSetting);
    }
    if (only === undefined || only === 'web') {
      fs.writeFileSync(planFile, demoPlanText());
      await webWorkerShot(folder, extensionsDir, 'Default Light Modern', 'web-worker');
      await webWorkerShot(folder, extensionsDir, 'Default Dark Modern', 'web-worker-dark');
    }
  } finally {
    removeDir(tempDir);
  }
}

/**
 * VS Code in German (display language `de`, from a test language pack): the People view, the status bar and the
 * quick pick of Show Due Contacts in the extension's German. Fails unless the extension's own words are German.
 */
async function germanShot(folder: string, extensionsDir: string, settings: Record<string, unknown>): Promise<void> {
  const workbench = await Workbench.open({ folder, extensionsDir, screenshotDir: outDir, viewport, settings, locale: 'de' });
  try {
    // The workbench's own words come from the language pack: its display language took.
    await workbench.page.locator('.part.activitybar [aria-label^="Suchen"]').first().waitFor();
    await workbench.openViewContainer('Networking');
    // The view titles come from package.nls.de.json, the groups from l10n/bundle.l10n.de.json.
    await workbench.waitUntil(() => workbench.page.locator('.part.sidebar .pane-header').allInnerTexts(), (t) => t.some((h) => /Personen/i.test(h)), 'the German title of the People view');
    await workbench.waitUntil(() => workbench.treeLabels(), (l) => l.includes('Kann meiner Karriere helfen'), 'the German groups of the People view');
    await workbench.collapseView('Diese Woche');
    await workbench.page.waitForTimeout(3000);
    await workbench.expandTree();
    await workbench.treeRow('Dana Lee').click();
    await workbench.page.locator('.monaco-editor .codelens-decoration').first().waitFor();
    // Its tooltip is German; its words themselves are not translated yet.
    await workbench.waitUntil(() => workbench.statusBarTexts(), (t) => t.some((s) => /^\d+ (due|fällig)/.test(s)), 'the status bar item');
    await workbench.runCommand('Netzwerkplan: Fällige Kontakte anzeigen');
    await workbench.waitUntil(() => workbench.page.locator('.quick-input-widget').innerText(), (t) => t.includes('Nächste Gelegenheit'), 'the next meetings in the German Show Due');
    console.log(await workbench.screenshot('german'));
    await workbench.page.keyboard.press('Escape');
  } finally {
    await workbench.close();
  }
}

/** The extension in Node's extension host: sidebar, Show Due Contacts, a diagnostic, Review Lists and the filter. */
async function nodeShots(folder: string, planFile: string, extensionsDir: string, settings: Record<string, unknown>): Promise<void> {
  const workbench = await Workbench.open({ folder, extensionsDir, screenshotDir: outDir, viewport, settings });
  try {
    await workbench.openViewContainer('Networking');
    await workbench.waitUntil(() => workbench.treeLabels(), (l) => l.includes('Can help my career'), 'the groups of the People view');
    // This Week, below, would take half the height: rows of People out of sight are not rendered.
    await workbench.collapseView('This Week');
    // The calendar is read after the plan: the tree refreshes once more then (expanding meanwhile could miss a row).
    await workbench.page.waitForTimeout(3000);
    await workbench.expandTree();
    await workbench.waitUntil(() => workbench.page.locator('.part.sidebar').innerText(), (t) => t.includes('sees you'), 'a person marked "sees you"', 30_000);
    // Clicking a person opens the plan at their entry.
    await workbench.treeRow('Dana Lee').click();
    await workbench.page.locator('.monaco-editor .codelens-decoration').first().waitFor();
    console.log(await workbench.screenshot('sidebar'));

    await workbench.runCommand('Networking Plan: Show Due Contacts');
    // The calendar is read in the background: its meetings show in the details once it is.
    await workbench.waitUntil(() => workbench.page.locator('.quick-input-widget').innerText(), (t) => t.includes('Next chance'), 'the next meetings in Show Due');
    console.log(await workbench.screenshot('show-due'));
    await workbench.page.keyboard.press('Escape');

    // A typo made by hand, as users do: the file gets an exact diagnostic with a quick fix.
    const text = fs.readFileSync(planFile, 'utf8');
    fs.writeFileSync(planFile, text.replace('stage: planned', 'stage: planed'));
    const problems = workbench.page.locator('.part.statusbar [id="status.problems"]');
    await workbench.waitUntil(() => problems.innerText(), (t) => /^\s*[1-9]/.test(t), 'the error in the status bar');
    // Go to Next Problem: the editor scrolls to it and shows the message inline.
    await workbench.page.locator('.monaco-editor .view-lines').first().click();
    await workbench.page.keyboard.press('F8');
    await workbench.page.locator('.marker-widget').first().waitFor();
    console.log(await workbench.screenshot('diagnostics'));
    await workbench.page.keyboard.press('Escape');
    fs.writeFileSync(planFile, text);
    await workbench.waitUntil(() => problems.innerText(), (t) => !/^\s*[1-9]/.test(t), 'the error to go');

    await themedShots(workbench, folder, '');
  } finally {
    await workbench.close();
  }
}

/** The views and panels shown in every theme: Review Lists, the filter (not in high contrast), Insights, a brief, Import People. */
async function themedShots(workbench: Workbench, folder: string, suffix: string, lists = true): Promise<void> {
  if (lists) await reviewAndFilter(workbench, suffix);
  await insights(workbench, suffix);
  await brief(workbench, suffix);
  await importPreview(workbench, path.join(folder, 'contacts.csv'), suffix);
}

/** The same in another theme, set before the window opens (as a user's setting would be). */
async function themeShots(folder: string, extensionsDir: string, settings: Record<string, unknown>, suffix: string, lists = true): Promise<void> {
  const workbench = await Workbench.open({ folder, extensionsDir, screenshotDir: outDir, viewport, settings });
  try {
    await workbench.openViewContainer('Networking');
    await workbench.waitUntil(() => workbench.treeLabels(), (l) => l.length > 4, 'people in the tree');
    await themedShots(workbench, folder, suffix, lists);
  } finally {
    await workbench.close();
  }
}

/** Review Lists at its fourth step (planned people left untouched), and the People view filtered by a word. */
async function reviewAndFilter(workbench: Workbench, suffix: string): Promise<void> {
  await workbench.runCommand('Networking Plan: Review Lists');
  // Steps 1 to 3 have nothing to check in the demo plan: Enter goes on.
  for (let step = 1; step <= 3; step++) {
    await workbench.waitUntil(() => workbench.page.locator('.quick-input-widget').innerText(), (t) => t.includes(`${step}/5`), `step ${step} of Review Lists`);
    await workbench.page.keyboard.press('Enter');
  }
  await workbench.waitUntil(() => workbench.quickPickRows(), (rows) => rows.some((r) => r.includes('Ben Carter')), 'the untouched planned people');
  console.log(await workbench.screenshot(`review${suffix}`));
  await workbench.page.keyboard.press('Escape');

  await workbench.runCommand('Networking Plan: Filter People');
  await workbench.page.locator('.quick-input-widget input').first().waitFor();
  await workbench.page.keyboard.type('lunch');
  await workbench.page.keyboard.press('Enter');
  await workbench.quickPickRows();
  await workbench.page.keyboard.press('Enter');
  await workbench.page.locator('.part.sidebar').getByText(/^Showing \d+ of \d+ people/).first().waitFor();
  console.log(await workbench.screenshot(`filter${suffix}`));
  await workbench.runCommand('Networking Plan: Clear Filter');
}

/** The Insights page on the demo plan, its Venn region "start here" shown. */
async function insights(workbench: Workbench, suffix: string): Promise<void> {
  await workbench.runCommand('Networking Plan: Show Insights');
  const page = workbench.webview();
  await page.locator('#summary').waitFor();
  await workbench.page.waitForTimeout(500);
  console.log(await workbench.screenshot(`insights${suffix}`));
  await workbench.closeTab('Networking Insights');
}

/** Prepare for Contact on Marcus Chen: what to bring up, what is owed, the give and take, the journal. */
async function brief(workbench: Workbench, suffix: string): Promise<void> {
  await workbench.runCommand('Networking Plan: Prepare for Contact');
  await workbench.waitUntil(() => workbench.quickPickRows(), (rows) => rows.some((r) => r.includes('Marcus Chen')), 'the people to choose from');
  await workbench.quickInput().fill('Marcus Chen');
  await workbench.page.waitForTimeout(300);
  await workbench.quickInput().press('Enter');
  const page = workbench.webview();
  await page.locator('h1', { hasText: 'Marcus Chen' }).waitFor();
  await page.locator('.chance').waitFor();
  await workbench.page.waitForTimeout(500);
  console.log(await workbench.screenshot(`brief${suffix}`));
  await workbench.closeTab('Brief: Marcus Chen');
}

/** Import People on the demo contacts file: the columns it guessed, the new people, the bad row, who is known. */
async function importPreview(workbench: Workbench, file: string, suffix: string): Promise<void> {
  // The preview opens beside the active editor: with none, it has the width a user would give it to read it.
  await workbench.runCommand('View: Close All Editors');
  await workbench.runCommand('Networking Plan: Import People');
  await workbench.pickFile(file);
  const page = workbench.webview();
  await page.locator('h1', { hasText: 'contacts.csv' }).waitFor();
  await page.locator('input[name=list][value=help]').check();
  await workbench.page.waitForTimeout(500);
  console.log(await workbench.screenshot(`import${suffix}`));
  await workbench.closeTab('Import: contacts.csv');
}

const only = process.argv[2];
if (only !== undefined && only !== 'web' && only !== 'german') {
  console.error(`Unknown part "${only}": \`npm run screenshots\` takes all, or \`-- web\` or \`-- german\``);
  process.exit(2);
}
main(only).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
