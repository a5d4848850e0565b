/** The plans' problems in the Problems panel and the editor, kept in step with the store. */
import * as vscode from 'vscode';
import { LineIndex } from '../core/lines';
import type { Plan, Problem } from '../core/types';
import type { PlanStore } from '../planStore';

export const DIAGNOSTIC_SOURCE = 'Networking Plan';

/** Diagnostics for `problems`, whose offsets are into `text`. */
export function diagnosticsFor(problems: readonly Problem[], text: string): vscode.Diagnostic[] {
  if (problems.length === 0) return [];
  const lines = new LineIndex(text);
  const position = (offset: number) => {
    const { line, character } = lines.positionAt(offset);
    return new vscode.Position(line, character);
  };
  return problems.map((problem) => {
    const range = new vscode.Range(position(problem.span.start), position(problem.span.end));
    const severity = problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
    const diagnostic = new vscode.Diagnostic(range, problem.message, severity);
    diagnostic.code = problem.code;
    diagnostic.source = DIAGNOSTIC_SOURCE;
    return diagnostic;
  });
}

/** One diagnostic collection for every plan: set from each new read, cleared when a plan file goes away. */
export function registerDiagnostics(store: PlanStore): vscode.Disposable {
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
      if (plan) collection.set(snapshot.uri, diagnosticsFor(plan.problems, snapshot.text));
      else collection.delete(snapshot.uri);
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
