/**
 * Golden edits of a messy, heavily commented plan (test/fixtures/edits/messy-plan.yaml): after
 * each edit exactly the intended lines differ, the plan reads back with the change and no new
 * problems, and every comment stays. The same edits on the CRLF and byte-order-mark variants give
 * the same result, byte for byte.
 */
import assert from 'node:assert/strict';
import { applyEdit, type PlanEdit } from '../../../../src/core/edit';
import type { Person, Plan } from '../../../../src/core';
import { editAndCheck, fixture, lineDiff, personIn } from './editHelpers';

export interface GoldenCase {
  title: string;
  edit: PlanEdit;
  removed: string[];
  added: string[];
  /** The unchanged line the added lines follow. */
  after?: string;
  removedComments?: string[];
  newProblems?: string[];
  check: (plan: Plan) => void;
}

export function person(plan: Plan, name: string): Person {
  const found = personIn(plan, name);
  assert.ok(found, `${name} should be in the plan`);
  return found;
}

export function runGoldenCases(cases: readonly GoldenCase[]): void {
  const messy = fixture('messy-plan.yaml');
  const crlf = messy.replace(/\n/g, '\r\n');
  const bom = `\ufeff${messy}`;
  for (const c of cases) {
    it(c.title, () => {
      const { out, plan } = editAndCheck(messy, c.edit, c.removedComments, c.newProblems);
      assert.deepEqual(lineDiff(messy, out), { removed: c.removed, added: c.added });
      if (c.after) assert.ok(out.includes(`${c.after}\n${c.added[0]}\n`), `the new lines should follow "${c.after}"`);
      c.check(plan);
      assert.equal(applyEdit(crlf, c.edit), out.replace(/\n/g, '\r\n'), 'CRLF stays CRLF');
      assert.equal(applyEdit(bom, c.edit), `\ufeff${out}`, 'the byte-order mark stays');
    });
  }
}
