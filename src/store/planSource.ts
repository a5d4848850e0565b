/** One workspace folder's plan: follows its document or file and keeps the latest snapshot. */
import * as vscode from 'vscode';
import { deriveView, diffText, PlanReader, readPlan, type Plan, type PlanView } from '../core';
import type { Platform } from '../platform';
import type { PlanSnapshot } from '../planStore';
import type { DocumentTexts } from './documentTexts';
import { derivePaced, readPaced, SMALL_PLAN_CHARS } from './pacedRead';
import { readPlanFile, type FileState } from './planFileAccess';
import { SnapshotKeeper } from './snapshotKeeper';
import { ReadCancelled, WholeTextReader } from './wholeTextReader';

const TYPING_DELAY_MS = 150;
/** New text beyond this (a first load, a pull, a large paste) shows a progress indicator while it is read. */
const PROGRESS_CHANGE_CHARS = 64 * 1024;

class SupersededLoad extends Error {}

const isSuperseded = (error: unknown) => error instanceof SupersededLoad || error instanceof ReadCancelled;

export class PlanSource implements vscode.Disposable {
  private readonly reader = new PlanReader();
  private readonly snapshots: SnapshotKeeper;
  private loads = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private disposed = false;
  /** Whole-file parses for loads, and (so that neither cancels the other) for edits. */
  private readonly wholeReads: WholeTextReader;
  private readonly editReads: WholeTextReader;
  /** The document's text when it last matched the file on disk (opened, saved or reloaded clean). */
  savedText?: string;
  /** Lets other work in the extension host run (see `Platform.pause`). */
  readonly pause: () => Promise<void>;
  /** Runs an edit holding the plan's lock (see `Platform.withPlanLock`). */
  readonly withLock: <T>(body: () => Promise<T>) => Promise<T>;

  constructor(
    readonly folder: vscode.WorkspaceFolder,
    readonly uri: vscode.Uri,
    private readonly today: () => string,
    private readonly changed: () => void,
    private readonly platform: Platform,
    private readonly texts: DocumentTexts,
  ) {
    this.pause = platform.pause;
    this.withLock = (body) => platform.withPlanLock(uri, body);
    this.wholeReads = new WholeTextReader(platform.startPlanWorker);
    this.editReads = new WholeTextReader(platform.startPlanWorker);
    this.snapshots = new SnapshotKeeper(folder, uri, today);
  }

  get snapshot(): PlanSnapshot {
    return this.snapshots.current;
  }

  /** The document's text (copied once per version). */
  documentText(document: vscode.TextDocument): string {
    return this.texts.textOf(document);
  }

  /** The plan of `text` (what an edit applies to), read without blocking the host for long. */
  async planOf(text: string): Promise<Plan> {
    const plan = this.reader.readByItems(text);
    if (plan) return plan;
    if (this.snapshots.isCurrent(text)) return this.snapshot.plan;
    return text.length <= SMALL_PLAN_CHARS ? readPlan(text) : this.editReads.read(text);
  }

  /**
   * An edit's result, read whole so the core can check it: the reader has just read the text the edit was made on,
   * so only what changed is parsed again, in slices for a large plan (a broken one in the worker).
   */
  readEdited(text: string): Promise<Plan> {
    return readPaced(this.reader, text, this.pause, (whole) => this.editReads.read(whole));
  }

  /** Reads a small local plan at once (at activation: see `readNow.ts`); false when it must be read with `load()`. */
  loadNow(): boolean {
    const state = this.platform.readSmallPlanNow(this.uri, SMALL_PLAN_CHARS);
    if (!state) return false;
    const plan = this.reader.read(state.text);
    this.show(state, plan, deriveView(this.snapshots.viewPlanOf(plan), this.today()));
    return true;
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

  /**
   * Re-reads now; a load started later wins over this one. A small plan is read in one task; a large one
   * in slices and steps, its whole-file parses (broken YAML) in a worker, with a progress indicator when
   * much of its text is new (a first load, a pull) or it must be parsed whole.
   */
  async load(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const load = ++this.loads;
    const state = await readPlanFile(this.uri, (document) => this.texts.textOf(document));
    if (load !== this.loads || this.disposed) return;
    if (state.kind !== 'text' || this.snapshots.isCurrent(state.text)) return this.apply(state);
    const { text } = state;
    const small = text.length <= SMALL_PLAN_CHARS;
    // A newer load (still reading, or done) wins: this one stops at its next pause, its parsing kept in the reader's cache.
    const pause = () => (load === this.loads && !this.disposed ? this.pause() : Promise.reject(new SupersededLoad()));
    const progress = !small && this.bigChange(text);
    const readWhole = (whole: string) => (progress ? this.wholeReads.read(whole) : this.withProgress(() => this.wholeReads.read(whole)));
    const read = async () => {
      // Decoding the file or copying the document's text was a task of its own (tens of ms for megabytes).
      if (!small) await pause();
      const plan = await readPaced(this.reader, text, pause, readWhole);
      const view = this.snapshots.unchangedView(plan) ?? (await derivePaced(this.snapshots.viewPlanOf(plan), this.today(), pause, small));
      if (!small) await pause();
      this.show(state, plan, view);
    };
    try {
      await (progress ? this.withProgress(read) : read());
    } catch (error) {
      if (!isSuperseded(error)) throw error;
    }
  }

  private withProgress<T>(task: () => Promise<T>): Promise<T> {
    return Promise.resolve(vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading the networking plan') }, task));
  }

  private bigChange(text: string): boolean {
    const c = this.snapshot;
    if (!c.exists) return true;
    const change = diffText(c.text, text);
    return change.newLength - change.prefix - change.suffix > PROGRESS_CHANGE_CHARS;
  }

  /** Derives the view again, e.g. when the day changes. */
  async rederive(): Promise<void> {
    const c = this.snapshot;
    const small = c.text.length <= SMALL_PLAN_CHARS;
    const view = await derivePaced(c.viewPlan, this.today(), this.pause, small);
    // A newer snapshot was derived with the new day already.
    if (this.snapshot !== c || this.disposed) return;
    this.snapshots.current = { ...c, view };
    this.changed();
  }

  /** `plan` and `view` were read and derived from the state's text. */
  private show(state: FileState & { kind: 'text' }, plan: Plan, view: PlanView): void {
    // A whole-file read of an older text (the YAML was broken, and mended since) is of no use any more.
    this.wholeReads.cancel();
    if (state.document && !state.document.isDirty) this.savedText = state.text;
    this.snapshots.keepRead(state.text, plan, view);
    this.changed();
  }

  /** A state whose text is the current one, or with no text (no file, or a read error). */
  private apply(state: FileState): void {
    this.wholeReads.cancel();
    if (state.kind === 'text') {
      // By the time a load runs, the document's dirty flag has caught up with its text.
      if (state.document && !state.document.isDirty) this.savedText = state.text;
      return;
    }
    if (this.snapshots.keepMissing(state.kind === 'error' ? state.message : undefined)) this.changed();
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.wholeReads.dispose();
    this.editReads.dispose();
  }
}
