/** Reading the plan file through `workspace.fs` (works in virtual workspaces; never Node's `fs`). */
import * as vscode from 'vscode';
import { MAX_PLAN_BYTES } from '../core/read';

export type FileState =
  | { kind: 'missing' }
  | { kind: 'error'; message: string }
  | { kind: 'text'; text: string; document?: vscode.TextDocument };

export function isNotFound(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'EntryNotFound');
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function openDocumentFor(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === key);
}

export function displayPath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, vscode.workspace.workspaceFolders !== undefined && vscode.workspace.workspaceFolders.length > 1);
}

/** The file's stat, undefined when it does not exist (other errors are thrown). */
export async function statIfExists(uri: vscode.Uri): Promise<vscode.FileStat | undefined> {
  try {
    return await vscode.workspace.fs.stat(uri);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

export function folderError(uri: vscode.Uri): string {
  return vscode.l10n.t('"{0}" is a folder, not a file. Point the setting "networkingPlan.planFile" at a YAML file, or move the folder away.', displayPath(uri));
}

/**
 * Why the file at `uri` cannot be a plan: a pipe, socket or device (reading one could wait for ever or never end), or
 * a file past the size limit. Undefined for a regular file of a plan's size.
 */
export function notAPlanFile(uri: vscode.Uri, stat: vscode.FileStat): string | undefined {
  if ((stat.type & vscode.FileType.File) === 0) {
    return vscode.l10n.t('"{0}" is not a regular file (it is a pipe, a socket or a device), so it cannot be a plan. Point the setting "networkingPlan.planFile" at a YAML file.', displayPath(uri));
  }
  if (stat.size > MAX_PLAN_BYTES) {
    const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
    return vscode.l10n.t('"{0}" is too large to be a plan ({1}; plans are read up to {2}): check that the setting "networkingPlan.planFile" names your plan.', displayPath(uri), mb(stat.size), mb(MAX_PLAN_BYTES));
  }
  return undefined;
}

/** Thrown when the file's bytes are not UTF-8: saving the decoded text would replace them with U+FFFD. */
export class NotUtf8Error extends Error {}

/** The file's text; with `strict`, throws NotUtf8Error instead of replacing undecodable bytes. */
export async function readDiskText(uri: vscode.Uri, strict = false): Promise<string> {
  const bytes = await vscode.workspace.fs.readFile(uri);
  // TextDecoder drops a BOM, as VS Code's documents do, so disk and document texts compare equal.
  try {
    return new TextDecoder('utf-8', { fatal: strict }).decode(bytes);
  } catch {
    throw new NotUtf8Error(
      vscode.l10n.t('"{0}" is not valid UTF-8 text, so nothing was changed: saving it would replace the bytes that cannot be read. ', displayPath(uri)) +
        vscode.l10n.t('Re-save the file with UTF-8 encoding first.'),
    );
  }
}

/** Whether `uri` is a folder; false when that cannot be told. */
async function isDirectory(uri: vscode.Uri, error: unknown): Promise<boolean> {
  if (error instanceof vscode.FileSystemError && error.code === 'FileIsADirectory') return true;
  const stat = await statIfExists(uri).catch(() => undefined);
  return stat !== undefined && (stat.type & vscode.FileType.Directory) !== 0;
}

/**
 * The plan's current text: the open document (unsaved typing included), else the file on disk.
 * A closed file costs one round trip (its read), since each one waits behind the extension host's other work.
 * A document opened meanwhile starts a newer load, which wins.
 */
export async function readPlanFile(uri: vscode.Uri, textOf = (document: vscode.TextDocument) => document.getText()): Promise<FileState> {
  try {
    const document = openDocumentFor(uri);
    // Typing makes the document dirty: then its text is the plan whatever the disk holds, and asking the disk
    // would wait for VS Code's main thread (busy with a large document just when it is typed into).
    if (document?.isDirty) return { kind: 'text', text: textOf(document), document };
    if (document) {
      const stat = await statIfExists(uri);
      if (stat && stat.type & vscode.FileType.Directory) return { kind: 'error', message: folderError(uri) };
      // A clean document whose file was deleted only lingers in memory: the plan is gone.
      if (!stat) return { kind: 'missing' };
      const refusal = notAPlanFile(uri, stat);
      if (refusal) return { kind: 'error', message: refusal };
      return { kind: 'text', text: textOf(document), document };
    }
    // Stat first: reading a pipe or a device would never end.
    const stat = await statIfExists(uri);
    if (!stat) return { kind: 'missing' };
    if (stat.type & vscode.FileType.Directory) return { kind: 'error', message: folderError(uri) };
    const refusal = notAPlanFile(uri, stat);
    if (refusal) return { kind: 'error', message: refusal };
    return { kind: 'text', text: await readDiskText(uri) };
  } catch (error) {
    if (isNotFound(error)) return { kind: 'missing' };
    if (await isDirectory(uri, error)) return { kind: 'error', message: folderError(uri) };
    return { kind: 'error', message: vscode.l10n.t('Could not read "{0}": {1}', displayPath(uri), describeError(error)) };
  }
}
