/**
 * Keeps the `networkingPlan.calendarFile` of each workspace folder up to date: the next contacts of the plans that
 * name it, written only when the text changed, never over a file that is not a calendar. Loaded once the setting is
 * set (see ./register.ts).
 */
import * as vscode from 'vscode';
import { exportCalendars, type CalendarPart } from '../core';
import { calendarUri } from '../meetings/calendarPaths';
import type { PlanSnapshot, PlanStore } from '../planStore';
import { describeError } from '../store/planFileAccess';
import { calendarFileSetting } from './register';

declare module '../lazy' {
  interface LazyModules {
    calendarFile: typeof import('./lazy');
  }
}

interface Target {
  uri: vscode.Uri;
  snapshots: PlanSnapshot[];
}

function targetsOf(snapshots: readonly PlanSnapshot[]): { targets: Target[]; errors: string[] } {
  const targets = new Map<string, Target>();
  const errors: string[] = [];
  for (const snapshot of snapshots) {
    const setting = calendarFileSetting(snapshot.folder);
    if (setting === '' || !snapshot.exists) continue;
    const uri = calendarUri(setting, [snapshot.folder.uri]);
    if (!(uri instanceof vscode.Uri)) {
      errors.push(vscode.l10n.t('The calendar file "{0}" (networkingPlan.calendarFile) cannot be written: {1}.', setting, uri.error));
      continue;
    }
    const target = targets.get(uri.toString()) ?? { uri, snapshots: [] };
    target.snapshots.push(snapshot);
    targets.set(uri.toString(), target);
  }
  return { targets: [...targets.values()], errors };
}

function looksLikeCalendar(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  return bytes.length === 0 || head.toUpperCase().startsWith('BEGIN:VCALENDAR');
}

export class CalendarFileKeeper {
  /** The text last written (or found) at each target, so an unchanged schedule costs no file access. */
  private readonly written = new Map<string, string>();
  /** Errors already shown, so a lasting problem is reported once (again only after it was fixed and came back). */
  private readonly reported = new Set<string>();

  async update(store: PlanStore): Promise<void> {
    const snapshots = store.snapshots();
    const { targets, errors } = targetsOf(snapshots);
    const failures = [...errors];
    for (const target of targets) {
      const failure = await this.write(target, snapshots);
      if (failure) failures.push(failure);
    }
    for (const message of failures) {
      if (!this.reported.has(message)) void vscode.window.showErrorMessage(message);
    }
    this.reported.clear();
    for (const message of failures) this.reported.add(message);
  }

  private async write(target: Target, all: readonly PlanSnapshot[]): Promise<string | undefined> {
    const key = target.uri.toString();
    const shown = target.uri.scheme === 'file' ? target.uri.fsPath : key;
    if (all.some((s) => s.uri.toString() === key)) return vscode.l10n.t('The calendar file "{0}" (networkingPlan.calendarFile) is a plan file: choose another file.', shown);
    const several = target.snapshots.length > 1;
    const parts: CalendarPart[] = target.snapshots.map((s) => ({ view: s.view, planLabel: several ? s.folder.name : undefined }));
    const text = exportCalendars(parts);
    if (this.written.get(key) === text) return undefined;
    try {
      const existing = await vscode.workspace.fs.readFile(target.uri).then(
        (bytes) => bytes,
        (error: unknown) => {
          if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
          throw error;
        },
      );
      if (existing && !looksLikeCalendar(existing)) {
        return vscode.l10n.t('The calendar file "{0}" (networkingPlan.calendarFile) is not a calendar, so it was left as it is: choose another file.', shown);
      }
      if (!existing || new TextDecoder().decode(existing) !== text) await vscode.workspace.fs.writeFile(target.uri, new TextEncoder().encode(text));
      this.written.set(key, text);
      return undefined;
    } catch (error) {
      this.written.delete(key);
      return vscode.l10n.t('Could not write the calendar file "{0}" (networkingPlan.calendarFile): {1}', shown, describeError(error));
    }
  }
}
