/** The plan file's in-editor features: diagnostics, quick fixes, CodeLens, completion and hover. */
import * as vscode from 'vscode';
import type { PlanStore } from '../planStore';
import { registerCodeLens } from './codeLens';
import { registerCompletion } from './completion';
import { registerDiagnostics } from './diagnostics';
import { registerHover } from './hover';
import { PlanDocuments, planDocumentSelector } from './planDocuments';
import { registerQuickFixes } from './quickFixes';

/** Registers every language feature; disposing the result removes them all. */
export function registerLanguageFeatures(store: PlanStore): vscode.Disposable {
  const selector = planDocumentSelector();
  const documents = new PlanDocuments(store);
  return vscode.Disposable.from(
    registerDiagnostics(store, documents),
    registerQuickFixes(documents, selector),
    registerCodeLens(store, documents, selector),
    registerCompletion(store, documents, selector),
    registerHover(documents, selector),
  );
}
