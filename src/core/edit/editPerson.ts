/** Edits inside one person's entry: set or remove a field, join or leave a list, change the name. */
import { applyChanges, withField, type EntryChange } from './editApply';
import { insertField, removeField, replaceText } from './editFields';
import { parseItem, type ItemPair, type ParsedItem } from './editItem';
import { setListSplices } from './editSequence';
import { EditError, type EditableField } from './editTypes';
import { checkFieldValue } from './editValues';
import { formatFlowList, formatScalar } from './yamlText';
import type { ListName, Person, Plan, Stage } from '../model';

function pairOf(item: ParsedItem, key: string): ItemPair | undefined {
  return item.pairs.find((pair) => pair.key === key);
}

/** The texts a list field holds as written (a single text counts as a list of one). */
function listTexts(pair: ItemPair | undefined): string[] | undefined {
  if (!pair || pair.kind === 'empty') return [];
  if (pair.kind === 'scalar') return pair.text === undefined ? [] : [pair.text];
  if (pair.kind === 'other' || pair.items.some((item) => item.text === undefined)) return undefined;
  return pair.items.map((item) => item.text as string);
}

function sameList(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
}

function noChange(message: string): never {
  throw new EditError('no-change', message);
}

/** A change to a field that may or may not be there yet. */
function fieldChange(text: string, item: ParsedItem, key: string, value: string | string[] | undefined, eol: string): EntryChange {
  const index = item.pairs.findIndex((pair) => pair.key === key);
  const pair = item.pairs[index];
  const expected = withField(item.data, key, value);
  if (value === undefined) return { item, splices: [removeField(text, item, index)], expected };
  if (pair) {
    const splices = Array.isArray(value) ? setListSplices(text, pair, value, eol) : [replaceText(text, item, pair, value)];
    return { item, splices, expected };
  }
  const context = item.flow ? 'flow' : 'block';
  const written = Array.isArray(value) ? formatFlowList(value) : formatScalar(value, context);
  return { item, splices: [insertField(text, item, key, written, eol)], expected };
}

export function setPersonField(text: string, plan: Plan, person: Person, field: EditableField, raw: unknown): string {
  const value = checkFieldValue(field, raw);
  const item = parseItem(text, person.span);
  const pair = pairOf(item, field);
  if (value === undefined) {
    if (!pair) noChange(`${person.name} has no ${field} to remove.`);
  } else if (Array.isArray(value) ? sameList(pair && listTexts(pair), value) : pair?.kind === 'scalar' && pair.text === value) {
    noChange(`${person.name}'s ${field} is already ${Array.isArray(value) ? value.join(', ') : value}.`);
  }
  return applyChanges(text, [fieldChange(text, item, field, value, plan.eol)]);
}

/** Archives the person (`archived: <date>`, replacing `archived: false`), or restores them (`date` undefined: the key goes). */
export function setArchived(text: string, plan: Plan, person: Person, date: string | undefined): string {
  if (date !== undefined && person.archived !== undefined) noChange(`${person.name} is already archived.`);
  if (date === undefined && person.archived === undefined) noChange(`${person.name} is not archived.`);
  const item = parseItem(text, person.span);
  return applyChanges(text, [fieldChange(text, item, 'archived', date, plan.eol)]);
}

/** Adds `list` to the person's `lists` (or takes it out), keeping the other items as written. */
export function changeListMembership(text: string, plan: Plan, person: Person, list: ListName, add: boolean): string {
  const item = parseItem(text, person.span);
  const pair = pairOf(item, 'lists');
  const current = listTexts(pair);
  if (current === undefined) return changeOnUnreadableList(person);
  const isList = (t: string): boolean => t.trim().toLowerCase() === list;
  const has = current.some(isList);
  if (add && has) noChange(`${person.name} is already on the ${list} list.`);
  if (!add && !has) noChange(`${person.name} is not on the ${list} list.`);
  const target = add ? [...current, list] : current.filter((t) => !isList(t));
  return applyChanges(text, [fieldChange(text, item, 'lists', target, plan.eol)]);
}

function changeOnUnreadableList(person: Person): never {
  throw new EditError('invalid-value', `${person.name}'s lists is not a list of names; fix it by hand first. Nothing was changed.`);
}

/** The change that renames the person's own entry (journal entries are changed by the caller). */
export function renameChange(text: string, person: Person, newName: string): EntryChange {
  const item = parseItem(text, person.span);
  const pair = pairOf(item, 'name');
  if (!pair) throw new EditError('invalid-value', `${person.name}'s entry has no name field to change.`);
  return { item, splices: [replaceText(text, item, pair, newName)], expected: withField(item.data, 'name', newName) };
}

/** Sets the stage and appends `<date> <stage>` to `history` (a new `history: [...]` when there is none), in one change. */
export function setStageWithHistory(text: string, plan: Plan, person: Person, stage: Stage, date: string): string {
  const item = parseItem(text, person.span);
  const stagePair = pairOf(item, 'stage');
  if (stagePair?.kind === 'scalar' && stagePair.text === stage) noChange(`${person.name}'s stage is already ${stage}.`);
  const historyPair = pairOf(item, 'history');
  const history = listTexts(historyPair);
  if (history === undefined) throw new EditError('invalid-value', `${person.name}'s history is not a list of "date stage" texts; fix it by hand first. Nothing was changed.`);
  const entries = [...history, `${date} ${stage}`];
  const stageChange = fieldChange(text, item, 'stage', stage, plan.eol);
  const historyChange = fieldChange(text, item, 'history', entries, plan.eol);
  // Both fields change in the same entry: one change, with both splices and both values expected.
  const splices = [...stageChange.splices, ...historyChange.splices];
  if (!stagePair && !historyPair) {
    // Two new fields after the same last field: one insertion holding both, in that order.
    const both = insertField(text, item, 'stage', stage, plan.eol);
    const historyText = formatFlowList(entries);
    const joined = item.flow ? `${both.insert}, history: ${historyText}` : both.insert + insertField(text, item, 'history', historyText, plan.eol).insert;
    return applyChanges(text, [{ item, splices: [{ ...both, insert: joined }], expected: withField(withField(item.data, 'stage', stage), 'history', entries) }]);
  }
  return applyChanges(text, [{ item, splices, expected: withField(withField(item.data, 'stage', stage), 'history', entries) }]);
}
