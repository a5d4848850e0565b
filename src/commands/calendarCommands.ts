/** Use My Calendar… (adds .ics exports to `networkingPlan.meetingCalendars`) and Add to Calendar (one person's next contact). */
import * as vscode from 'vscode';
import { exportCalendar } from '../core';
import { settingEntry } from '../meetings/calendarPaths';
import type { PlanStore } from '../planStore';
import { describeError } from '../store/planFileAccess';
import { isOptionsObject, resolvePeople } from './personTargets';

/** What a command may need from the extension besides the store. */
export interface CommandEnv {
  /** The extension's own storage folder (`ExtensionContext.globalStorageUri`). */
  storageUri: vscode.Uri;
  workspaceState: vscode.Memento;
  /** Whether git would commit a file (Node's host only). */
  wouldCommit?: (uri: vscode.Uri) => Promise<boolean | undefined>;
}

/** A file name from a person's name: letters and digits kept, anything else a dash. */
function fileNameFor(name: string): string {
  const stem = name.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${stem || 'contact'}.ics`;
}

/**
 * `networkingPlan.addToCalendar`: one person's next contact as a one-event .ics in the extension's storage, opened
 * with the program the system uses for calendar files. Returns the file's URI (false when nothing was written); an
 * options object `{ name, uri?, open: false }` writes the file without opening it.
 */
export async function addToCalendar(this: CommandEnv, store: PlanStore, ...args: unknown[]): Promise<vscode.Uri | false> {
  await store.ready;
  const open = !(isOptionsObject(args[0]) && args[0].open === false);
  const refs = await resolvePeople(store, args, {
    many: false,
    title: vscode.l10n.t('Add to calendar'),
    placeHolder: vscode.l10n.t('Whose next contact? (who is due comes first)'),
    filter: (s) => s.scheduled,
  });
  const ref = refs?.[0];
  if (!ref) return false;
  const { person } = ref.status;
  if (!ref.status.scheduled || ref.status.next === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} has no next contact to add: only people in stage building or established are scheduled.', person.name));
    return false;
  }
  const folder = vscode.Uri.joinPath(this.storageUri, 'calendar');
  const target = vscode.Uri.joinPath(folder, fileNameFor(person.name));
  try {
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(exportCalendar(ref.snapshot.viewPlan, ref.snapshot.view, { onlyKey: person.key })));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not write the calendar event for {0}: {1}', person.name, describeError(error)));
    return false;
  }
  if (open && target.scheme === 'file' && !(await vscode.env.openExternal(vscode.Uri.file(target.fsPath)))) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No program opened "{0}": open it with your calendar app.', target.fsPath));
  }
  return target;
}

function urisIn(args: readonly unknown[]): vscode.Uri[] | undefined {
  const given = args.flatMap((a): unknown[] => (Array.isArray(a) ? (a as unknown[]) : [a])).filter((a): a is vscode.Uri => a instanceof vscode.Uri);
  return given.length > 0 ? given : undefined;
}

/** `networkingPlan.useCalendar`: picks files (or takes the URIs given) and adds them to the user's setting. */
export async function useCalendar(store: PlanStore, ...args: unknown[]): Promise<boolean> {
  const picked =
    urisIn(args) ??
    (await vscode.window.showOpenDialog({
      title: vscode.l10n.t('Use my calendar: an .ics file exported from Outlook, Google Calendar or Apple Calendar'),
      openLabel: vscode.l10n.t('Use Calendar'),
      canSelectMany: true,
      canSelectFolders: false,
      filters: { [vscode.l10n.t('iCalendar files')]: ['ics', 'ical', 'icalendar'], [vscode.l10n.t('All files')]: ['*'] },
    }));
  if (!picked || picked.length === 0) return false;
  const config = vscode.workspace.getConfiguration('networkingPlan');
  const current = (config.get<unknown[]>('meetingCalendars') ?? []).filter((e): e is string => typeof e === 'string');
  const added = [...new Set(picked.map(settingEntry))].filter((entry) => !current.includes(entry));
  if (added.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('That calendar is already in use.'));
    return false;
  }
  await config.update('meetingCalendars', [...current, ...added], vscode.ConfigurationTarget.Global);
  await store.meetings.ready;
  const which = added.length === 1 ? added[0] : vscode.l10n.t('{0} calendars', added.length);
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Networking Plan now reads {0} to find your next meetings with the people in your plan: on this machine only, read-only, again whenever it changes. Nothing is uploaded.', which),
  );
  return true;
}
