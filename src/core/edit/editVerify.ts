/** Checking that changed text reads back as intended, before an edit is returned. */
import { parseDocument } from 'yaml';
import { parseEntry, refuseEntry } from './editItem';
import type { JournalEntry, Person, Plan, Problem, ProblemCode } from '../model';
import { PARSE_OPTIONS } from '../read';
import { EditError, type PlanEdit } from './editTypes';
import { findPerson } from './editValues';
import { latestEntryOf } from './editExchange';

/** Refuses the edit unless `slice`, parsed on its own, reads as `expected`. */
export function verifySlice(slice: string, expected: unknown): void {
  const doc = parseDocument(slice, PARSE_OPTIONS);
  let data: unknown;
  try {
    data = doc.errors.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : undefined;
  } catch {
    data = undefined;
  }
  if (data === undefined || !sameData(data, expected)) refuseEntry('The new entry could not be written here in a way that reads back correctly.');
}

/** Re-parses the changed item in the new text and refuses the edit unless it reads as `expected`. */
export function verifyItem(newText: string, start: number, end: number, expected: Record<string, unknown>): void {
  const { data } = parseEntry(newText.slice(start, end));
  if (!sameData(data, expected)) refuseEntry('This entry is written in a way the edit could not keep intact.');
}

/**
 * Deep equality of plain data, where a plain number or boolean read back equals the text it is
 * written as (`2024` is the name "2024" to the plan's reader too).
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((typeof a === 'number' || typeof a === 'boolean') && typeof b === 'string') return String(a) === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  return aKeys.length === Object.keys(b).length && aKeys.every((k) => k in bRecord && sameData((a as Record<string, unknown>)[k], bRecord[k]));
}

/**
 * Problems an edit may add, because they are what was asked for: a stage change past the limit (`over-commit`), a
 * contact with someone not in people, or the journal of a removed person (`unknown-person`). Commands warn of them.
 */
const CONSEQUENCES: ReadonlySet<ProblemCode> = new Set(['over-commit', 'unknown-person']);

function samePerson(a: Person, b: Person): boolean {
  if (a === b) return true;
  return (
    a.name === b.name &&
    a.stage === b.stage &&
    a.role === b.role &&
    a.how === b.how &&
    a.cadenceText === b.cadenceText &&
    a.cadence.count === b.cadence.count &&
    a.cadence.unit === b.cadence.unit &&
    a.next === b.next &&
    a.notes === b.notes &&
    a.archived === b.archived &&
    sameData(a.lists, b.lists) &&
    sameData(a.topics, b.topics)
  );
}

function sameEntry(a: JournalEntry, b: JournalEntry, ignoreWith = false): boolean {
  if (a === b) return true;
  return a.date === b.date && a.note === b.note && a.gave === b.gave && a.got === b.got && sameExchange(a, b, ignoreWith) && (ignoreWith || sameData(a.with, b.with));
}

/** The same items; whom they are for is not compared in an entry whose names a rename changed. */
function sameExchange(a: JournalEntry, b: JournalEntry, ignoreNames: boolean): boolean {
  const x = a.exchange ?? [];
  const y = b.exchange ?? [];
  return x.length === y.length && x.every((item, i) => item.kind === y[i].kind && item.text === y[i].text && (ignoreNames || sameData(item.forKeys, y[i].forKeys)));
}

/** `after` is `before` with one item added (`added`), one removed (`removed`), one changed (`changed`) or none, at any place. */
function sameOthers<T>(before: readonly T[], after: readonly T[], same: (a: T, b: T, i: number) => boolean, change: 'none' | 'added' | 'removed' | 'changed', at = -1, added = 1): boolean {
  const expectedLength = before.length + (change === 'added' ? added : change === 'removed' ? -1 : 0);
  if (after.length !== expectedLength) return false;
  if (change === 'added') {
    let i = 0;
    while (i < before.length && same(before[i], after[i], i)) i++;
    for (let j = i; j < before.length; j++) if (!same(before[j], after[j + added], j)) return false;
    return true;
  }
  for (let i = 0, j = 0; i < before.length; i++) {
    if (i === at) {
      if (change === 'removed') continue;
    } else if (!same(before[i], after[j], i)) {
      return false;
    }
    j++;
  }
  return true;
}

/** Which people and journal entries `edit` may change, as an index into `before.people` (-1: none). */
function reach(before: Plan, edit: PlanEdit): { people: 'none' | 'added' | 'removed' | 'changed'; at: number; journal: 'none' | 'added' | 'renamed' | 'changed'; entry?: number } {
  switch (edit.kind) {
    case 'addPerson':
    case 'addPeople':
      return { people: 'added', at: -1, journal: 'none' };
    case 'logContact':
      return { people: 'none', at: -1, journal: 'added' };
    case 'addPromise': {
      const latest = latestEntryOf(before, findPerson(before, edit.name).key);
      return latest ? { people: 'none', at: -1, journal: 'changed', entry: before.journal.indexOf(latest) } : { people: 'none', at: -1, journal: 'added' };
    }
    case 'removePerson':
      return { people: 'removed', at: before.people.indexOf(findPerson(before, edit.name)), journal: 'none' };
    case 'rename':
      return { people: 'changed', at: before.people.indexOf(findPerson(before, edit.name)), journal: 'renamed' };
    case 'setSetting':
      return { people: 'none', at: -1, journal: 'none' };
    default:
      return { people: 'changed', at: before.people.indexOf(findPerson(before, edit.name)), journal: 'none' };
  }
}

function refuseResult(reason: string): never {
  throw new EditError('invalid-value', `The change was not made: ${reason} Nothing was changed.`);
}

/**
 * Refuses the edit unless the whole new text, read again, has no problem the old one did not have (but for the
 * consequences above) and every person and journal entry the edit is not about reads exactly as before.
 */
export function verifyWholeResult(before: Plan, after: Plan, edit: PlanEdit): void {
  const left = new Map<string, number>();
  const keyOf = (p: Problem) => `${p.code} ${p.severity}`;
  for (const p of before.problems) left.set(keyOf(p), (left.get(keyOf(p)) ?? 0) + 1);
  for (const p of after.problems) {
    if (CONSEQUENCES.has(p.code)) continue;
    const count = left.get(keyOf(p)) ?? 0;
    if (count === 0) refuseResult(`the plan would read back with a new problem (${p.code}: ${p.message})`);
    left.set(keyOf(p), count - 1);
  }
  const { people, at, journal, entry } = reach(before, edit);
  const added = edit.kind === 'addPeople' && Array.isArray(edit.people) ? edit.people.length : 1;
  if (!sameOthers(before.people, after.people, samePerson, people, at, added)) refuseResult('another person in the plan would read differently.');
  const renamedKey = edit.kind === 'rename' ? before.people[at]?.key : undefined;
  const sameJournal =
    journal === 'added'
      ? sameOthers(before.journal, after.journal, (a, b) => sameEntry(a, b), 'added')
      : journal === 'changed'
        ? sameOthers(before.journal, after.journal, (a, b) => sameEntry(a, b), 'changed', entry)
        : sameOthers(before.journal, after.journal, (a, b) => sameEntry(a, b, renamedKey !== undefined && a.withKeys.includes(renamedKey)), 'none');
  if (!sameJournal) refuseResult('a journal entry would read differently.');
  const setting = edit.kind === 'setSetting' ? edit.key : undefined;
  if (!sameData({ ...after.settings, [setting ?? '']: undefined }, { ...before.settings, [setting ?? '']: undefined })) refuseResult('another setting would read differently.');
  if (edit.kind === 'setSetting' && after.settings[edit.key] !== edit.value) refuseResult(`settings.${edit.key} would not read back as ${edit.value}.`);
  if ((edit.kind === 'archive' || edit.kind === 'restore') && (after.people[at]?.archived !== undefined) !== (edit.kind === 'archive')) {
    refuseResult(`${edit.name} would not read back as ${edit.kind === 'archive' ? 'archived' : 'restored'}.`);
  }
}
