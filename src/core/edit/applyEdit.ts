/**
 * Comment-preserving edits of the plan's text. Each edit reads and re-checks only the entries it
 * changes and splices the smallest change into the text: every other byte (comments, blank lines,
 * quoting, flow style, line endings, a byte-order mark) stays as it was. An edit that cannot be
 * made safely throws an `EditError` and the text is not changed.
 *
 * Decisions: an edit that would change nothing throws `no-change` (callers show it as
 * information); removing a person keeps the journal entries that name them, since the journal is
 * history (archiving keeps the person too); comment lines standing before a removed entry stay.
 */
import { applyChanges } from './editApply';
import { journalRenameChanges, logContact } from './editJournal';
import { addPeople, addPerson, verifyAddedPeople } from './editNewPerson';
import { changeListMembership, renameChange, setArchived, setPersonField, setStageWithHistory } from './editPerson';
import { addPromise } from './editPromise';
import { removePersonEntry } from './editRemove';
import { setSetting } from './editSection';
import { EDITABLE_FIELDS, EDITABLE_SETTINGS, EditError, type PlanEdit } from './editTypes';
import { checkDate, checkFieldValue, checkList, checkName, findPerson, invalid } from './editValues';
import { verifyWholeResult } from './editVerify';
import { nameKey, type Plan } from '../model';
import { readPlan } from '../read';

function rename(text: string, plan: Plan, name: string, newName: unknown): string {
  const person = findPerson(plan, name);
  const target = checkName(newName);
  if (target === person.name) throw new EditError('no-change', `${person.name} is already called that.`);
  const other = plan.people.find((p) => p !== person && p.key === nameKey(target));
  if (other) throw new EditError('duplicate-name', `"${other.name}" is already in the plan: names must be unique (ignoring case).`);
  return applyChanges(text, [renameChange(text, person, target), ...journalRenameChanges(text, plan, person.key, target)]);
}

function dispatch(text: string, edit: PlanEdit, plan: Plan): string {
  switch (edit.kind) {
    case 'addPerson':
      return addPerson(text, plan, edit.person);
    case 'addPeople':
      return addPeople(text, plan, edit.people);
    case 'addToList':
    case 'removeFromList':
      return changeListMembership(text, plan, findPerson(plan, edit.name), checkList(edit.list), edit.kind === 'addToList');
    case 'logContact':
      return logContact(text, plan, edit);
    case 'setField':
      if (!EDITABLE_FIELDS.includes(edit.field)) invalid(`"${String(edit.field)}" cannot be set; fields that can: ${EDITABLE_FIELDS.join(', ')}.`);
      return setPersonField(text, plan, findPerson(plan, edit.name), edit.field, edit.value);
    case 'addPromise':
      return addPromise(text, plan, edit);
    case 'setStage':
      return setStageWithHistory(text, plan, findPerson(plan, edit.name), checkFieldValue('stage', edit.stage) as never, checkDate(edit.date, 'The date'));
    case 'rename':
      return rename(text, plan, edit.name, edit.newName);
    case 'removePerson':
      return removePersonEntry(text, plan, findPerson(plan, edit.name));
    case 'archive':
      return setArchived(text, plan, findPerson(plan, edit.name), checkDate(edit.date, 'archived'));
    case 'restore':
      return setArchived(text, plan, findPerson(plan, edit.name), undefined);
    case 'setSetting':
      if (!EDITABLE_SETTINGS.includes(edit.key)) invalid(`"${String(edit.key)}" cannot be set; settings that can: ${EDITABLE_SETTINGS.join(', ')}.`);
      return setSetting(text, plan, edit.key, checkDate(edit.value, edit.key));
    default:
      return invalid(`Unknown edit "${String((edit as { kind?: unknown }).kind)}".`);
  }
}

/** Reads a whole plan text; `readPlan`, or a `PlanReader`'s `read`, which gives the same plan for less work. */
export type ReadWhole = (text: string) => Plan;

/** Runs `step`; a failure no check foresaw becomes an EditError, so that nothing is written. */
function safely<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof EditError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new EditError('invalid-value', `The edit could not be made safely (${reason}). Nothing was changed.`);
  }
}

/** The edited text, before the check of the whole result. */
function editedText(text: string, edit: PlanEdit, plan: Plan): string {
  if (plan.problems.some((p) => p.code === 'too-large')) {
    throw new EditError('syntax', 'The file is too large to be a plan: nothing was changed.');
  }
  if (!plan.syntaxOk) {
    throw new EditError('syntax', 'The plan has YAML syntax errors: fix them first (see the Problems view). Nothing was changed.');
  }
  if (!edit || typeof edit !== 'object') invalid('No edit was given.');
  return safely(() => dispatch(text, edit, plan));
}

/**
 * Applies `edit` to the plan's `text`. `plan` must be `readPlan(text)` for exactly this text
 * (pass it when you have it: the edit then parses only the entries it touches). The new text is
 * read whole with `readResult` and refused unless it has no new problem (but the ones the edit
 * asks for, see `verifyWholeResult`) and every entry the edit is not about reads as before: give a
 * `PlanReader` that has read `text` (`(t) => reader.read(t)`) to make that cheap for large plans.
 */
export function applyEdit(text: string, edit: PlanEdit, plan: Plan = readPlan(text), readResult: ReadWhole = readPlan): string {
  const result = editedText(text, edit, plan);
  safely(() => verifyResult(plan, readResult(result), edit));
  return result;
}

function verifyResult(before: Plan, after: Plan, edit: PlanEdit): void {
  verifyWholeResult(before, after, edit);
  if (edit.kind === 'addPeople') verifyAddedPeople(before, after, edit.people);
}

/** `applyEdit` whose whole-result read may pause between steps (a large plan read in slices, as the extension reads). */
export async function applyEditPaced(text: string, edit: PlanEdit, plan: Plan, readResult: (text: string) => Promise<Plan>): Promise<string> {
  const result = editedText(text, edit, plan);
  const after = await readResult(result);
  safely(() => verifyResult(plan, after, edit));
  return result;
}

/** Several edits in order, each checked: the first on `plan`, each next one on the plan of the text so far. */
export async function applyEditsPaced(text: string, edits: readonly PlanEdit[], plan: Plan, read: (text: string) => Promise<Plan>): Promise<string> {
  let next = text;
  for (const [i, edit] of edits.entries()) next = await applyEditPaced(next, edit, i === 0 ? plan : await read(next), read);
  return next;
}
