/** Archive Person (left the company, no longer relevant: kept with the journal, never due, on no list) and Restore Person. */
import * as vscode from 'vscode';
import { applyEditsPaced, type PlanEdit } from '../core';
import type { PlanStore } from '../planStore';
import { joinNames } from './contactRules';
import { byPlan, resolvePeople, type PersonRef } from './personTargets';

async function editEach(store: PlanStore, refs: PersonRef[], kind: 'archive' | 'restore'): Promise<boolean> {
  let allSaved = true;
  for (const { snapshot, statuses } of byPlan(refs)) {
    const date = store.today();
    const edits: PlanEdit[] = statuses.map((s) => (kind === 'archive' ? { kind, name: s.person.name, date } : { kind, name: s.person.name }));
    const saved = await store.edit(snapshot.uri, (text, plan, read) => applyEditsPaced(text, edits, plan, read));
    allSaved &&= saved;
  }
  return allSaved;
}

/** `networkingPlan.archivePerson`: `archived: <today>` on each chosen person. */
export async function archivePerson(store: PlanStore, ...args: unknown[]): Promise<boolean> {
  const refs = await resolvePeople(store, args, { many: true, title: vscode.l10n.t('Archive person'), placeHolder: vscode.l10n.t('Who left, or is no longer relevant? (their journal stays)') });
  if (!refs) return false;
  const already = refs.filter((r) => r.status.person.archived !== undefined);
  if (already.length === refs.length) {
    void vscode.window.showInformationMessage((already.length === 1 ? vscode.l10n.t('{0} is archived already.', joinNames(already.map((r) => r.status.person.name))) : vscode.l10n.t('{0} are archived already.', joinNames(already.map((r) => r.status.person.name)))));
    return false;
  }
  return editEach(store, refs.filter((r) => r.status.person.archived === undefined), 'archive');
}

/** `networkingPlan.restorePerson`: takes `archived:` away; they are back on their lists and schedule. */
export async function restorePerson(store: PlanStore, ...args: unknown[]): Promise<boolean> {
  const refs = await resolvePeople(store, args, { many: true, title: vscode.l10n.t('Restore person'), placeHolder: vscode.l10n.t('Whom to bring back from the archive?'), archived: 'only' });
  if (!refs) return false;
  const archived = refs.filter((r) => r.status.person.archived !== undefined);
  if (archived.length === 0) {
    void vscode.window.showInformationMessage((refs.length === 1 ? vscode.l10n.t('{0} is not archived.', joinNames(refs.map((r) => r.status.person.name))) : vscode.l10n.t('{0} are not archived.', joinNames(refs.map((r) => r.status.person.name)))));
    return false;
  }
  return editEach(store, archived, 'restore');
}
