/** Add Person, Rename Person, Remove Person. */
import * as vscode from 'vscode';
import { applyEditPaced, LIST_NAMES, meetingHow, type ListName, type NewPerson, type Stage, STAGES } from '../core';
import type { PlanSnapshot, PlanStore } from '../planStore';
import { displayMeeting } from '../displayLanguage';
import { overCommitWarning } from './contactRules';
import { isOptionsObject, resolvePeople, type TargetOptions } from './personTargets';
import { pickPlan } from './planPicker';
import { askCadence, askLists, askStage, askText } from './prompts';
import { validateCadence, validatePersonName } from './validators';

export interface AddPersonOptions {
  name: string;
  lists?: ListName[];
  how?: string;
  cadence?: string;
  stage?: Stage;
  role?: string;
  uri?: vscode.Uri | string;
}

function existingKeys(store: PlanStore, uri: vscode.Uri): Set<string> {
  const snapshot = store.snapshotFor(uri);
  return new Set(snapshot ? snapshot.viewPlan.people.map((p) => p.key).filter((k) => k !== '') : []);
}

function checkNewPerson(person: AddPersonOptions, keys: Set<string>): string | undefined {
  if (typeof person.name !== 'string') return vscode.l10n.t('A person needs a name.');
  const why = validatePersonName(person.name, keys);
  if (why) return why;
  if (person.lists && !person.lists.every((l) => (LIST_NAMES as readonly string[]).includes(l))) return vscode.l10n.t('Lists are {0}.', LIST_NAMES.join(' and '));
  if (person.stage && !(STAGES as readonly string[]).includes(person.stage)) return vscode.l10n.t('The stage is one of {0}.', STAGES.join(', '));
  if (person.cadence !== undefined) return validateCadence(person.cadence);
  return undefined;
}

async function askNewPerson(store: PlanStore, uri: vscode.Uri): Promise<NewPerson | undefined> {
  const keys = existingKeys(store, uri);
  const snapshot = store.snapshotFor(uri);
  const title = (step: number) => vscode.l10n.t('Add person ({0}/5)', step);
  const name = await askText({ title: title(1), prompt: vscode.l10n.t('Name'), placeHolder: vscode.l10n.t('e.g. Dana Lee'), validate: (v) => validatePersonName(v, keys) });
  if (name === undefined) return undefined;
  const lists = await askLists(`${title(2)}: ${name.trim()}`);
  if (lists === undefined) return undefined;
  const meeting = store.meetings.nextMeetingOf({ name: name.trim(), emails: [] }, uri);
  const how = await askText({
    title: `${title(3)}: ${name.trim()}`,
    prompt: meeting ? vscode.l10n.t('How do you meet? (optional) Next chance: {0}', displayMeeting(meeting)) : vscode.l10n.t('How do you meet? (optional)'),
    placeHolder: vscode.l10n.t('coffee, lunch, a walk, a message…'),
    value: meeting ? meetingHow(meeting) : undefined,
  });
  if (how === undefined) return undefined;
  const cadence = await askCadence(`${title(4)}: ${name.trim()}`, snapshot?.viewPlan.settings.defaultCadenceText ?? 'every 2 weeks');
  if (cadence === undefined) return undefined;
  const stage = await askStage(`${title(5)}: ${name.trim()}`, undefined, snapshot?.view.freeSlots);
  if (stage === undefined) return undefined;
  return { name: name.trim(), lists, how: how.trim() || undefined, cadence: cadence ?? undefined, stage };
}

/** `networkingPlan.addPerson`: asks for name, lists, how, cadence and stage (or takes them from an options object). */
export async function addPerson(store: PlanStore, arg?: unknown): Promise<boolean> {
  const options = isOptionsObject(arg) && typeof arg.name === 'string' ? (arg as unknown as AddPersonOptions) : undefined;
  const snapshot = await pickPlan(store, options?.uri ?? arg, vscode.l10n.t('Add person'), true);
  if (!snapshot) return false;
  let person: NewPerson | undefined;
  if (options) {
    const why = checkNewPerson(options, existingKeys(store, snapshot.uri));
    if (why) {
      void vscode.window.showErrorMessage(why);
      return false;
    }
    person = { name: options.name.trim(), lists: options.lists, how: options.how, cadence: options.cadence, stage: options.stage, role: options.role };
  } else {
    person = await askNewPerson(store, snapshot.uri);
    if (person?.stage === 'building') person = await confirmBuilding(snapshot, person);
  }
  if (!person) return false;
  const added = person;
  return store.edit(snapshot.uri, (text, plan, read) => applyEditPaced(text, { kind: 'addPerson', person: added }, plan, read));
}

/** A new person in `building` past the limit: add anyway, add as planned, or not at all. */
async function confirmBuilding(snapshot: PlanSnapshot, person: NewPerson): Promise<NewPerson | undefined> {
  const warning = overCommitWarning(snapshot.view, snapshot.viewPlan.settings.maxNewRelationships, [person.name]);
  if (!warning) return person;
  const choice = await vscode.window.showWarningMessage(vscode.l10n.t('Add {0} as building? {1}', person.name, warning), { modal: true }, vscode.l10n.t('Add anyway'), vscode.l10n.t('Add as planned'));
  if (choice === vscode.l10n.t('Add anyway')) return person;
  return choice === vscode.l10n.t('Add as planned') ? { ...person, stage: 'planned' } : undefined;
}

/** `networkingPlan.renamePerson`: the journal follows the new name. */
export async function renamePerson(store: PlanStore, ...args: unknown[]): Promise<boolean> {
  const refs = await resolvePeople(store, args, { many: false, title: vscode.l10n.t('Rename person'), placeHolder: vscode.l10n.t('Whom to rename?') });
  if (!refs) return false;
  const { snapshot, status } = refs[0];
  const keys = existingKeys(store, snapshot.uri);
  const options = args.find(isOptionsObject) as (TargetOptions & { newName?: string }) | undefined;
  let newName = options?.newName;
  if (newName !== undefined) {
    const why = validatePersonName(newName, keys, status.person.key);
    if (why) {
      void vscode.window.showErrorMessage(why);
      return false;
    }
  } else {
    newName = await askText({
      title: vscode.l10n.t('Rename {0}', status.person.name),
      prompt: vscode.l10n.t('New name (journal entries follow)'),
      value: status.person.name,
      validate: (v) => validatePersonName(v, keys, status.person.key),
    });
  }
  if (newName === undefined || newName.trim() === status.person.name) return false;
  const edit = { kind: 'rename' as const, name: status.person.name, newName: newName.trim() };
  return store.edit(snapshot.uri, (text, plan, read) => applyEditPaced(text, edit, plan, read));
}

/**
 * `networkingPlan.removePerson`: after a modal confirmation (or `{ confirm: true }`) that offers archiving first:
 * an archived person keeps their journal history and stays a known name.
 */
export async function removePerson(store: PlanStore, ...args: unknown[]): Promise<boolean> {
  const refs = await resolvePeople(store, args, { many: false, title: vscode.l10n.t('Remove person'), placeHolder: vscode.l10n.t('Whom to remove from the plan?'), archived: 'also' });
  if (!refs) return false;
  const { snapshot, status } = refs[0];
  const name = status.person.name;
  const options = args.find(isOptionsObject) as { confirm?: boolean } | undefined;
  if (!options?.confirm) {
    const entries = status.entries.length;
    const archived = status.person.archived !== undefined;
    const stay = entries === 0 ? '' : ' ' + (entries === 1 ? vscode.l10n.t('Their journal entry stays, naming someone who is no longer in the plan.') : vscode.l10n.t('Their {0} journal entries stay, naming someone who is no longer in the plan.', entries));
    const archive = archived ? '' : vscode.l10n.t('Left the company, or no longer relevant? Archive keeps {0} and the journal history, off your lists and never due (Restore Person brings them back). ', name);
    const detail = vscode.l10n.t('{0}Remove deletes the entry.{1} Undo (in the plan file) brings it back.', archive, stay);
    const choice = await vscode.window.showWarningMessage(vscode.l10n.t('Remove {0} from the networking plan?', name), { modal: true, detail }, ...(archived ? [vscode.l10n.t('Remove')] : [vscode.l10n.t('Archive'), vscode.l10n.t('Remove')]));
    if (choice === vscode.l10n.t('Archive')) return store.edit(snapshot.uri, (text, plan, read) => applyEditPaced(text, { kind: 'archive', name, date: store.today() }, plan, read));
    if (choice !== vscode.l10n.t('Remove')) return false;
  }
  return store.edit(snapshot.uri, (text, plan, read) => applyEditPaced(text, { kind: 'removePerson', name }, plan, read));
}
