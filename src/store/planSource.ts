/** One workspace folder's plan: follows its document or file and keeps the latest snapshot. */
import * as vscode from 'vscode';
import { PlanReader, readPlan } from '../core/read';
import { deriveView } from '../core/schedule';
import type { Plan } from '../core/types';
import type { PlanSnapshot } from '../planStore';
import { readPlanFile, type FileState } from './planFileAccess';

const TYPING_DELAY_MS = 150;

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
    const plan = readPlan('');
    this.current = { folder, uri, exists: false, text: '', plan, view: deriveView(plan, today()), viewPlan: plan, stale: false, loaded: false };
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
    this.apply(state);
  }

  /** Derives the view again, e.g. when the day changes. */
  rederive(): void {
    const c = this.current;
    this.current = { ...c, view: deriveView(c.viewPlan, this.today()) };
    this.changed();
  }

  private apply(state: FileState): void {
    const c = this.current;
    if (state.kind === 'text' && state.document && !state.document.isDirty) this.savedText = state.text;
    if (state.kind === 'error') {
      if (c.error === state.message) return;
      this.good = undefined;
      const plan = readPlan('');
      this.current = { ...c, exists: false, text: '', plan, viewPlan: plan, view: deriveView(plan, this.today()), stale: false, error: state.message, loaded: true };
    } else if (state.kind === 'missing') {
      if (!c.exists && c.error === undefined && c.loaded) return;
      this.good = undefined;
      const plan = readPlan('');
      this.current = { ...c, exists: false, text: '', plan, viewPlan: plan, view: deriveView(plan, this.today()), stale: false, error: undefined, loaded: true };
    } else {
      if (c.exists && c.text === state.text && c.error === undefined) return;
      const plan = this.reader.read(state.text);
      if (plan.syntaxOk) this.good = plan;
      const viewPlan = plan.syntaxOk ? plan : (this.good ?? plan);
      this.current = {
        ...c,
        exists: true,
        text: state.text,
        plan,
        viewPlan,
        view: deriveView(viewPlan, this.today()),
        stale: viewPlan !== plan,
        error: undefined,
        loaded: true,
      };
    }
    this.changed();
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
  }
}
