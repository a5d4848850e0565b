/**
 * One webview panel of the extension: opened beside the editor, loading only from the extension's folders, page set
 * through `htmlShell`, messages from the page checked by a guard before they reach the owner. `PanelSlot` keeps at most
 * one panel of a kind: showing it again reveals the open one.
 */
import * as vscode from 'vscode';
import { htmlShell } from './htmlShell';
import type { MessageGuard } from './messages';
import { newNonce } from './nonce';

export interface PanelOptions<FromPanel> {
  viewType: string;
  title: string;
  extensionUri: vscode.Uri;
  /** Files under the extension's folder (`media/...`, `dist/...`), besides the shared `media/webview/theme.css`. */
  styles: readonly string[];
  scripts: readonly string[];
  isMessage: MessageGuard<FromPanel>;
  onMessage: (message: FromPanel) => void;
}

export const RESOURCE_FOLDERS = ['media', 'dist'];

export class Panel<ToPanel, FromPanel> implements vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;

  constructor(private readonly options: PanelOptions<FromPanel>) {
    this.panel = vscode.window.createWebviewPanel(options.viewType, options.title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
      enableScripts: true,
      retainContextWhenHidden: false,
      localResourceRoots: RESOURCE_FOLDERS.map((folder) => vscode.Uri.joinPath(options.extensionUri, folder)),
    });
    this.disposables.push(
      this.panel.webview.onDidReceiveMessage((message: unknown) => {
        if (options.isMessage(message)) options.onMessage(message);
      }),
      this.panel.onDidDispose(() => this.dispose()),
    );
  }

  /** Sets the page: `body` must already escape every user text (see `escapeHtml`). */
  setBody(body: string, title = this.options.title): void {
    const webview = this.panel.webview;
    const uri = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.options.extensionUri, ...file.split('/'))).toString();
    this.panel.title = title;
    webview.html = htmlShell({
      cspSource: webview.cspSource,
      nonce: newNonce(),
      title,
      styles: ['media/webview/theme.css', ...this.options.styles].map(uri),
      scripts: this.options.scripts.map(uri),
      body,
    });
  }

  post(message: ToPanel): Thenable<boolean> {
    return this.panel.webview.postMessage(message);
  }

  reveal(): void {
    this.panel.reveal(vscode.ViewColumn.Beside, false);
  }

  private disposed = false;

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.disposeEmitter.fire();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.disposeEmitter.dispose();
    this.panel.dispose();
  }
}

/** At most one open panel: `show` reveals it, or creates one; it forgets the panel when the user closes it. */
export class PanelSlot<T extends { reveal(): void; onDidDispose: vscode.Event<void> } & vscode.Disposable> implements vscode.Disposable {
  private current: T | undefined;

  get open(): T | undefined {
    return this.current;
  }

  show(create: () => T): T {
    if (this.current) {
      this.current.reveal();
      return this.current;
    }
    const created = create();
    this.current = created;
    created.onDidDispose(() => {
      if (this.current === created) this.current = undefined;
    });
    return created;
  }

  dispose(): void {
    this.current?.dispose();
    this.current = undefined;
  }
}
