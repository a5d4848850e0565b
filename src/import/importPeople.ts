/** Import People (`networkingPlan.importPeople`): which file, into which plan, then the preview (./importPanel.ts). */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { pickPlan } from '../commands/planPicker';
import type { PlanStore } from '../planStore';
import { decodeContactsFile, ImportFileError, readContactsFile } from './contactsFile';
import { openImportPanel, type ImportPanel } from './importPanel';

function uriOf(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value !== 'string' || value === '') return undefined;
  return /^[a-z][\w+.-]+:/i.test(value) && !/^[a-z]:[\\/]/i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value);
}

/** The contacts file: a URI (the Explorer's context menu), `{ file }` (scripts), or the one the user picks. */
async function contactsFileOf(arg: unknown): Promise<vscode.Uri | undefined> {
  const given = uriOf(arg) ?? (typeof arg === 'object' && arg !== null ? uriOf((arg as { file?: unknown }).file) : undefined);
  if (given) return given;
  const picked = await vscode.window.showOpenDialog({
    title: l10n.t('Import People'),
    openLabel: l10n.t('Preview Import'),
    canSelectMany: false,
    filters: { [l10n.t('Contacts (CSV, vCard)')]: ['csv', 'vcf', 'vcard', 'txt'], [l10n.t('All files')]: ['*'] },
  });
  return picked?.[0];
}

function planArg(arg: unknown): unknown {
  return typeof arg === 'object' && arg !== null && !(arg instanceof vscode.Uri) ? (arg as { plan?: unknown }).plan : undefined;
}

/** Opens the preview; `undefined` when the user cancelled or the file cannot be read (said in a message). */
export async function importPeople(store: PlanStore, extensionUri: vscode.Uri, arg: unknown, onClosed: () => void): Promise<ImportPanel | undefined> {
  const file = await contactsFileOf(arg);
  if (!file) return undefined;
  const snapshot = await pickPlan(store, planArg(arg), l10n.t('Import People'), true);
  if (!snapshot) return undefined;
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(file);
  } catch (error) {
    void vscode.window.showErrorMessage(l10n.t('Cannot read {0}: {1}', name, error instanceof Error ? error.message : String(error)));
    return undefined;
  }
  const { text, note } = decodeContactsFile(bytes);
  try {
    const table = readContactsFile(name, text);
    const encodingNote = note ? l10n.t('{0} is not UTF-8: it was read as Windows-1252 (Western European). Check names with accents before importing.', name) : undefined;
    return openImportPanel(store, { uri: file, table, ...(encodingNote && { encodingNote }) }, snapshot.uri, extensionUri, onClosed);
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    void vscode.window.showErrorMessage(l10n.t('Cannot import {0}: {1}', name, error.message));
    return undefined;
  }
}
