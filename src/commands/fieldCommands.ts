/** Set How, Set Cadence, Set Stage, Add to List, Remove from List. */
import * as vscode from 'vscode';
import { applyEditsPaced, LIST_NAMES, meetingHow, type ListName, type PlanEdit, type Stage, STAGES } from '../core';
import { displayMeeting } from '../displayLanguage';
import type { PlanStore } from '../planStore';
import { isPersonItem } from '../tree/isPersonItem';
import { joinNames, overCommitWarning } from './contactRules';
import { byPlan, isOptionsObject, resolvePeople, type PersonRef } from './personTargets';
import { askCadence, askStage, askText, LIST_PICKS } from './prompts';
import { validateCadence, validateShortText } from './validators';

/** Options objects: `{ names, value }` for how and cadence (`null` removes), `{ names, stage }`, `{ names, list }`. */
interface FieldOptions {
  value?: string | null;
  stage?: Stage;
  list?: ListName;
}

function fieldOptions(args: readonly unknown[]): FieldOptions | undefined {
  return args.find(isOptionsObject) as FieldOptions | undefined;
}

function fail(message: string): false {
  void vscode.window.showErrorMessage(message);
  return false;
}

/** One edit per plan file, applying `editsFor` to each person in turn. */
async function editEach(store: PlanStore, refs: PersonRef[], editsFor: (ref: PersonRef) => PlanEdit[]): Promise<boolean> {
  let allSaved = true;
  for (const { snapshot, statuses } of byPlan(refs)) {
    const edits = statuses.flatMap((status) => editsFor({ snapshot, status }));
    if (edits.length === 0) continue;
    const saved = await store.edit(snapshot.uri, (text, plan, read) => applyEditsPaced(text, edits, plan, read));
    allSaved &&= saved;
  }
  return allSaved;
}

export async function setHow(store: PlanStore, ...args: unknown[]): Promise<boolean> {
  const refs = await resolvePeople(store, args, { many: true, title: vscode.l10n.t('Set how'), placeHolder: vscode.l10n.t('Whose way of meeting?') });
  if (!refs) return false;
  const options = fieldOptions(args);
  let value = options?.value;
  if (value === undefined) {
    const single = refs.length === 1 ? refs[0].status.person : undefined;
    const meeting = single && store.meetings.nextMeeting(single.name, refs[0].snapshot.uri);
    value = await askText({
      title: vscode.l10n.t('How to meet {0}', single ? single.name : vscode.l10n.t('{0} people', refs.length)),
      prompt: meeting
        ? vscode.l10n.t('Next chance: {0}. e.g. coffee, lunch, a walk, a message (leave empty to remove)', displayMeeting(meeting))
        : vscode.l10n.t('e.g. coffee, lunch, a walk, a message (leave empty to remove)'),
      value: single?.how ?? (meeting ? meetingHow(meeting) : undefined),
    });
    if (value === undefined) return false;
  } else if (value !== null && validateShortText(value)) {
    return fail(validateShortText(value)!);
  }
  const how = value === null || value.trim() === '' ? undefined : value.trim();
  return editEach(store, refs, ({ status }) => [{ kind: 'setField', name: status.person.name, field: 'how', value: how }]);
}

export async function setCadence(store: PlanStore, ...args: unknown[]): Promise<boolean> {
  const refs = await resolvePeople(store, args, { many: true, title: vscode.l10n.t('Set cadence'), placeHolder: vscode.l10n.t('Whose cadence?') });
  if (!refs) return false;
  const options = fieldOptions(args);
  let value = options?.value;
  if (value === undefined) {
    const single = refs.length === 1 ? refs[0].status.person : undefined;
    const who = single ? single.name : vscode.l10n.t('{0} people', refs.length);
    value = await askCadence(vscode.l10n.t('How often to contact {0}', who), refs[0].snapshot.viewPlan.settings.defaultCadenceText, single?.cadenceText);
    if (value === undefined) return false;
  } else if (value !== null && validateCadence(value)) {
    return fail(validateCadence(value)!);
  }
  const cadence = value === null ? undefined : value.trim();
  return editEach(store, refs, ({ status }) => [{ kind: 'setField', name: status.person.name, field: 'cadence', value: cadence }]);
}

export async function setStage(store: PlanStore, ...args: unknown[]): Promise<boolean> {
  const refs = await resolvePeople(store, args, { many: true, title: vscode.l10n.t('Set stage'), placeHolder: vscode.l10n.t('Whose stage?') });
  if (!refs) return false;
  let stage = fieldOptions(args)?.stage;
  if (stage !== undefined && !(STAGES as readonly string[]).includes(stage)) return fail(vscode.l10n.t('The stage is one of {0}.', STAGES.join(', ')));
  const { snapshot } = refs[0];
  if (stage === undefined) {
    const single = refs.length === 1 ? refs[0].status.person : undefined;
    stage = await askStage(vscode.l10n.t('Stage of {0}', single ? single.name : vscode.l10n.t('{0} people', refs.length)), single?.stage, snapshot.view.freeSlots);
    if (stage === undefined) return false;
    if (stage === 'building') {
      const moving = refs.filter((r) => r.status.person.stage !== 'building').map((r) => r.status.person.name);
      const warning = overCommitWarning(snapshot.view, snapshot.viewPlan.settings.maxNewRelationships, moving);
      if (warning) {
        const choice = await vscode.window.showWarningMessage(vscode.l10n.t('Move {0} to building? {1}', joinNames(moving), warning), { modal: true }, vscode.l10n.t('Move anyway'));
        if (choice !== vscode.l10n.t('Move anyway')) return false;
      }
    }
  }
  const chosen = stage;
  // With the day it changed (`history`), so the brief can say since when.
  const today = store.today();
  return editEach(store, refs, ({ status }) => (status.person.stage === chosen ? [] : [{ kind: 'setStage', name: status.person.name, stage: chosen, date: today }]));
}

async function chooseList(args: readonly unknown[], refs: PersonRef[], adding: boolean): Promise<ListName | undefined | false> {
  const given = fieldOptions(args)?.list;
  if (given !== undefined) return (LIST_NAMES as readonly string[]).includes(given) ? given : fail(vscode.l10n.t('Lists are {0}.', LIST_NAMES.join(' and ')));
  const fits = (list: ListName) => refs.some((r) => r.status.person.lists.includes(list) !== adding);
  const candidates = LIST_PICKS.filter((p) => fits(p.list));
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(adding ? vscode.l10n.t('Already on both lists.') : vscode.l10n.t('Not on any list.'));
    return false;
  }
  // Removing from a list's group in the tree: that list, unless it is the only choice anyway.
  const item = args[0];
  if (!adding && isPersonItem(item) && candidates.some((c) => c.list === item.group)) return item.group as ListName;
  if (candidates.length === 1) return candidates[0].list;
  const who = refs.length === 1 ? refs[0].status.person.name : vscode.l10n.t('{0} people', refs.length);
  const chosen = await vscode.window.showQuickPick(
    candidates.map((c) => ({ label: c.label, detail: c.detail, list: c.list })),
    { title: adding ? vscode.l10n.t('Add {0} to a list', who) : vscode.l10n.t('Remove {0} from a list', who), ignoreFocusOut: true },
  );
  return chosen?.list;
}

async function changeList(store: PlanStore, args: unknown[], adding: boolean): Promise<boolean> {
  const refs = await resolvePeople(store, args, { many: true, title: adding ? vscode.l10n.t('Add to list') : vscode.l10n.t('Remove from list'), placeHolder: vscode.l10n.t('Who?') });
  if (!refs) return false;
  const list = await chooseList(args, refs, adding);
  if (!list) return false;
  const kind = adding ? 'addToList' : 'removeFromList';
  const changing = refs.filter((r) => r.status.person.lists.includes(list) !== adding);
  if (changing.length === 0) {
    const message = refs.length === 1 ? (adding ? vscode.l10n.t('{0} is already on that list.') : vscode.l10n.t('{0} is not on that list.')) : adding ? vscode.l10n.t('{0} are already on that list.') : vscode.l10n.t('{0} are not on that list.');
    void vscode.window.showInformationMessage(message.replace('{0}', joinNames(refs.map((r) => r.status.person.name))));
    return false;
  }
  return editEach(store, changing, ({ status }) => [{ kind, name: status.person.name, list }]);
}

export const addToList = (store: PlanStore, ...args: unknown[]) => changeList(store, args, true);
export const removeFromList = (store: PlanStore, ...args: unknown[]) => changeList(store, args, false);
