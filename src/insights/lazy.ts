/** The Insights panel: a webview of the core's insights for one plan, updated in place whenever the plan changes. */
import * as vscode from 'vscode';
import { insightsOf } from '../core';
import type { PlanSnapshot, PlanStore } from '../planStore';
import { makeNonce } from './pageShell';
import { isOpenPersonMessage, type UpdateMessage } from './messages';
import { insightsBody, insightsPage } from './render';

function pageOf(body: string, cspSource: string): string {
  return insightsPage(body, cspSource, makeNonce());
}

declare module '../lazy' {
  interface LazyModules {
    insights: typeof import('./lazy');
  }
}

export interface InsightsPanel extends vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  /** The body last rendered (what the page shows once it has applied the last update). */
  readonly body: string;
  /** The plan shown. */
  readonly uri: vscode.Uri;
  reveal(): void;
  /** Handles a message as if the page had sent it (what a click on a person sends). */
  receive(message: unknown): Promise<void>;
}

function planName(snapshot: PlanSnapshot): string {
  return vscode.workspace.asRelativePath(snapshot.uri);
}

function bodyOf(store: PlanStore, snapshot: PlanSnapshot): string {
  return insightsBody(insightsOf(snapshot.viewPlan, store.today()), planName(snapshot));
}

/** Opens the person's brief when that command exists, else their entry in the plan. */
async function openPerson(store: PlanStore, uri: vscode.Uri, index: number): Promise<void> {
  const person = store.snapshotFor(uri)?.viewPlan.people.find((p) => p.index === index);
  if (!person || person.name === '') return;
  const commands = await vscode.commands.getCommands(true);
  const command = commands.includes('networkingPlan.showBrief') ? 'networkingPlan.showBrief' : 'networkingPlan.revealPerson';
  await vscode.commands.executeCommand(command, person.name, uri);
}

export function openInsightsPanel(store: PlanStore, snapshot: PlanSnapshot, extensionUri: vscode.Uri, onDispose: () => void): InsightsPanel {
  const uri = snapshot.uri;
  const panel = vscode.window.createWebviewPanel('networkingPlan.insights', 'Networking Insights', vscode.ViewColumn.Active, {
    enableScripts: true,
    localResourceRoots: [extensionUri],
    retainContextWhenHidden: false,
  });
  let body = '';
  const current = () => store.snapshotFor(uri) ?? snapshot;
  const render = () => {
    const shown = current();
    body = bodyOf(store, shown);
    panel.webview.html = pageOf(body, panel.webview.cspSource);
  };
  render();
  const receive = async (message: unknown): Promise<void> => {
    if (isOpenPersonMessage(message)) await openPerson(store, uri, message.index);
  };
  const disposables: vscode.Disposable[] = [
    store.onDidChange(() => {
      const shown = store.snapshotFor(uri);
      if (!shown?.exists) return;
      const next = bodyOf(store, shown);
      if (next === body) return;
      body = next;
      const message: UpdateMessage = { type: 'update', body };
      void panel.webview.postMessage(message);
    }),
    panel.webview.onDidReceiveMessage((message: unknown) => void receive(message)),
    // A hidden panel drops its page; shown again, it is drawn afresh from the plan as it is now.
    panel.onDidChangeViewState((e) => e.webviewPanel.visible && render()),
  ];
  const handle: InsightsPanel = {
    panel,
    get body() {
      return body;
    },
    uri,
    reveal: () => panel.reveal(),
    receive,
    dispose: () => {
      panel.dispose();
    },
  };
  panel.onDidDispose(() => {
    vscode.Disposable.from(...disposables).dispose();
    onDispose();
  });
  return handle;
}
