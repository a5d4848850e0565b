/** The one place that knows each workspace folder's plan: its text, its problems and its derived view. */
import * as vscode from 'vscode';
import { localDateOf, type Plan, type PlanView } from './core';
import type { Platform } from './platform';
import { MeetingCalendars } from './meetings/meetingCalendars';
import { DocumentTexts } from './store/documentTexts';
import { editPlan, type PlanChange } from './store/planEditor';
import { planUriFor } from './store/planLocation';
import { PlanSource } from './store/planSource';

export interface PlanSnapshot {
  readonly folder: vscode.WorkspaceFolder;
  /** The plan file's URI (setting `networkingPlan.planFile`, default `networking-plan.yaml`, relative to the folder). */
  readonly uri: vscode.Uri;
  /** False when the folder has no plan file (the welcome view shows then). */
  readonly exists: boolean;
  /** The text the snapshot was read from: the live document while it is open (unsaved typing included), else the file on disk. */
  readonly text: string;
  /** The latest read, possibly with problems (`plan.syntaxOk` false when the YAML is broken). */
  readonly plan: Plan;
  /** The derived view of the last plan whose YAML was readable (so the tree keeps showing it while the file is broken). */
  readonly view: PlanView;
  /** The plan `view` was derived from (`plan` itself unless `stale`). */
  readonly viewPlan: Plan;
  /** True when `view` comes from an older text because the current one has syntax errors. */
  readonly stale: boolean;
  /** A read error (e.g. the path is a directory), shown instead of the tree. */
  readonly error?: string;
  /** False until the file has been read once. */
  readonly loaded: boolean;
}

/** Re-checks the date this long after midnight (timers may fire a little early). */
const AFTER_MIDNIGHT_MS = 1000;

export class PlanStore implements vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires (debounced) after any snapshot changed. */
  readonly onDidChange: vscode.Event<void> = this.changeEmitter.event;
  private sources: PlanSource[] = [];
  private watchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private writes: Promise<unknown> = Promise.resolve();
  private readonly texts = new DocumentTexts();
  private day: string;
  private midnight?: ReturnType<typeof setTimeout>;
  /** Settles when every plan has been read once (again after a folder or setting change). */
  ready: Promise<void>;
  /** Everyone's next meeting in the user's own calendar files (setting `networkingPlan.meetingCalendars`). */
  readonly meetings: MeetingCalendars;

  /** `platform`: what differs between Node's extension host and a browser's (how to read large plans off the main thread, say). */
  constructor(private readonly platform: Platform) {
    this.day = this.today();
    const ws = vscode.workspace;
    this.disposables.push(
      this.changeEmitter,
      ws.onDidChangeWorkspaceFolders(() => this.rebuild()),
      ws.onDidChangeConfiguration((e) => e.affectsConfiguration('networkingPlan.planFile') && this.rebuild()),
      ws.onDidOpenTextDocument((d) => this.documentEvent(d, 0)),
      ws.onDidCloseTextDocument((d) => {
        this.texts.forget(d);
        this.documentEvent(d, 0);
      }),
      ws.onDidSaveTextDocument((d) => {
        const source = this.sourceFor(d.uri);
        if (source) source.savedText = this.texts.textOf(d);
      }),
      ws.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && this.documentEvent(e.document)),
      vscode.window.onDidChangeWindowState((s) => s.focused && this.checkDay()),
    );
    const meetings = new MeetingCalendars(() => this.snapshots().filter((s) => s.exists), () => this.today(), platform.pause);
    this.meetings = meetings;
    this.disposables.push(meetings, meetings.onDidChange(() => this.changeEmitter.fire()));
    this.ready = this.rebuild();
    this.scheduleMidnight();
  }

  /** One per workspace folder, in folder order. */
  snapshots(): readonly PlanSnapshot[] {
    return this.sources.map((s) => s.snapshot);
  }

  /** The snapshot whose plan file is `uri`, if any. */
  snapshotFor(uri: vscode.Uri): PlanSnapshot | undefined {
    return this.sourceFor(uri)?.snapshot;
  }

  /** Today as YYYY-MM-DD in the user's local time (the only place the clock is read). */
  today(): string {
    return localDateOf(new Date());
  }

  /** Re-reads every plan now. */
  async refresh(): Promise<void> {
    this.checkDay();
    await Promise.all(this.sources.map((s) => s.load()));
  }

  /**
   * Applies `change` (text + its plan -> new text) to the live document with a minimal WorkspaceEdit, then saves.
   * Writes are serialized; refusals are reported to the user. True when the edit was applied and saved.
   */
  edit(uri: vscode.Uri, change: PlanChange): Promise<boolean> {
    const run = this.writes.then(() => {
      const source = this.sourceFor(uri);
      if (!source) {
        void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" is not a networking plan of this workspace.', vscode.workspace.asRelativePath(uri)));
        return false;
      }
      return editPlan(source, change);
    });
    this.writes = run.catch(() => undefined);
    return run;
  }

  private sourceFor(uri: vscode.Uri): PlanSource | undefined {
    const key = uri.toString();
    return this.sources.find((s) => s.uri.toString() === key);
  }

  private documentEvent(document: vscode.TextDocument, delay?: number): void {
    const source = this.sourceFor(document.uri);
    if (!source) return;
    // An opened document's text is taken as saved by the load (when it is not dirty); not on content changes,
    // where the dirty flag that comes with typing can lag behind the text.
    if (delay === 0) void source.load();
    else source.schedule(delay);
  }

  private rebuild(): Promise<void> {
    for (const d of [...this.sources, ...this.watchers]) d.dispose();
    const folders = vscode.workspace.workspaceFolders ?? [];
    this.sources = folders.map((folder) => new PlanSource(folder, planUriFor(folder), () => this.today(), () => this.changeEmitter.fire(), this.platform, this.texts));
    this.watchers = this.sources.map((source) => this.watch(source));
    // A plan read at once needs no second read: later changes come through its document and its watcher.
    const later = this.sources.filter((source) => !source.loadNow());
    this.changeEmitter.fire();
    this.ready = Promise.all(later.map((s) => s.load())).then(() => undefined);
    return this.ready;
  }

  /** Outside changes (git pull, another editor, deletion, rename); our own saves re-read to the same text and fire nothing. */
  private watch(source: PlanSource): vscode.Disposable {
    const directory = vscode.Uri.joinPath(source.uri, '..');
    const name = source.uri.path.slice(source.uri.path.lastIndexOf('/') + 1);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(directory, name));
    const reread = () => source.schedule();
    return vscode.Disposable.from(watcher, watcher.onDidCreate(reread), watcher.onDidChange(reread), watcher.onDidDelete(reread));
  }

  private checkDay(): void {
    const today = this.today();
    if (today === this.day) return;
    this.day = today;
    for (const source of this.sources) void source.rederive();
  }

  /** "Due today" moves at midnight, without a reload. */
  private scheduleMidnight(): void {
    const now = new Date();
    const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    this.midnight = setTimeout(() => {
      this.checkDay();
      this.scheduleMidnight();
    }, next.getTime() - now.getTime() + AFTER_MIDNIGHT_MS);
  }

  dispose(): void {
    if (this.midnight) clearTimeout(this.midnight);
    for (const d of [...this.sources, ...this.watchers, ...this.disposables]) d.dispose();
    this.sources = [];
    this.watchers = [];
  }
}
