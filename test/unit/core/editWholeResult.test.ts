import assert from 'node:assert/strict';
import { applyEdit, EditError } from '../../../src/core/edit';
import { readPlan } from '../../../src/core/read';
import type { JournalEntry, Person, Plan } from '../../../src/core';
import { caseNames, loadCase } from '../../hostile/cases';
import { editCases } from '../../hostile/editExpectations';

/** Problems an edit may add because they are what it asks for (see `verifyWholeResult`). */
const CONSEQUENCES = new Set(['over-commit', 'unknown-person']);

const personValue = (p: Person) => JSON.stringify([p.name, p.lists, p.stage, p.role, p.how, p.cadence, p.cadenceText, p.next, p.topics, p.notes]);
const entryValue = (e: JournalEntry, withNames = true) => JSON.stringify([e.date, withNames ? e.with : [], e.note, e.gave, e.got]);

/** Problems of `after` that `before` does not have, counted by code and severity. */
function newProblems(before: Plan, after: Plan): string[] {
  const left = new Map<string, number>();
  for (const p of before.problems) left.set(`${p.code} ${p.severity}`, (left.get(`${p.code} ${p.severity}`) ?? 0) + 1);
  return after.problems.flatMap((p) => {
    const key = `${p.code} ${p.severity}`;
    if (CONSEQUENCES.has(p.code)) return [];
    const count = left.get(key) ?? 0;
    left.set(key, count - 1);
    return count > 0 ? [] : [`${key}: ${p.message}`];
  });
}

/** `list` without the item at `index` (none when -1). */
const without = <T>(list: readonly T[], index: number) => list.filter((_, i) => i !== index);

/** The people and entries the edit is not about, before and after, as values. */
function untouched(before: Plan, after: Plan, label: string, target: Person | undefined): { before: string[]; after: string[] } {
  const at = target ? before.people.indexOf(target) : -1;
  const kind = label.split(' ')[0];
  const people = {
    before: (kind === 'addPerson' || kind === 'logContact' ? before.people : without(before.people, at)).map(personValue),
    after: (kind === 'addPerson' ? after.people.slice(0, -1) : kind === 'logContact' || kind === 'removePerson' ? after.people : without(after.people, at)).map(personValue),
  };
  // A rename changes the names in the journal entries that name the person; the rest of those entries stays.
  const renamed = kind === 'rename' && target ? (e: JournalEntry) => !e.withKeys.includes(target.key) : () => true;
  // Add Promise writes into the person's latest contact, or logs one when there is none.
  const appended = kind === 'logContact' || (kind === 'addPromise' && after.journal.length > before.journal.length);
  const journal = {
    before: before.journal.map((e) => entryValue(e, renamed(e))),
    after: (appended ? after.journal.slice(0, -1) : after.journal).map((e, i) => entryValue(e, renamed(before.journal[i] ?? e))),
  };
  return { before: [...people.before, '--', ...journal.before], after: [...people.after, '--', ...journal.after] };
}

const BIG = new Set(['generated/dense-1000-people', 'generated/big-20mb']);

/**
 * The property behind every write: for every edit of every hostile plan, the whole new text read again has no
 * problem the old one did not have, and every person and journal entry the edit is not about reads the same.
 */
describe('every edit of every hostile plan: the whole result, read again', function () {
  this.timeout(120_000);
  for (const name of caseNames().filter((n) => !BIG.has(n))) {
    it(name, () => {
      for (const text of loadCase(name).texts) {
        const before = readPlan(text);
        for (const { label, edit, target } of editCases(before)) {
          let result: string;
          try {
            result = applyEdit(text, edit, before);
          } catch (error) {
            assert.ok(error instanceof EditError, `${label}: ${String(error)}`);
            continue;
          }
          const after = readPlan(result);
          assert.deepEqual(newProblems(before, after), [], `${label}: new problems`);
          const values = untouched(before, after, label, target);
          assert.deepEqual(values.after, values.before, `${label}: an entry the edit is not about changed`);
        }
      }
    });
  }
});
