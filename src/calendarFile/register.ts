/**
 * `networkingPlan.calendarFile`: rewrites the calendar file a while after the schedule changes. Costs nothing while
 * the setting is empty; the writer loads on first use (./lazy.ts).
 */
import * as vscode from 'vscode';
import { loadLazy } from '../lazy';
import type { PlanStore } from '../planStore';
import type { CalendarFileKeeper } from './lazy';

/** Typing in the plan changes the schedule at every keystroke: write once it settles. */
const SETTLE_MS = 750;

/** The setting of the folder, trimmed ('' when off). */
export function calendarFileSetting(folder: vscode.WorkspaceFolder): string {
  const value = vscode.workspace.getConfiguration('networkingPlan', folder.uri).get<unknown>('calendarFile');
  return typeof value === 'string' ? value.trim() : '';
}

function anyCalendarFile(store: PlanStore): boolean {
  return store.snapshots().some((s) => calendarFileSetting(s.folder) !== '');
}

export function registerCalendarFile(store: PlanStore): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let keeper: CalendarFileKeeper | undefined;
  let writing: Promise<void> = Promise.resolve();
  let disposed = false;
  const write = () => {
    timer = undefined;
    if (disposed) return;
    writing = writing
      .then(() => (keeper ??= new (loadLazy('calendarFile').CalendarFileKeeper)()).update(store))
      .catch((error: unknown) => void vscode.window.showErrorMessage(vscode.l10n.t('Networking Plan: {0}', error instanceof Error ? error.message : String(error))));
  };
  const schedule = () => {
    if (disposed || !anyCalendarFile(store)) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(write, SETTLE_MS);
  };
  void store.ready.then(schedule);
  return vscode.Disposable.from(
    store.onDidChange(schedule),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('networkingPlan.calendarFile') && schedule()),
    {
      dispose: () => {
        disposed = true;
        if (timer) clearTimeout(timer);
      },
    },
  );
}
