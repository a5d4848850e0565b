/** "due in 3 days · Log contact · Snooze" above each person in the plan file. */
import * as vscode from 'vscode';
import type { PlanStore } from '../planStore';
import { personLenses } from './personLenses';
import type { PlanDocuments } from './planDocuments';

class PersonCodeLensProvider implements vscode.CodeLensProvider {
  constructor(
    private readonly documents: PlanDocuments,
    readonly onDidChangeCodeLenses: vscode.Event<void>,
  ) {}

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    // Spans are offsets into the snapshot's text: wait until the store has read what the user just typed.
    const snapshot = await this.documents.caughtUp(document, token);
    if (!snapshot || token.isCancellationRequested) return [];
    const lenses = personLenses(snapshot.plan, snapshot.view, (offset) => document.positionAt(offset).line);
    // The commands take the name, then the plan's URI (which plan, in a multi-root workspace).
    return lenses.map(({ line, title, command, arguments: args, tooltip }) => {
      const withPlan = args && [...args, document.uri];
      return new vscode.CodeLens(new vscode.Range(line, 0, line, 0), { title, command, arguments: withPlan, tooltip });
    });
  }
}

export function registerCodeLens(store: PlanStore, documents: PlanDocuments, selector: vscode.DocumentSelector): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider = new PersonCodeLensProvider(documents, changed.event);
  return vscode.Disposable.from(
    changed,
    store.onDidChange(() => changed.fire()),
    vscode.languages.registerCodeLensProvider(selector, provider),
  );
}
