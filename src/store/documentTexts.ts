/** Documents' texts, copied once per version: `getText()` of a plan of megabytes costs tens of milliseconds each time. */
import type * as vscode from 'vscode';

export class DocumentTexts {
  private readonly last = new Map<string, { document: vscode.TextDocument; version: number; text: string }>();

  textOf(document: vscode.TextDocument): string {
    const key = document.uri.toString();
    const hit = this.last.get(key);
    if (hit && hit.document === document && hit.version === document.version) return hit.text;
    const text = document.getText();
    this.last.set(key, { document, version: document.version, text });
    return text;
  }

  /** Lets go of a closed document's text. */
  forget(document: vscode.TextDocument): void {
    if (this.last.get(document.uri.toString())?.document === document) this.last.delete(document.uri.toString());
  }
}
