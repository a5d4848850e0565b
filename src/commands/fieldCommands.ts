/** Set How, Set Cadence, Set Stage, Add to List, Remove from List. */
import * as vscode from 'vscode';
import { applyEditsPaced, LIST_NAMES, type ListName, type PlanEdit, type Stage, STAGES } from '../core';
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
  const refs = await resolvePeople(store, args, { many: true, title: 'Set how', placeHolder: 'Whose way of meeting?' });
  if (!refs) return false;
  const options = fieldOptions(args);
  let value = options?.value;
  if (value === undefined) {
    const single = refs.length === 1 ? refs[0].status.person : undefined;
    value = await askText({
      title: `How to meet ${single ? single.name : `${refs.length} people`}`,
      prompt: 'e.g. coffee, lunch, a walk, a message (leave empty to remove)',
      value: single?.how,
    });
    if (value === undefined) return false;
  } else if (value !== null && validateShortText(value)) {
    return fail(validateShortText(value)!);
  }
  const how = value === null || value.trim() === '' ? undefined : value.trim();
  return editEach(store, refs, ({ status }) => [{ kind: 'setField', name: status.person.name, field: 'how', value: how }]);
}

export async function setCadence(store: PlanStore, ...args: unknown[]): Promise<boolean> {
  const refs = await resolvePeople(store, args, { many: true, title: 'Set cadence', placeHolder: 'Whose cadence?' });
  if (!refs) return false;
  const options = fieldOptions(args);
  let value = options?.value;
  if (value === undefined) {
    const single = refs.length === 1 ? refs[0].status.person : undefined;
    const who = single ? single.name : `${refs.length} people`;
    value = await askCadence(`How often to contact ${who}`, refs[0].snapshot.viewPlan.settings.defaultCadenceText, single?.cadenceText);
    if (value === undefined) return false;
  } else if (value !== null && validateCadence(value)) {
    return fail(validateCadence(value)!);
  }
  const cadence = value === null ? undefined : value.trim();
  return editEach(store, refs, ({ status }) => [{ kind: 'setField', name: status.person.name, field: 'cadence', value: cadence }]);
}

export async function setStage(store: PlanStore, ...args: unknown[]): Promise<boolean> {
  const refs = await resolvePeople(store, args, { many: true, title: 'Set stage', placeHolder: 'Whose stage?' });
  if (!refs) return false;
  let stage = fieldOptions(args)?.stage;
  if (stage !== undefined && !(STAGES as readonly string[]).includes(stage)) return fail(`The stage is one of ${STAGES.join(', ')}.`);
  const { snapshot } = refs[0];
  if (stage === undefined) {
    const single = refs.length === 1 ? refs[0].status.person : undefined;
    stage = await askStage(`Stage of ${single ? single.name : `${refs.length} people`}`, single?.stage, snapshot.view.freeSlots);
    if (stage === undefined) return false;
    if (stage === 'building') {
      const moving = refs.filter((r) => r.status.person.stage !== 'building').map((r) => r.status.person.name);
      const warning = overCommitWarning(snapshot.view, snapshot.viewPlan.settings.maxNewRelationships, moving);
      if (warning) {
        const choice = await vscode.window.showWarningMessage(`Move ${joinNames(moving)} to building? ${warning}`, { modal: true }, 'Move anyway');
        if (choice !== 'Move anyway') return false;
      }
    }
  }
  const chosen = stage;
  return editEach(store, refs, ({ status }) => (status.person.stage === chosen ? [] : [{ kind: 'setField', name: status.person.name, field: 'stage', value: chosen }]));
}

async function chooseList(args: readonly unknown[], refs: PersonRef[], adding: boolean): Promise<ListName | undefined | false> {
  const given = fieldOptions(args)?.list;
  if (given !== undefined) return (LIST_NAMES as readonly string[]).includes(given) ? given : fail(`Lists are ${LIST_NAMES.join(' and ')}.`);
  const fits = (list: ListName) => refs.some((r) => r.status.person.lists.includes(list) !== adding);
  const candidates = LIST_PICKS.filter((p) => fits(p.list));
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(adding ? 'Already on both lists.' : 'Not on any list.');
    return false;
  }
  // Removing from a list's group in the tree: that list, unless it is the only choice anyway.
  const item = args[0];
  if (!adding && isPersonItem(item) && candidates.some((c) => c.list === item.group)) return item.group as ListName;
  if (candidates.length === 1) return candidates[0].list;
  const who = refs.length === 1 ? refs[0].status.person.name : `${refs.length} people`;
  const chosen = await vscode.window.showQuickPick(
    candidates.map((c) => ({ label: c.label, detail: c.detail, list: c.list })),
    { title: `${adding ? 'Add' : 'Remove'} ${who} ${adding ? 'to' : 'from'} a list`, ignoreFocusOut: true },
  );
  return chosen?.list;
}

async function changeList(store: PlanStore, args: unknown[], adding: boolean): Promise<boolean> {
  const refs = await resolvePeople(store, args, { many: true, title: adding ? 'Add to list' : 'Remove from list', placeHolder: 'Who?' });
  if (!refs) return false;
  const list = await chooseList(args, refs, adding);
  if (!list) return false;
  const kind = adding ? 'addToList' : 'removeFromList';
  const changing = refs.filter((r) => r.status.person.lists.includes(list) !== adding);
  if (changing.length === 0) {
    const verb = refs.length === 1 ? 'is' : 'are';
    void vscode.window.showInformationMessage(`${joinNames(refs.map((r) => r.status.person.name))} ${verb} ${adding ? 'already on' : 'not on'} that list.`);
    return false;
  }
  return editEach(store, changing, ({ status }) => [{ kind, name: status.person.name, list }]);
}

export const addToList = (store: PlanStore, ...args: unknown[]) => changeList(store, args, true);
export const removeFromList = (store: PlanStore, ...args: unknown[]) => changeList(store, args, false);
