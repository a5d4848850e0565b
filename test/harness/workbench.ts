import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { openBrowser, type BrowserSession } from './browser';
import { startCodeServer, type CodeServer, type CodeServerOptions } from './codeServer';
import { resultsDir } from './paths';

export interface WorkbenchOptions extends CodeServerOptions {
  /** The folder to open (a temporary copy: tests may edit it). */
  folder: string;
  /** Load this extension folder as the extension under development (otherwise only installed ones run). */
  extensionPath?: string;
  viewport?: { width: number; height: number };
  /** Where `screenshot()` writes; test-results/ by default. */
  screenshotDir?: string;
}

/** The real VS Code workbench in headless chromium, with the few moves the UI tests make. */
export class Workbench {
  private constructor(
    readonly page: Page,
    private readonly server: CodeServer,
    private readonly session: BrowserSession,
    private readonly screenshotDir: string,
  ) {}

  static async open(options: WorkbenchOptions): Promise<Workbench> {
    const server = await startCodeServer(options);
    const session = await openBrowser(options.viewport).catch(async (error) => {
      await server.stop();
      throw error;
    });
    const screenshotDir = options.screenshotDir ?? resultsDir;
    fs.mkdirSync(screenshotDir, { recursive: true });
    const workbench = new Workbench(session.page, server, session, screenshotDir);
    try {
      await session.page.goto(server.workbenchUrl(options.folder, { extensionPath: options.extensionPath }));
      await session.page.locator('.part.statusbar').waitFor({ timeout: 60_000 });
    } catch (error) {
      await workbench.close();
      throw error;
    }
    return workbench;
  }

  /** Requests refused because they would have left loopback. */
  get blockedRequests(): readonly string[] {
    return this.session.blocked;
  }

  /** Opens the view container whose activity bar entry starts with `title`. */
  async openViewContainer(title: string): Promise<void> {
    const sidebarTitle = this.page.locator('.part.sidebar .composite.title');
    if (((await sidebarTitle.textContent().catch(() => '')) ?? '').toLowerCase().includes(title.toLowerCase())) return;
    await this.page.locator(`.part.activitybar [aria-label^="${title}"]`).first().click();
    await this.page.locator('.part.sidebar').waitFor();
  }

  /** Collapses a view of the sidebar (e.g. "This Week"), so that the others have the room to show every row. */
  async collapseView(title: string): Promise<void> {
    const header = this.page.locator('.part.sidebar .pane-header', { hasText: title }).first();
    if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
    await this.page.locator('.part.sidebar .pane-header[aria-expanded="false"]', { hasText: title }).first().waitFor();
  }

  /** The labels of the sidebar tree's visible rows, top to bottom. */
  async treeLabels(): Promise<string[]> {
    return this.page.locator('.part.sidebar .monaco-list-row .label-name').allInnerTexts();
  }

  /** Expands every collapsed row of the sidebar tree (group by group, as a user would click them). */
  async expandTree(): Promise<void> {
    const collapsed = this.page.locator('.part.sidebar .monaco-list-row[aria-expanded="false"]');
    for (let i = 0; i < 50 && (await collapsed.count()) > 0; i++) {
      const count = await collapsed.count();
      await collapsed.first().locator('.monaco-tl-twistie').click();
      // A click that lands while the tree redraws (the plan or a calendar read meanwhile) is lost, more so on a busy
      // machine: then the row is still collapsed and the next round clicks it again.
      await this.waitUntil(() => collapsed.count(), (n) => n < count, 'the row to expand', 3000).catch(() => undefined);
    }
    if ((await collapsed.count()) > 0) throw new Error(`${await collapsed.count()} rows of the sidebar would not expand`);
  }

  treeRow(label: string): Locator {
    return this.page.locator('.part.sidebar .monaco-list-row', { has: this.page.locator('.label-name', { hasText: label }) }).first();
  }

  /** The status bar items' texts (codicons render as icons, so only the words remain). */
  async statusBarTexts(): Promise<string[]> {
    const texts = await this.page.locator('.part.statusbar .statusbar-item').allInnerTexts();
    return texts.map((t) => t.trim()).filter((t) => t.length > 0);
  }

  /** Runs a command from the palette by its title as shown there (e.g. "Networking Plan: Show Due Contacts"). */
  async runCommand(title: string): Promise<void> {
    await this.openCommandPalette();
    const input = this.quickInput();
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor();
    await input.press('Enter');
  }

  async openCommandPalette(): Promise<void> {
    await this.page.locator('.part.statusbar').click({ position: { x: 5, y: 5 } }).catch(() => undefined);
    await this.page.keyboard.press('F1');
    await this.quickInput().waitFor();
  }

  quickInput(): Locator {
    return this.page.locator('.quick-input-widget input');
  }

  /** The page inside the visible webview panel (the workbench nests it in two frames). */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  }

  /** Answers code-server's own file dialog, a quick input that takes a path. */
  async pickFile(file: string): Promise<void> {
    await this.quickInput().waitFor();
    await this.quickInput().fill(file);
    await this.page.waitForTimeout(300);
    await this.quickInput().press('Enter');
  }

  /** Closes an editor from its tab: a webview that keeps the focus would close the next quick pick. */
  async closeTab(title: string): Promise<void> {
    const tab = this.page.locator('.tab', { hasText: title });
    await tab.locator('.tab-actions .action-label').first().click();
    await tab.waitFor({ state: 'detached' });
  }

  /** The rows of the open quick pick, as their visible text. */
  async quickPickRows(): Promise<string[]> {
    await this.page.locator('.quick-input-widget .monaco-list-row').first().waitFor();
    return this.page.locator('.quick-input-widget .monaco-list-row').allInnerTexts();
  }

  async notificationTexts(): Promise<string[]> {
    return this.page.locator('.notifications-toasts .notification-toast').allInnerTexts();
  }

  /** Polls `read` until `accept` holds; fails with the last value seen. */
  async waitUntil<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let value = await read();
    while (!accept(value)) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(value)}`);
      await this.page.waitForTimeout(100);
      value = await read();
    }
    return value;
  }

  /** Saves a PNG of the whole window as `<name>.png` and returns its path. */
  async screenshot(name: string): Promise<string> {
    const file = path.join(this.screenshotDir, `${name}.png`);
    // Away from anything with a hover, and long enough for toasts to settle.
    await this.page.mouse.move(900, 650);
    await this.page.waitForTimeout(500);
    await this.page.screenshot({ path: file });
    return file;
  }

  async close(): Promise<void> {
    await this.session.close().catch(() => undefined);
    await this.server.stop();
  }
}
