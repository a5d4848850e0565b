/** The Insights panel: a webview of the core's insights for one plan, updated in place whenever the plan changes. */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { insightsOf } from '../core';
import type { PlanSnapshot, PlanStore } from '../planStore';
import { Panel } from '../webview';
import { isOpenPersonMessage, type OpenPersonMessage, type UpdateMessage } from './messages';
import { insightsBody } from './render';

const TITLE = l10n.t('Networking Insights');

/** The page's body: the script finds its root by this id (see media/insights/insights.js). */
const page = (body: string) => `<main id="insights">${body}</main>`;

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
  const receive = async (message: unknown): Promise<void> => {
    if (isOpenPersonMessage(message)) await openPerson(store, uri, message.index);
  };
  const view = new Panel<UpdateMessage, OpenPersonMessage>({
    viewType: 'networkingPlan.insights',
    title: TITLE,
    extensionUri,
    styles: ['media/insights/insights.css'],
    scripts: ['media/insights/insights.js'],
    isMessage: isOpenPersonMessage,
    onMessage: (message) => void receive(message),
  });
  const panel = view.panel;
  let body = '';
  const current = () => store.snapshotFor(uri) ?? snapshot;
  const render = () => {
    body = bodyOf(store, current());
    view.setBody(page(body), TITLE);
  };
  render();
  const disposables: vscode.Disposable[] = [
    store.onDidChange(() => {
      const shown = store.snapshotFor(uri);
      if (!shown?.exists) return;
      const next = bodyOf(store, shown);
      if (next === body) return;
      body = next;
      // Only the inside of the page's root: the script swaps it in place.
      void view.post({ type: 'update', body });
    }),
    // A hidden panel drops its page; shown again, it is drawn afresh from the plan as it is now.
    panel.onDidChangeViewState((e) => e.webviewPanel.visible && render()),
  ];
  const handle: InsightsPanel = {
    panel,
    get body() {
      return body;
    },
    uri,
    reveal: () => view.reveal(),
    receive,
    dispose: () => view.dispose(),
  };
  view.onDidDispose(() => {
    vscode.Disposable.from(...disposables).dispose();
    onDispose();
  });
  return handle;
}
