/** One workspace folder's plan: follows its document or file and keeps the latest snapshot. */
import * as vscode from 'vscode';
import { PlanReader, readPlan } from '../core/read';
import { deriveView } from '../core/schedule';
import type { Plan } from '../core/types';
import type { PlanSnapshot } from '../planStore';
import { readPlanFile, type FileState } from './planFileAccess';

const TYPING_DELAY_MS = 150;
const LARGE_PLAN_CHARS = 1_000_000;

export class PlanSource implements vscode.Disposable {
  private readonly reader = new PlanReader();
  private current: PlanSnapshot;
  /** The last plan whose YAML was readable, shown while the text has syntax errors. */
  private good?: Plan;
  private loads = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private disposed = false;
  /** The document's text when it last matched the file on disk (opened, saved or reloaded clean). */
  savedText?: string;

  constructor(
    readonly folder: vscode.WorkspaceFolder,
    readonly uri: vscode.Uri,
    private readonly today: () => string,
    private readonly changed: () => void,
  ) {
    this.current = this.emptySnapshot(undefined, false);
  }

  get snapshot(): PlanSnapshot {
    return this.current;
  }

  /** Reads `text` with this plan's incremental reader. */
  read(text: string): Plan {
    return this.reader.read(text);
  }

  /** Re-reads after the user pauses typing (or a burst of file events ends). */
  schedule(delay = TYPING_DELAY_MS): void {
    if (this.disposed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.load();
    }, delay);
  }

  /** Re-reads now; a load started later wins over this one. */
  async load(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const load = ++this.loads;
    const state = await readPlanFile(this.uri);
    if (load !== this.loads || this.disposed) return;
    if (state.kind !== 'text' || this.current.loaded || state.text.length < LARGE_PLAN_CHARS) {
      this.apply(state);
      return;
    }
    // Reading a plan of megabytes takes a while the first time: say so in the status bar first.
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Reading the networking plan' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (load === this.loads && !this.disposed) this.apply(state);
    });
  }

  /** Derives the view again, e.g. when the day changes. */
  rederive(): void {
    const c = this.current;
    this.current = { ...c, view: deriveView(c.viewPlan, this.today()) };
    this.changed();
  }

  private apply(state: FileState): void {
    const c = this.current;
    // By the time a load runs, the document's dirty flag has caught up with its text.
    if (state.kind === 'text' && state.document && !state.document.isDirty) this.savedText = state.text;
    if (state.kind === 'text') {
      if (c.exists && c.text === state.text && c.error === undefined) return;
      this.current = this.snapshotOf(state.text);
    } else {
      const error = state.kind === 'error' ? state.message : undefined;
      if (c.loaded && !c.exists && c.error === error) return;
      this.good = undefined;
      this.current = this.emptySnapshot(error);
    }
    this.changed();
  }

  private snapshotOf(text: string): PlanSnapshot {
    const plan = this.reader.read(text);
    if (plan.syntaxOk) this.good = plan;
    const viewPlan = plan.syntaxOk ? plan : (this.good ?? plan);
    const view = deriveView(viewPlan, this.today());
    return { folder: this.folder, uri: this.uri, exists: true, text, plan, viewPlan, view, stale: viewPlan !== plan, loaded: true };
  }

  private emptySnapshot(error: string | undefined, loaded = true): PlanSnapshot {
    const plan = readPlan('');
    const view = deriveView(plan, this.today());
    return { folder: this.folder, uri: this.uri, exists: false, text: '', plan, viewPlan: plan, view, stale: false, error, loaded };
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
  }
}
