/** One workspace folder's plan: follows its document or file and keeps the latest snapshot. */
import * as vscode from 'vscode';
import { PlanReader, readPlan } from '../core/read';
import { diffText } from '../core/textChange';
import { deriveView } from '../core/schedule';
import type { Plan } from '../core/types';
import type { PlanSnapshot } from '../planStore';
import { readPlanFile, type FileState } from './planFileAccess';

const TYPING_DELAY_MS = 150;
/** Plans larger than this are read in slices when much of their text is new, so the host keeps responding. */
const SLICED_READ_CHARS = 256 * 1024;
/** New text beyond this (a first load, a pull, a large paste) is parsed in slices; less is parsed at once (tens of ms). */
const SLICED_CHANGE_CHARS = 64 * 1024;

/** Lets other work in the extension host run between slices of a long read. */
const pauseForOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

class SupersededLoad extends Error {}

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
    if (state.kind !== 'text' || !this.needsSlices(state.text)) {
      this.apply(state);
      return;
    }
    // Reading much new text of a large plan takes a while: say so in the status bar, and read in slices.
    // A newer load (still reading, or done) wins: this one stops at its next pause, its parsing kept in the reader's cache.
    const pause = () => (load === this.loads && !this.disposed ? pauseForOthers() : Promise.reject(new SupersededLoad()));
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Reading the networking plan' }, async () => {
      try {
        const plan = await this.reader.readInSlices(state.text, pause);
        // Deriving the view is a task of its own.
        await pause();
        if (load === this.loads && !this.disposed) this.apply(state, plan);
      } catch (error) {
        if (!(error instanceof SupersededLoad)) throw error;
      }
    });
  }

  private needsSlices(text: string): boolean {
    const c = this.current;
    if (text.length <= SLICED_READ_CHARS) return false;
    if (!c.exists) return true;
    const change = diffText(c.text, text);
    return change.newLength - change.prefix - change.suffix > SLICED_CHANGE_CHARS;
  }

  /** Derives the view again, e.g. when the day changes. */
  rederive(): void {
    const c = this.current;
    this.current = { ...c, view: deriveView(c.viewPlan, this.today()) };
    this.changed();
  }

  /** `plan`, when given, was read from the state's text. */
  private apply(state: FileState, plan?: Plan): void {
    const c = this.current;
    // By the time a load runs, the document's dirty flag has caught up with its text.
    if (state.kind === 'text' && state.document && !state.document.isDirty) this.savedText = state.text;
    if (state.kind === 'text') {
      if (c.exists && c.text === state.text && c.error === undefined) return;
      this.current = this.snapshotOf(state.text, plan);
    } else {
      const error = state.kind === 'error' ? state.message : undefined;
      if (c.loaded && !c.exists && c.error === error) return;
      this.good = undefined;
      this.current = this.emptySnapshot(error);
    }
    this.changed();
  }

  private snapshotOf(text: string, plan = this.reader.read(text)): PlanSnapshot {
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
