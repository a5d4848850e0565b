/** Log Contact and Snooze. */
import * as vscode from 'vscode';
import { applyEditPaced, applyEditsPaced, exchangeGlance, type ContactItem, type PersonStatus, type PlanEdit } from '../core';
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
  /** What I promised in this contact, and what they promised me. */
  promised?: string;
  theyPromised?: string;
  /** Open promises (mine, theirs) kept in this contact, written as they were promised. */
  kept?: string[];
  theyKept?: string[];
  /** For a first contact with planned people: move them to building (default: no). */
  moveToBuilding?: boolean;
}

export interface AddPromiseOptions extends TargetOptions {
  /** What was promised. */
  text?: string;
  /** They promised it to me (default: I promised it). */
  theirs?: boolean;
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
  /** Promises made and kept in the contact. */
  items: ContactItem[];
}

/** An open promise offered to mark kept: whose it is, to (or from) whom. */
interface PromisePick extends vscode.QuickPickItem {
  item: ContactItem;
}

/** The open promises of the people (both ways), as items to pick the kept ones from; each person's own (a promise to two people is kept per person). */
function openPromisePicks(statuses: readonly PersonStatus[], settings: Parameters<typeof exchangeGlance>[1]): PromisePick[] {
  const picks: PromisePick[] = [];
  for (const status of statuses) {
    const { promises } = exchangeGlance(status, settings);
    const name = status.person.name;
    for (const p of promises.mine) picks.push({ label: p.text, description: vscode.l10n.t('you promised {0}', name), detail: p.date, item: { kind: 'kept', text: p.text, for: [name] } });
    for (const p of promises.theirs) picks.push({ label: p.text, description: vscode.l10n.t('{0} promised you', name), detail: p.date, item: { kind: 'theyKept', text: p.text, for: [name] } });
  }
  return picks;
}

async function askKept(title: string, picks: PromisePick[]): Promise<ContactItem[] | undefined> {
  const chosen = await vscode.window.showQuickPick(picks, { title, placeHolder: vscode.l10n.t('Kept any open promise in this contact? Pick them (or none)'), canPickMany: true, ignoreFocusOut: true });
  return chosen?.map((c) => c.item);
}

async function askDetails(who: string, today: string, open: PromisePick[]): Promise<ContactDetails | undefined> {
  const steps = open.length > 0 ? 6 : 5;
  const title = (step: number) => vscode.l10n.t('Log contact with {0} ({1}/{2})', who, step, steps);
  const note = await askText({ title: title(1), prompt: vscode.l10n.t('What did you talk about? (optional)'), placeHolder: vscode.l10n.t('e.g. Coffee; talked about the reorg') });
  if (note === undefined) return undefined;
  const date = await askDate(title(2), vscode.l10n.t('When? (YYYY-MM-DD; today by default)'), today, { notAfter: today });
  if (date === undefined) return undefined;
  const gave = await askText({ title: title(3), prompt: vscode.l10n.t('What did you give? (optional: advice, an introduction, help…)') });
  if (gave === undefined) return undefined;
  const got = await askText({ title: title(4), prompt: vscode.l10n.t('What did you get? (optional)') });
  if (got === undefined) return undefined;
  const items: ContactItem[] = [];
  if (open.length > 0) {
    const kept = await askKept(title(5), open);
    if (kept === undefined) return undefined;
    items.push(...kept);
  }
  const promised = await askText({ title: title(steps), prompt: vscode.l10n.t('Did you promise anything? (optional: it stays open until a later contact keeps it)'), placeHolder: vscode.l10n.t('e.g. Send the team-topologies article') });
  if (promised === undefined) return undefined;
  if (clean(promised)) items.push({ kind: 'promised', text: clean(promised)! });
  return { date, note, gave, got, items };
}

function detailsFrom(options: LogContactOptions, today: string): ContactDetails | string {
  const date = options.date ?? today;
  const texts = [options.note, options.gave, options.got, options.promised, options.theyPromised, ...(options.kept ?? []), ...(options.theyKept ?? [])];
  const why = validateDate(date, { notAfter: today }) ?? texts.map((t) => validateShortText(t ?? '')).find(Boolean);
  if (why) return why;
  const items: ContactItem[] = [];
  for (const text of options.kept ?? []) if (clean(text)) items.push({ kind: 'kept', text: clean(text)! });
  for (const text of options.theyKept ?? []) if (clean(text)) items.push({ kind: 'theyKept', text: clean(text)! });
  if (clean(options.promised)) items.push({ kind: 'promised', text: clean(options.promised)! });
  if (clean(options.theyPromised)) items.push({ kind: 'theyPromised', text: clean(options.theyPromised)! });
  return { date, note: options.note, gave: options.gave, got: options.got, items };
}

function clean(text: string | undefined): string | undefined {
  return text !== undefined && text.trim() !== '' ? text.trim() : undefined;
}

function moveToBuilding(store: PlanStore, snapshot: PlanSnapshot, people: string[]): Promise<boolean> {
  const today = store.today();
  const edits = people.map((name): PlanEdit => ({ kind: 'setStage', name, stage: 'building', date: today }));
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
    const open = byPlan(refs).flatMap(({ snapshot, statuses }) => openPromisePicks(statuses, snapshot.viewPlan.settings));
    details = await askDetails(joinNames(refs.map((r) => r.status.person.name)), today, open);
  }
  if (!details) return false;
  let allSaved = true;
  for (const { snapshot, statuses } of byPlan(refs)) {
    const firsts = names(firstContacts(statuses));
    const withNames = names(statuses);
    // A kept promise names its person; in a plan of its own, only the promises of that plan's people.
    const items = details.items.filter((item) => item.for === undefined || item.for.every((n) => withNames.includes(n)));
    const edit = { kind: 'logContact' as const, date: details.date, with: withNames, note: clean(details.note), gave: clean(details.gave), got: clean(details.got), items: items.length > 0 ? items : undefined };
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
    const who = refs.length === 1 ? refs[0].status.person.name : vscode.l10n.t('{0} people', refs.length);
    choice = await askSnooze(vscode.l10n.t('Snooze {0}', who), today);
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

/**
 * `networkingPlan.addPromise`: a promise of mine (or theirs) to one person, kept in their latest contact (a contact
 * today when there is none yet), open until a later contact keeps it. True when saved.
 */
export async function addPromise(store: PlanStore, ...args: unknown[]): Promise<boolean> {
  const options = optionsIn<AddPromiseOptions>(args);
  const refs = await resolvePeople(store, args, { many: false, title: vscode.l10n.t('Add promise'), placeHolder: vscode.l10n.t('A promise to or from whom?') });
  if (!refs || refs.length === 0) return false;
  const { snapshot, status } = refs[0];
  const name = status.person.name;
  let theirs = options?.theirs;
  if (theirs === undefined && options?.text === undefined) {
    const mine = vscode.l10n.t('I promised {0}', name);
    const chosen = await vscode.window.showQuickPick([mine, vscode.l10n.t('{0} promised me', name)], { title: vscode.l10n.t('Add promise'), placeHolder: vscode.l10n.t('Whose promise?') });
    if (chosen === undefined) return false;
    theirs = chosen !== mine;
  }
  let text = options?.text;
  if (text === undefined) {
    text = await askText({ title: vscode.l10n.t('Add promise'), prompt: theirs ? vscode.l10n.t('What did {0} promise you?', name) : vscode.l10n.t('What did you promise {0}?', name), placeHolder: vscode.l10n.t('e.g. Send the team-topologies article') });
    if (text === undefined) return false;
  }
  const why = validateShortText(text) ?? (clean(text) === undefined ? vscode.l10n.t('Say what was promised.') : undefined);
  if (why) {
    void vscode.window.showErrorMessage(why);
    return false;
  }
  const edit: PlanEdit = { kind: 'addPromise', name, text: clean(text)!, theirs: theirs === true, date: store.today() };
  return store.edit(snapshot.uri, (planText, plan, read) => applyEditPaced(planText, edit, plan, read));
}
