/**
 * Who a person command is about. Every person command accepts a tree item (plus the tree's selection),
 * a person's name (e.g. from a CodeLens, optionally followed by the plan's URI), an options object with `names`,
 * or nothing — then it asks with a quick pick.
 */
import * as vscode from 'vscode';
import type { PlanSnapshot, PlanStore } from '../planStore';
import { isPersonItem } from '../tree/isPersonItem';
import type { PersonTreeItem } from '../tree/treeItems';
import { offerCreatePlan } from './planPicker';
import { describeDue, nameKey, type PersonStatus } from '../core';
import { inDisplayLanguage } from '../displayLanguage';

export interface PersonRef {
  snapshot: PlanSnapshot;
  status: PersonStatus;
}

export interface PickOptions {
  many: boolean;
  title: string;
  placeHolder: string;
  /** Only these people are offered (e.g. scheduled ones for Snooze). */
  filter?: (status: PersonStatus) => boolean;
  /** Archived people are not offered unless `also` (with the others) or `only` (Restore). */
  archived?: 'also' | 'only';
}

/** Options objects that commands accept instead of UI input (scripts, CodeLens, tests). */
export interface TargetOptions {
  names?: string[];
  name?: string;
  /** The plan file, when the workspace has several. */
  uri?: vscode.Uri | string;
}

export function isOptionsObject(value: unknown): value is TargetOptions & Record<string, unknown> {
  return typeof value === 'object' && value !== null && !isPersonItem(value) && !(value instanceof vscode.Uri) && !Array.isArray(value);
}

function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value !== '') return vscode.Uri.parse(value);
  return undefined;
}

/** The plan that holds `name`: the given one, else the one in the active editor, else the first that has it. */
export function findPerson(store: PlanStore, name: string, uri?: vscode.Uri): PersonRef | undefined {
  const key = nameKey(name);
  const candidates = uri ? [store.snapshotFor(uri)] : preferActive(store);
  for (const snapshot of candidates) {
    const status = snapshot?.exists ? snapshot.view.byKey.get(key) : undefined;
    if (snapshot && status) return { snapshot, status };
  }
  return undefined;
}

function preferActive(store: PlanStore): PlanSnapshot[] {
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  const all = [...store.snapshots()];
  return all.sort((a, b) => Number(b.uri.toString() === active) - Number(a.uri.toString() === active));
}

/** The people named by the command's arguments, or asked for; undefined when cancelled or not found (reported). */
export async function resolvePeople(store: PlanStore, args: readonly unknown[], options: PickOptions): Promise<PersonRef[] | undefined> {
  const [first, second] = args;
  let named: { name: string; uri?: vscode.Uri }[] | undefined;
  if (isPersonItem(first)) {
    const selected = Array.isArray(second) ? second.filter((i): i is PersonTreeItem => isPersonItem(i)) : [];
    const items = options.many && selected.some((i) => i.id === first.id) ? selected : [first];
    named = items.map((i) => ({ name: i.personName, uri: i.planUri }));
  } else if (typeof first === 'string') {
    named = [{ name: first, uri: toUri(second) }];
  } else if (isOptionsObject(first) && (first.names || first.name)) {
    const uri = toUri(first.uri);
    named = (first.names ?? [first.name as string]).map((name) => ({ name, uri }));
  }
  if (!named) return pickPeople(store, options);
  const refs: PersonRef[] = [];
  for (const { name, uri } of named) {
    const ref = findPerson(store, name, uri);
    if (!ref) {
      void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" is not in the networking plan.', name));
      return undefined;
    }
    if (!refs.some((r) => r.status === ref.status)) refs.push(ref);
  }
  return refs;
}

interface PersonPick extends vscode.QuickPickItem {
  ref: PersonRef;
}

function urgency(status: PersonStatus): number {
  return status.scheduled && status.daysLate !== undefined ? status.daysLate : -100000;
}

export async function pickPeople(store: PlanStore, options: PickOptions): Promise<PersonRef[] | undefined> {
  const snapshots = store.snapshots().filter((s) => s.exists);
  if (snapshots.length === 0) {
    offerCreatePlan();
    return undefined;
  }
  const several = snapshots.length > 1;
  const picks: PersonPick[] = [];
  for (const snapshot of snapshots) {
    for (const status of snapshot.view.people) {
      if (status.person.name === '' || (options.filter && !options.filter(status))) continue;
      const archived = status.person.archived !== undefined;
      if (archived ? options.archived === undefined : options.archived === 'only') continue;
      const where = several ? ` · ${snapshot.folder.name}` : '';
      picks.push({ label: status.person.name, description: inDisplayLanguage(describeDue(status)) + where, detail: status.person.how, ref: { snapshot, status } });
    }
  }
  if (picks.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nobody in the plan fits this action yet.'));
    return undefined;
  }
  picks.sort((a, b) => urgency(b.ref.status) - urgency(a.ref.status) || a.label.localeCompare(b.label));
  const quickPickOptions = { title: options.title, placeHolder: options.placeHolder, matchOnDescription: true, matchOnDetail: true, ignoreFocusOut: true };
  if (options.many) {
    const chosen = await vscode.window.showQuickPick(picks, { ...quickPickOptions, canPickMany: true });
    return chosen && chosen.length > 0 ? chosen.map((p) => p.ref) : undefined;
  }
  const chosen = await vscode.window.showQuickPick(picks, quickPickOptions);
  return chosen ? [chosen.ref] : undefined;
}

/** Groups people by plan file (one edit per file). */
export function byPlan(refs: readonly PersonRef[]): { snapshot: PlanSnapshot; statuses: PersonStatus[] }[] {
  const groups = new Map<string, { snapshot: PlanSnapshot; statuses: PersonStatus[] }>();
  for (const ref of refs) {
    const key = ref.snapshot.uri.toString();
    const group = groups.get(key) ?? { snapshot: ref.snapshot, statuses: [] };
    group.statuses.push(ref.status);
    groups.set(key, group);
  }
  return [...groups.values()];
}
