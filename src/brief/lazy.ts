/**
 * The brief panel: everything to know before a contact with one person, from the core's `briefOf`, kept up to date as
 * the plan changes. Loaded on first use (see ../lazy.ts).
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { briefOf, nameKey } from '../core';
import type { PlanStore } from '../planStore';
import { Panel, messageOf, oneOf, escapeHtml } from '../webview';
import { briefHtml } from './briefHtml';

declare module '../lazy' {
  interface LazyModules {
    brief: typeof import('./lazy');
  }
}

/** What the page sends: a button was activated. */
export type BriefMessage =
  | { type: 'logContact' }
  | { type: 'snooze' }
  | { type: 'openInPlan' }
  | { type: 'openEntry'; offset: string };

const isBriefMessage = oneOf<BriefMessage>(
  messageOf<BriefMessage>('logContact', []),
  messageOf<BriefMessage>('snooze', []),
  messageOf<BriefMessage>('openInPlan', []),
  messageOf<BriefMessage>('openEntry', ['offset']),
);

export interface BriefPanel extends vscode.Disposable {
  readonly onDidDispose: vscode.Event<void>;
  /** The page body last rendered. */
  readonly body: string;
  /** Who is shown, and from which plan. */
  readonly person: { name: string; uri: vscode.Uri };
  reveal(): void;
  /** Shows another person in the same panel. */
  show(name: string, uri: vscode.Uri): void;
  /** Handles a message as the page would send it (checked like one). */
  receive(message: unknown): Promise<void>;
}

export function openBriefPanel(store: PlanStore, name: string, uri: vscode.Uri, extensionUri: vscode.Uri): BriefPanel {
  let person = { name, uri };
  let body = '';
  const handle = async (message: BriefMessage): Promise<void> => {
    const { name: who, uri: where } = person;
    switch (message.type) {
      case 'logContact':
        await vscode.commands.executeCommand('networkingPlan.logContact', who, where);
        return;
      case 'snooze':
        await vscode.commands.executeCommand('networkingPlan.snooze', who, where);
        return;
      case 'openInPlan':
        await vscode.commands.executeCommand('networkingPlan.revealPerson', who, where);
        return;
      case 'openEntry': {
        const offset = Number(message.offset);
        if (!Number.isSafeInteger(offset) || offset < 0) return;
        const document = await vscode.workspace.openTextDocument(where);
        const at = document.positionAt(offset);
        await vscode.window.showTextDocument(document, { selection: new vscode.Range(at, at), viewColumn: vscode.ViewColumn.One });
      }
    }
  };
  const panel = new Panel<never, BriefMessage>({
    viewType: 'networkingPlan.brief',
    title: l10n.t('Brief'),
    extensionUri,
    styles: ['media/brief/brief.css'],
    scripts: ['media/brief/brief.js'],
    isMessage: isBriefMessage,
    onMessage: (message) => void handle(message),
  });
  const render = () => {
    const snapshot = store.snapshotFor(person.uri);
    const brief = snapshot?.exists ? briefOf(snapshot.viewPlan, snapshot.view, nameKey(person.name), store.today()) : undefined;
    body = brief
      ? briefHtml(brief, store.meetings.nextMeeting(person.name, person.uri))
      : `<h1>${escapeHtml(person.name)}</h1><p class="warning" role="status">${escapeHtml(l10n.t('{0} is no longer in the plan.', person.name))}</p>`;
    panel.setBody(body, l10n.t('Brief: {0}', person.name));
  };
  // Re-rendered on every change of the plan (an edit, a save, a change on disk), so the brief never goes stale.
  // And when the user's calendars are read again: the next chance may have moved.
  const subscriptions = [store.onDidChange(render), store.meetings.onDidChange(render)];
  panel.onDidDispose(() => {
    for (const s of subscriptions) s.dispose();
  });
  render();
  return {
    onDidDispose: panel.onDidDispose,
    get body() {
      return body;
    },
    get person() {
      return person;
    },
    reveal: () => panel.reveal(),
    show: (next, nextUri) => {
      person = { name: next, uri: nextUri };
      render();
      panel.reveal();
    },
    receive: async (message) => {
      if (isBriefMessage(message)) await handle(message);
    },
    dispose: () => void panel.dispose(),
  };
}
