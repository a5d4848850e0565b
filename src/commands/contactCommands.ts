/** Log Contact and Snooze. */
import * as vscode from 'vscode';
import { applyEditPaced, applyEditsPaced, type PersonStatus, type PlanEdit } from '../core';
import type { PlanSnapshot, PlanStore } from '../planStore';
import { firstContacts, joinNames, overCommitWarning, snoozedNext } from './contactRules';
import { byPlan, isOptionsObject, resolvePeople, type TargetOptions } from './personTargets';
import { askDate, askSnooze, askText } from './prompts';
import { validateDate, validateShortText } from './validators';

/** What a script, CodeLens or test can pass instead of answering input boxes. */
export interface LogContactOptions extends TargetOptions {
  note?: string;
  /** `YYYY-MM-DD`; today when missing. */
  date?: string;
  gave?: string;
  got?: string;
  /** For a first contact with planned people: move them to building (default: no). */
  moveToBuilding?: boolean;
}

export interface SnoozeOptions extends TargetOptions {
  days?: number;
  /** `YYYY-MM-DD`: the new next contact. */
  date?: string;
}

function optionsIn<T>(args: readonly unknown[]): T | undefined {
  return args.find(isOptionsObject) as T | undefined;
}

function names(statuses: readonly PersonStatus[]): string[] {
  return statuses.map((s) => s.person.name);
}

interface ContactDetails {
  date: string;
  note?: string;
  gave?: string;
  got?: string;
}

async function askDetails(who: string, today: string): Promise<ContactDetails | undefined> {
  const title = (step: number) => vscode.l10n.t('Log contact with {0} ({1}/4)', who, step);
  const note = await askText({ title: title(1), prompt: vscode.l10n.t('What did you talk about? (optional)'), placeHolder: vscode.l10n.t('e.g. Coffee; talked about the reorg') });
  if (note === undefined) return undefined;
  const date = await askDate(title(2), vscode.l10n.t('When? (YYYY-MM-DD; today by default)'), today, { notAfter: today });
  if (date === undefined) return undefined;
  const gave = await askText({ title: title(3), prompt: vscode.l10n.t('What did you give? (optional: advice, an introduction, help…)') });
  if (gave === undefined) return undefined;
  const got = await askText({ title: title(4), prompt: vscode.l10n.t('What did you get? (optional)') });
  if (got === undefined) return undefined;
  return { date, note, gave, got };
}

function detailsFrom(options: LogContactOptions, today: string): ContactDetails | string {
  const date = options.date ?? today;
  const why = validateDate(date, { notAfter: today }) ?? [options.note, options.gave, options.got].map((t) => validateShortText(t ?? '')).find(Boolean);
  return why ?? { date, note: options.note, gave: options.gave, got: options.got };
}

function clean(text: string | undefined): string | undefined {
  return text !== undefined && text.trim() !== '' ? text.trim() : undefined;
}

function moveToBuilding(store: PlanStore, snapshot: PlanSnapshot, people: string[]): Promise<boolean> {
  const edits = people.map((name): PlanEdit => ({ kind: 'setField', name, field: 'stage', value: 'building' }));
  return store.edit(snapshot.uri, (text, plan, read) => applyEditsPaced(text, edits, plan, read));
}

/** After a first contact with planned people: offer to start building, warning when that over-commits. */
function offerBuilding(store: PlanStore, uri: vscode.Uri, people: string[]): void {
  const snapshot = store.snapshotFor(uri);
  if (!snapshot) return;
  const who = joinNames(people);
  const warning = overCommitWarning(snapshot.view, snapshot.viewPlan.settings.maxNewRelationships, people);
  const question = people.length === 1 ? vscode.l10n.t('First contact with {0}. Move them from planned to building?', who) : vscode.l10n.t('First contact with {0}. Move them all from planned to building?', who);
  const shown = warning
    ? vscode.window.showWarningMessage(`${question} ${warning}`, vscode.l10n.t('Move anyway'), vscode.l10n.t('Keep planned'))
    : vscode.window.showInformationMessage(question, vscode.l10n.t('Move to building'), vscode.l10n.t('Keep planned'));
  void shown.then((choice) => !!choice && choice !== vscode.l10n.t('Keep planned') && moveToBuilding(store, snapshot, people));
}

/** `networkingPlan.logContact`: adds a journal entry for one or more people. True when saved. */
export async function logContact(store: PlanStore, ...args: unknown[]): Promise<boolean> {
  const options = optionsIn<LogContactOptions>(args);
  const refs = await resolvePeople(store, args, { many: true, title: vscode.l10n.t('Log contact'), placeHolder: vscode.l10n.t('Whom did you talk to? (pick one or more)') });
  if (!refs) return false;
  const today = store.today();
  let details: ContactDetails | undefined;
  if (options) {
    const checked = detailsFrom(options, today);
    if (typeof checked === 'string') {
      void vscode.window.showErrorMessage(checked);
      return false;
    }
    details = checked;
  } else {
    details = await askDetails(joinNames(refs.map((r) => r.status.person.name)), today);
  }
  if (!details) return false;
  let allSaved = true;
  for (const { snapshot, statuses } of byPlan(refs)) {
    const firsts = names(firstContacts(statuses));
    const edit = { kind: 'logContact' as const, date: details.date, with: names(statuses), note: clean(details.note), gave: clean(details.gave), got: clean(details.got) };
    const saved = await store.edit(snapshot.uri, (text, plan, read) => applyEditPaced(text, edit, plan, read));
    allSaved &&= saved;
    if (!saved || firsts.length === 0) continue;
    if (!options) offerBuilding(store, snapshot.uri, firsts);
    else if (options.moveToBuilding) allSaved = (await moveToBuilding(store, snapshot, firsts)) && allSaved;
  }
  return allSaved;
}

/** `networkingPlan.snooze`: moves scheduled people's next contact later. True when saved. */
export async function snooze(store: PlanStore, ...args: unknown[]): Promise<boolean> {
  const options = optionsIn<SnoozeOptions>(args);
  const refs = await resolvePeople(store, args, {
    many: true,
    title: vscode.l10n.t('Snooze'),
    placeHolder: vscode.l10n.t('Whose next contact should move later?'),
    filter: (s) => s.scheduled,
  });
  if (!refs) return false;
  const unscheduled = refs.filter((r) => !r.status.scheduled);
  if (unscheduled.length > 0) {
    const who = joinNames(unscheduled.map((r) => r.status.person.name));
    void vscode.window.showInformationMessage(unscheduled.length === 1 ? vscode.l10n.t('{0} is not scheduled (planned or paused), so there is nothing to snooze. Set the stage to building or established first.', who) : vscode.l10n.t('{0} are not scheduled (planned or paused), so there is nothing to snooze. Set the stage to building or established first.', who));
    return false;
  }
  const today = store.today();
  let choice: { days: number } | { date: string } | undefined;
  if (options && (options.days !== undefined || options.date !== undefined)) {
    const why = options.date !== undefined ? validateDate(options.date, { notBefore: today }) : Number.isSafeInteger(options.days) && options.days! > 0 ? undefined : vscode.l10n.t('Snooze by a whole number of days (at least 1).');
    if (why) {
      void vscode.window.showErrorMessage(why);
      return false;
    }
    choice = options.date !== undefined ? { date: options.date } : { days: options.days! };
  } else {
    const who = refs.length === 1 ? refs[0].status.person.name : `${refs.length} people`;
    choice = await askSnooze(`Snooze ${who}`, today);
  }
  if (!choice) return false;
  let allSaved = true;
  for (const { snapshot, statuses } of byPlan(refs)) {
    const changes = statuses.map((s) => ({ name: s.person.name, next: 'date' in choice ? choice.date : snoozedNext(s, today, choice.days) }));
    const edits = changes.map((c): PlanEdit => ({ kind: 'setField', name: c.name, field: 'next', value: c.next }));
    const saved = await store.edit(snapshot.uri, (text, plan, read) => applyEditsPaced(text, edits, plan, read));
    allSaved &&= saved;
  }
  return allSaved;
}
