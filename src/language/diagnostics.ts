/** The plans' problems in the Problems panel and the editor, kept in step with the store. */
import * as vscode from 'vscode';
import { LineIndex, messageTranslator, type Plan, type Problem } from '../core';
import { displayCatalogue } from '../displayLanguage';
import type { PlanSnapshot, PlanStore } from '../planStore';
import type { PlanDocuments } from './planDocuments';
import { problemsToShow } from './problemLookup';

export const DIAGNOSTIC_SOURCE = 'Networking Plan';

/** VS Code shows at most 1000 diagnostics per file: 999 problems and one line saying how many more there are. */
const MAX_PROBLEMS_SHOWN = 999;

/** The core's problem messages in VS Code's display language (fixed for the session). */
export const inDisplayLanguage = messageTranslator(displayCatalogue(vscode.env.language));

function diagnostic(range: vscode.Range, problem: Problem): vscode.Diagnostic {
  const severity = problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const result = new vscode.Diagnostic(range, inDisplayLanguage(problem.message), severity);
  result.code = problem.code;
  result.source = DIAGNOSTIC_SOURCE;
  return result;
}

/** Diagnostics for `problems`; `positionAt` turns their offsets into positions. */
export function diagnosticsFor(problems: readonly Problem[], positionAt: (offset: number) => vscode.Position): vscode.Diagnostic[] {
  const { shown, hidden } = problemsToShow(problems, MAX_PROBLEMS_SHOWN);
  const diagnostics = shown.map((p) => diagnostic(new vscode.Range(positionAt(p.span.start), positionAt(p.span.end)), p));
  if (hidden > 0) {
    const listed = new Set(shown);
    const at = positionAt(problems.find((p) => !listed.has(p))?.span.start ?? 0);
    const more = new vscode.Diagnostic(
      new vscode.Range(at, at),
      vscode.l10n.t('{0} more problems in this plan are not listed (VS Code lists at most 1000 per file): they appear as the listed ones are fixed.', hidden),
      vscode.DiagnosticSeverity.Information,
    );
    more.source = DIAGNOSTIC_SOURCE;
    diagnostics.push(more);
  }
  return diagnostics;
}

/** Positions in the snapshot's text: from its open document when that holds the same text (no re-indexing). */
function positionsIn(snapshot: PlanSnapshot, documents: PlanDocuments): (offset: number) => vscode.Position {
  const key = snapshot.uri.toString();
  const document = vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === key);
  if (document && documents.matching(document) === snapshot) return (offset) => document.positionAt(offset);
  const lines = new LineIndex(snapshot.text);
  return (offset) => {
    const { line, character } = lines.positionAt(offset);
    return new vscode.Position(line, character);
  };
}

/** One diagnostic collection for every plan: set from each new read, cleared when a plan file goes away. */
export function registerDiagnostics(store: PlanStore, documents: PlanDocuments): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('networking-plan');
  /** What is shown per plan URI, so that an unchanged plan is not converted again. */
  const shown = new Map<string, { uri: vscode.Uri; plan?: Plan }>();
  const update = () => {
    const present = new Set<string>();
    for (const snapshot of store.snapshots()) {
      const key = snapshot.uri.toString();
      present.add(key);
      const plan = snapshot.exists && snapshot.error === undefined ? snapshot.plan : undefined;
      if (shown.has(key) && shown.get(key)!.plan === plan) continue;
      if (!plan) collection.delete(snapshot.uri);
      else collection.set(snapshot.uri, plan.problems.length === 0 ? [] : diagnosticsFor(plan.problems, positionsIn(snapshot, documents)));
      shown.set(key, { uri: snapshot.uri, plan });
    }
    for (const [key, { uri }] of shown) {
      if (present.has(key)) continue;
      collection.delete(uri);
      shown.delete(key);
    }
  };
  update();
  return vscode.Disposable.from(collection, store.onDidChange(update));
}
