/** Quick fixes for the problems that carry a suggested replacement (did-you-mean keys, lists, stages). */
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, inDisplayLanguage } from './diagnostics';
import type { PlanDocuments } from './planDocuments';
import { plainText } from './plainText';
import { problemsStartingAt } from './problemLookup';

function quickFixes(documents: PlanDocuments, document: vscode.TextDocument, context: vscode.CodeActionContext): vscode.CodeAction[] {
  const fixes: vscode.CodeAction[] = [];
  const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
  const snapshot = ours.length > 0 ? documents.matching(document) : undefined;
  if (!snapshot) return fixes;
  for (const diagnostic of ours) {
    const end = document.offsetAt(diagnostic.range.end);
    for (const problem of problemsStartingAt(snapshot.plan.problems, document.offsetAt(diagnostic.range.start))) {
      const fix = problem.fix;
      if (!fix || problem.code !== diagnostic.code || problem.span.end !== end) continue;
      const action = new vscode.CodeAction(plainText(inDisplayLanguage(fix.title)), vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      const range = new vscode.Range(document.positionAt(fix.span.start), document.positionAt(fix.span.end));
      action.edit.replace(document.uri, range, fix.replacement);
      action.diagnostics = [diagnostic];
      // Each problem suggests one replacement, the obvious one: it may be applied by "auto fix".
      action.isPreferred = true;
      fixes.push(action);
    }
  }
  return fixes;
}

export function registerQuickFixes(documents: PlanDocuments, selector: vscode.DocumentSelector): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(document, _range, context) {
      if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return undefined;
      return quickFixes(documents, document, context);
    },
  };
  return vscode.languages.registerCodeActionsProvider(selector, provider, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
}
