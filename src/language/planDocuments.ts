/** Which documents are plans, and whether a plan's snapshot was read from a document's current text. */
import * as vscode from 'vscode';
import type { PlanSnapshot, PlanStore } from '../planStore';
import { DEFAULT_PLAN_FILE, planFileSetting } from '../store/planLocation';

/** How long a provider waits for the store to catch up with the user's typing before giving up. */
const CATCH_UP_MS = 3000;

/** YAML documents and files named like a plan file; providers still check `store.snapshotFor` first. */
export function planDocumentSelector(): vscode.DocumentFilter[] {
  const names = new Set([DEFAULT_PLAN_FILE]);
  for (const folder of vscode.workspace.workspaceFolders ?? []) names.add(planFileSetting(folder).replace(/^.*\//, ''));
  return [{ language: 'yaml' }, ...[...names].map((name) => ({ pattern: `**/${name}` }))];
}

export class PlanDocuments {
  /** The document's text at its last seen version, and whether the snapshot then was read from it. */
  private last?: { snapshot: PlanSnapshot; document: vscode.TextDocument; version: number; text: string; same: boolean };

  constructor(readonly store: PlanStore) {}

  /** The snapshot of the plan `document` is, whatever text it was read from. */
  snapshot(document: vscode.TextDocument): PlanSnapshot | undefined {
    const snapshot = this.store.snapshotFor(document.uri);
    return snapshot?.exists ? snapshot : undefined;
  }

  /** The snapshot when it was read from exactly the document's current text, so that its spans apply. */
  matching(document: vscode.TextDocument): PlanSnapshot | undefined {
    const snapshot = this.snapshot(document);
    return snapshot && this.compare(snapshot, document).same ? snapshot : undefined;
  }

  /** The document's current text (copied once per version: a large plan is megabytes). */
  text(document: vscode.TextDocument): string {
    const snapshot = this.snapshot(document);
    return snapshot ? this.compare(snapshot, document).text : document.getText();
  }

  private compare(snapshot: PlanSnapshot, document: vscode.TextDocument): { text: string; same: boolean } {
    const last = this.last;
    if (last && last.document === document && last.version === document.version) {
      if (last.snapshot !== snapshot) this.last = { ...last, snapshot, same: snapshot.text === last.text };
      return this.last!;
    }
    const text = document.getText();
    this.last = { snapshot, document, version: document.version, text, same: snapshot.text === text };
    return this.last;
  }

  /** The matching snapshot, once the store has read the latest typing; undefined if cancelled or never. */
  async caughtUp(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<PlanSnapshot | undefined> {
    for (;;) {
      const snapshot = this.matching(document);
      if (snapshot || !this.snapshot(document) || token.isCancellationRequested) return snapshot;
      if (!(await this.nextChange(token))) return undefined;
    }
  }

  private nextChange(token: vscode.CancellationToken): Promise<boolean> {
    return new Promise((resolve) => {
      const subscriptions: vscode.Disposable[] = [];
      const done = (changed: boolean) => {
        for (const s of subscriptions) s.dispose();
        resolve(changed);
      };
      const timer = setTimeout(() => done(false), CATCH_UP_MS);
      subscriptions.push(
        { dispose: () => clearTimeout(timer) },
        this.store.onDidChange(() => done(true)),
        token.onCancellationRequested(() => done(false)),
      );
    });
  }
}
