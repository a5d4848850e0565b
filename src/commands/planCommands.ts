/** Open Plan, Reveal in Plan File, Refresh, Export Calendar. */
import * as vscode from 'vscode';
import { exportCalendar } from '../core';
import type { PlanStore } from '../planStore';
import { describeError, displayPath } from '../store/planFileAccess';
import { isPersonItem } from '../tree/isPersonItem';
import { findPerson, isOptionsObject } from './personTargets';
import { pickPeople } from './personTargets';
import { pickPlan, snapshotFromArg } from './planPicker';

export async function openPlan(store: PlanStore, arg?: unknown): Promise<boolean> {
  const snapshot = await pickPlan(store, arg, vscode.l10n.t('Open networking plan'), true);
  if (!snapshot) return false;
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(snapshot.uri), { preview: false });
  return true;
}

/** Opens the plan with the person's name selected and their whole entry in view. */
export async function revealPerson(store: PlanStore, ...args: unknown[]): Promise<boolean> {
  const [first, second] = args;
  let ref;
  if (isPersonItem(first)) ref = findPerson(store, first.personName, first.planUri);
  else if (typeof first === 'string') ref = findPerson(store, first, second instanceof vscode.Uri ? second : undefined);
  else ref = (await pickPeople(store, { many: false, title: vscode.l10n.t('Reveal in plan file'), placeHolder: vscode.l10n.t('Whom to show?') }))?.[0];
  if (!ref) return false;
  const uri = ref.snapshot.uri;
  const document = await vscode.workspace.openTextDocument(uri);
  let snapshot = store.snapshotFor(uri) ?? ref.snapshot;
  if (snapshot.text !== document.getText()) {
    await store.refresh();
    snapshot = store.snapshotFor(uri) ?? snapshot;
  }
  const person = snapshot.plan.people.find((p) => p.key === ref.status.person.key);
  const editor = await vscode.window.showTextDocument(document, { preview: true, preserveFocus: isPersonItem(first) });
  if (!person || snapshot.text !== document.getText()) return true;
  const name = person.fields.name ?? person.span;
  editor.selection = new vscode.Selection(document.positionAt(name.start), document.positionAt(name.end));
  editor.revealRange(new vscode.Range(document.positionAt(person.span.start), document.positionAt(person.span.end)), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}

/** `networkingPlan.exportCalendar`: an .ics file of next contacts, via a save dialog (or `{ target }`). */
export async function exportCalendarCommand(store: PlanStore, arg?: unknown): Promise<boolean> {
  const options = isOptionsObject(arg) ? (arg as { target?: vscode.Uri | string; uri?: vscode.Uri | string }) : undefined;
  const snapshot = options ? (snapshotFromArg(store, options.uri) ?? (await pickPlan(store, undefined, vscode.l10n.t('Export calendar'), true))) : await pickPlan(store, arg, vscode.l10n.t('Export calendar'), true);
  if (!snapshot) return false;
  const given = options?.target;
  const target =
    given !== undefined
      ? given instanceof vscode.Uri ? given : vscode.Uri.parse(given)
      : await vscode.window.showSaveDialog({
          title: vscode.l10n.t('Export networking calendar'),
          saveLabel: vscode.l10n.t('Export'),
          defaultUri: vscode.Uri.joinPath(snapshot.folder.uri, 'networking-plan.ics'),
          filters: { 'iCalendar': ['ics'] },
        });
  if (!target) return false;
  if (store.snapshots().some((s) => s.uri.toString() === target.toString())) {
    void vscode.window.showErrorMessage(vscode.l10n.t('That is the plan file itself: choose another file for the calendar.'));
    return false;
  }
  try {
    const text = exportCalendar(snapshot.viewPlan, snapshot.view);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not export the calendar: {0}', describeError(error)));
    return false;
  }
  const scheduled = snapshot.view.people.filter((s) => s.scheduled && s.next).length;
  const stale = snapshot.stale ? ' ' + vscode.l10n.t('(from the last version of the plan without syntax errors)') : '';
  void vscode.window.showInformationMessage(scheduled === 1 ? vscode.l10n.t('Exported 1 next contact to "{0}"{1}.', displayPath(target), stale) : vscode.l10n.t('Exported {0} next contacts to "{1}"{2}.', scheduled, displayPath(target), stale));
  return true;
}
