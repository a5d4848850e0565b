/** Completion of people's names, lists, stages, cadences and dates in the plan file. */
import * as vscode from 'vscode';
import type { PlanStore } from '../planStore';
import { completionChoices, limitChoices, type ChoiceKind } from './completionChoices';
import type { PlanDocuments } from './planDocuments';
import { kindOf, valueContextAt } from './valueContext';

const ITEM_KINDS: Record<ChoiceKind, vscode.CompletionItemKind> = {
  person: vscode.CompletionItemKind.User,
  list: vscode.CompletionItemKind.EnumMember,
  stage: vscode.CompletionItemKind.EnumMember,
  cadence: vscode.CompletionItemKind.Value,
  date: vscode.CompletionItemKind.Value,
};

/** Typing these opens the list where a value starts: `with: `, `[`, `, `, `stage:`. */
const TRIGGER_CHARACTERS = [' ', ':', '[', ','];

export function registerCompletion(store: PlanStore, documents: PlanDocuments, selector: vscode.DocumentSelector): vscode.Disposable {
  const provider: vscode.CompletionItemProvider = {
    provideCompletionItems(document, position) {
      const snapshot = documents.snapshot(document);
      if (!snapshot) return undefined;
      const context = valueContextAt(documents.text(document), document.offsetAt(position));
      const kind = context && kindOf(context);
      if (!context || !kind) return undefined;
      const all = completionChoices(kind, context, snapshot.view.people, store.today());
      if (all.length === 0) return undefined;
      const typed = documents.text(document).slice(context.start, Math.max(context.start, document.offsetAt(position)));
      const { choices, incomplete } = limitChoices(all, typed);
      const start = document.positionAt(context.start);
      const range = { inserting: new vscode.Range(start, position), replacing: new vscode.Range(start, document.positionAt(context.end)) };
      const items = choices.map((choice) => {
        const item = new vscode.CompletionItem(choice.label, ITEM_KINDS[choice.kind]);
        item.insertText = choice.insert;
        item.filterText = choice.label;
        item.range = range;
        item.detail = choice.detail;
        item.sortText = choice.sortText;
        item.preselect = choice.preselect;
        return item;
      });
      return new vscode.CompletionList(items, incomplete);
    },
  };
  return vscode.languages.registerCompletionItemProvider(selector, provider, ...TRIGGER_CHARACTERS);
}
