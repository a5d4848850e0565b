/**
 * The Import People preview: the file's rows read with the mapping the user sees (and may change), compared with the
 * plan as it is now, and the people ticked appended in one edit. What the user chose is kept here, so the page can be
 * drawn again at any time (a new mapping, an edit of the plan meanwhile) without losing it.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { applyEditPaced, guessMapping, IMPORT_FIELDS, importEdit, LIST_NAMES, messageTranslator, rowsToContacts, selectNew, type ColumnMapping, type ImportField, type ImportTable, type ListName } from '../core';
import { displayCatalogue } from '../displayLanguage';
import type { PlanStore } from '../planStore';
import { peopleText } from '../tree/paging';
import { messageOf, oneOf, Panel } from '../webview';
import { previewHtml, type PreviewState } from './previewHtml';

/** What the page sends. Lines and lists travel as comma-separated texts ("2,5,9", "like,help"). */
export type ImportMessage =
  | { type: 'mapping'; field: string; column: string }
  | { type: 'selection'; unchecked: string; lists: string }
  | { type: 'import'; selected: string; lists: string }
  | { type: 'cancel' };

const isImportMessage = oneOf<ImportMessage>(
  messageOf<ImportMessage>('mapping', ['field', 'column']),
  messageOf<ImportMessage>('selection', ['unchecked', 'lists']),
  messageOf<ImportMessage>('import', ['selected', 'lists']),
  messageOf<ImportMessage>('cancel', []),
);

export interface ImportSource {
  uri: vscode.Uri;
  table: ImportTable;
  encodingNote?: string;
}

export interface ImportPanel extends vscode.Disposable {
  readonly onDidDispose: vscode.Event<void>;
  /** The page body last drawn. */
  readonly body: string;
  readonly source: vscode.Uri;
  readonly plan: vscode.Uri;
  reveal(): void;
  /** Handles a message as the page would send it (checked like one); settles when its work is done. */
  receive(message: unknown): Promise<void>;
}

function lineSet(text: string): Set<number> | undefined {
  if (text === '') return new Set();
  if (!/^\d{1,9}(,\d{1,9})*$/.test(text)) return undefined;
  return new Set(text.split(',').map(Number));
}

function listSet(text: string): Set<ListName> | undefined {
  const words = text === '' ? [] : text.split(',');
  return words.every((w) => (LIST_NAMES as readonly string[]).includes(w)) ? new Set(words as ListName[]) : undefined;
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

export function openImportPanel(store: PlanStore, source: ImportSource, planUri: vscode.Uri, extensionUri: vscode.Uri, onClosed: () => void): ImportPanel {
  let mapping: ColumnMapping = guessMapping(source.table.header);
  let unchecked = new Set<number>();
  let lists = new Set<ListName>();
  let columnsOpen = false;
  let body = '';
  const translate = messageTranslator(displayCatalogue(vscode.env.language));

  const state = (): PreviewState | undefined => {
    const snapshot = store.snapshotFor(planUri);
    if (!snapshot?.exists) return undefined;
    const read = rowsToContacts(source.table, mapping);
    const translated = (problems: typeof read.bad) => problems.map((p) => ({ ...p, message: translate(p.message) }));
    return {
      fileName: baseName(source.uri),
      planName: baseName(planUri),
      table: source.table,
      mapping,
      read: { ...read, bad: translated(read.bad), warnings: translated(read.warnings) },
      selection: selectNew(snapshot.viewPlan, read.contacts),
      unchecked,
      lists,
      columnsOpen,
      ...(source.encodingNote && { encodingNote: source.encodingNote }),
    };
  };

  const render = () => {
    const current = state();
    body = current ? previewHtml(current) : `<p class="warning" role="status">${l10n.t('The plan is gone: there is nothing to import into.')}</p>`;
    panel.setBody(body, l10n.t('Import: {0}', baseName(source.uri)));
  };

  const importSelected = async (selected: Set<number>): Promise<void> => {
    const current = state();
    if (!current) return;
    const chosen = current.selection.toImport.filter((c) => selected.has(c.line));
    const edit = importEdit(chosen, [...lists]);
    if (!edit) {
      void vscode.window.showInformationMessage(l10n.t('Tick at least one person to import.'));
      return;
    }
    const done = await store.edit(planUri, (text, plan, read) => applyEditPaced(text, edit, plan, read));
    if (!done) return;
    panel.dispose();
    void vscode.window.showInformationMessage(l10n.t('Imported {0} from {1} into {2}.', peopleText(chosen.length), baseName(source.uri), baseName(planUri)));
  };

  const handle = async (message: ImportMessage): Promise<void> => {
    switch (message.type) {
      case 'mapping': {
        const field = message.field as ImportField;
        const column = message.column === '' ? undefined : Number(message.column);
        if (!(IMPORT_FIELDS as readonly string[]).includes(field)) return;
        if (column !== undefined && !(Number.isInteger(column) && column >= 0 && column < source.table.header.length)) return;
        // A column feeds one field: taking it for this one frees it from the other.
        const next: ColumnMapping = {};
        for (const f of IMPORT_FIELDS) if (f !== field && mapping[f] !== undefined && mapping[f] !== column) next[f] = mapping[f];
        if (column !== undefined) next[field] = column;
        mapping = next;
        columnsOpen = true;
        render();
        return;
      }
      case 'selection': {
        const lines = lineSet(message.unchecked);
        const chosen = listSet(message.lists);
        if (lines) unchecked = lines;
        if (chosen) lists = chosen;
        return;
      }
      case 'import': {
        const lines = lineSet(message.selected);
        const chosen = listSet(message.lists);
        if (!lines || !chosen) return;
        lists = chosen;
        await importSelected(lines);
        return;
      }
      case 'cancel':
        panel.dispose();
    }
  };

  const panel = new Panel<never, ImportMessage>({
    viewType: 'networkingPlan.importPeople',
    title: l10n.t('Import People'),
    extensionUri,
    styles: ['media/import/import.css'],
    scripts: ['media/import/import.js'],
    isMessage: isImportMessage,
    onMessage: (message) => void handle(message),
  });
  // Who is "already in the plan" changes as the plan does (an edit, a save, a change on disk).
  const subscription = store.onDidChange(render);
  panel.onDidDispose(() => {
    subscription.dispose();
    onClosed();
  });
  render();
  return {
    onDidDispose: panel.onDidDispose,
    get body() {
      return body;
    },
    source: source.uri,
    plan: planUri,
    reveal: () => panel.reveal(),
    receive: async (message) => {
      if (isImportMessage(message)) await handle(message);
    },
    dispose: () => panel.dispose(),
  };
}
