/** Use My Calendar…: adds calendar files (.ics exports) to `networkingPlan.meetingCalendars`. */
import * as vscode from 'vscode';
import { settingEntry } from '../meetings/calendarPaths';
import type { PlanStore } from '../planStore';

function urisIn(args: readonly unknown[]): vscode.Uri[] | undefined {
  const given = args.flatMap((a): unknown[] => (Array.isArray(a) ? (a as unknown[]) : [a])).filter((a): a is vscode.Uri => a instanceof vscode.Uri);
  return given.length > 0 ? given : undefined;
}

/** `networkingPlan.useCalendar`: picks files (or takes the URIs given) and adds them to the user's setting. */
export async function useCalendar(store: PlanStore, ...args: unknown[]): Promise<boolean> {
  const picked =
    urisIn(args) ??
    (await vscode.window.showOpenDialog({
      title: 'Use my calendar: an .ics file exported from Outlook, Google Calendar or Apple Calendar',
      openLabel: 'Use Calendar',
      canSelectMany: true,
      canSelectFolders: false,
      filters: { 'iCalendar files': ['ics', 'ical', 'icalendar'], 'All files': ['*'] },
    }));
  if (!picked || picked.length === 0) return false;
  const config = vscode.workspace.getConfiguration('networkingPlan');
  const current = (config.get<unknown[]>('meetingCalendars') ?? []).filter((e): e is string => typeof e === 'string');
  const added = [...new Set(picked.map(settingEntry))].filter((entry) => !current.includes(entry));
  if (added.length === 0) {
    void vscode.window.showInformationMessage('That calendar is already in use.');
    return false;
  }
  await config.update('meetingCalendars', [...current, ...added], vscode.ConfigurationTarget.Global);
  await store.meetings.ready;
  const which = added.length === 1 ? added[0] : `${added.length} calendars`;
  void vscode.window.showInformationMessage(
    `Networking Plan now reads ${which} to find your next meetings with the people in your plan: on this machine only, read-only, again whenever it changes. Nothing is uploaded.`,
  );
  return true;
}
