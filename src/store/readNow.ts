/**
 * The one synchronous read, at activation: a small plan in a local folder is read at once, so the tree
 * and the status bar are filled before `activate()` returns instead of after the extension host's other
 * startup work (file reads through `workspace.fs` wait behind it for 100 ms or more). Everything else
 * (virtual workspaces, large or missing files, errors) is left to the usual asynchronous read.
 */
import * as fs from 'node:fs';
import type * as vscode from 'vscode';
import { openDocumentFor, type FileState } from './planFileAccess';

export function readSmallPlanNow(uri: vscode.Uri, maxBytes: number): (FileState & { kind: 'text' }) | undefined {
  if (uri.scheme !== 'file') return undefined;
  try {
    const stat = fs.statSync(uri.fsPath);
    if (!stat.isFile()) return undefined;
    const document = openDocumentFor(uri);
    if (document) return { kind: 'text', text: document.getText(), document };
    if (stat.size > maxBytes) return undefined;
    // Decoded as `readDiskText` does (a BOM dropped, undecodable bytes replaced).
    return { kind: 'text', text: new TextDecoder('utf-8').decode(fs.readFileSync(uri.fsPath)) };
  } catch {
    return undefined;
  }
}
