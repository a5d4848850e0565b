/** Every way an edit is refused: a typed error, and the text is never rewritten. */
import assert from 'node:assert/strict';
import { applyEdit, EditError, type EditErrorCode, type PlanEdit } from '../../../../src/core/edit';

const PLAN = [
  'people:',
  '  - name: Dana Lee',
  '    lists: [like]',
  '    stage: building',
  '    how: lunch',
  '    cadence: every 2 weeks',
  '    next: 2026-12-03',
  '    topics: [roadmap]',
  '  - name: Sam',
  'journal:',
  '  - date: 2026-11-19',
  '    with: Dana Lee',
  '',
].join('\n');

function refused(text: string, edit: PlanEdit, code: EditErrorCode, message?: RegExp): void {
  assert.throws(
    () => applyEdit(text, edit),
    (error: unknown) => {
      assert.ok(error instanceof EditError, `expected an EditError, got ${String(error)}`);
      assert.equal(error.code, code, error.message);
      if (message) assert.match(error.message, message);
      return true;
    },
  );
}

describe('core/edit refusals', () => {
  it('refuses any edit of a plan with syntax errors', () => {
    const broken = `${PLAN}  - date: [2026-11-20\n`;
    refused(broken, { kind: 'logContact', date: '2026-11-20', with: ['Dana Lee'] }, 'syntax', /syntax errors/);
    refused(broken, { kind: 'setField', name: 'Dana Lee', field: 'how', value: 'x' }, 'syntax');
    refused('people:\n  - name: A\n  name: B\n\tbad', { kind: 'addPerson', person: { name: 'C' } }, 'syntax');
  });

  it('refuses unknown people', () => {
    refused(PLAN, { kind: 'setField', name: 'Nobody', field: 'how', value: 'x' }, 'unknown-person', /Nobody/);
    refused(PLAN, { kind: 'addToList', name: '', list: 'like' }, 'unknown-person');
    refused(PLAN, { kind: 'removePerson', name: 'Dana' }, 'unknown-person');
    refused(PLAN, { kind: 'rename', name: 'Dan', newName: 'X' }, 'unknown-person');
  });

  it('refuses names that are taken, ignoring case and spaces', () => {
    refused(PLAN, { kind: 'addPerson', person: { name: '  dana LEE ' } }, 'duplicate-name', /Dana Lee/);
    refused(PLAN, { kind: 'rename', name: 'Sam', newName: 'DANA LEE' }, 'duplicate-name');
  });

  it('refuses invalid values with a message that says how to fix them', () => {
    refused(PLAN, { kind: 'setField', name: 'Dana Lee', field: 'stage', value: 'friends' }, 'invalid-value', /planned, building/);
    refused(PLAN, { kind: 'setField', name: 'Dana Lee', field: 'cadence', value: 'sometimes' }, 'invalid-value', /every 2 weeks/);
    refused(PLAN, { kind: 'setField', name: 'Dana Lee', field: 'next', value: '2026-02-30' }, 'invalid-value', /YYYY-MM-DD/);
    refused(PLAN, { kind: 'setField', name: 'Dana Lee', field: 'next', value: '12/03/2026' }, 'invalid-value');
    refused(PLAN, { kind: 'setField', name: 'Dana Lee', field: 'how', value: ['a', 'b'] }, 'invalid-value');
    refused(PLAN, { kind: 'setField', name: 'Dana Lee', field: 'name' as never, value: 'X' }, 'invalid-value', /cannot be set/);
    refused(PLAN, { kind: 'addToList', name: 'Dana Lee', list: 'friends' as never }, 'invalid-value', /like or help/);
    refused(PLAN, { kind: 'rename', name: 'Dana Lee', newName: '   ' }, 'invalid-value', /empty/);
    refused(PLAN, { kind: 'addPerson', person: { name: '' } }, 'invalid-value');
    refused(PLAN, { kind: 'addPerson', person: { name: 'Eve', stage: 'best' as never } }, 'invalid-value');
    refused(PLAN, { kind: 'addPerson', person: { name: 'Eve', lists: ['likes' as never] } }, 'invalid-value');
    refused(PLAN, { kind: 'logContact', date: '2026-13-01', with: ['Dana Lee'] }, 'invalid-value');
    refused(PLAN, { kind: 'logContact', date: '2026-11-20', with: [] }, 'invalid-value', /one or more names/);
    refused(PLAN, { kind: 'logContact', date: '2026-11-20', with: ['  '] }, 'invalid-value');
    refused(PLAN, { kind: 'unknown' } as never, 'invalid-value', /Unknown edit/);
  });

  it('says when an edit would change nothing', () => {
    refused(PLAN, { kind: 'addToList', name: 'dana lee', list: 'like' }, 'no-change', /already on the like list/);
    refused(PLAN, { kind: 'removeFromList', name: 'Dana Lee', list: 'help' }, 'no-change');
    refused(PLAN, { kind: 'removeFromList', name: 'Sam', list: 'like' }, 'no-change');
    refused(PLAN, { kind: 'setField', name: 'Dana Lee', field: 'how', value: ' lunch ' }, 'no-change');
    refused(PLAN, { kind: 'setField', name: 'Dana Lee', field: 'stage', value: 'Building' }, 'no-change');
    refused(PLAN, { kind: 'setField', name: 'Dana Lee', field: 'next', value: '2026-12-03' }, 'no-change');
    refused(PLAN, { kind: 'setField', name: 'Dana Lee', field: 'topics', value: ['roadmap'] }, 'no-change');
    refused(PLAN, { kind: 'setField', name: 'Sam', field: 'how', value: undefined }, 'no-change', /no how/);
    refused(PLAN, { kind: 'setField', name: 'Sam', field: 'notes', value: '' }, 'no-change');
    refused(PLAN, { kind: 'rename', name: 'dana lee', newName: 'Dana Lee' }, 'no-change');
  });

  it('refuses what it cannot write safely instead of guessing', () => {
    const anchored = 'people:\n  - name: &d Dana\njournal:\n  - date: 2026-01-01\n    with: *d\n';
    refused(anchored, { kind: 'removePerson', name: 'Dana' }, 'invalid-value', /anchor/);
    refused(anchored, { kind: 'setField', name: 'Dana', field: 'how', value: 'x' }, 'invalid-value');
    refused('{people: [{name: Dana}]}\n', { kind: 'logContact', date: '2026-11-20', with: ['Dana'] }, 'invalid-value', /mapping/);
    refused('people:\n  - name: Dana\n    how: [a, b]\n', { kind: 'setField', name: 'Dana', field: 'how', value: 'x' }, 'invalid-value', /lose/);
    refused('people:\n  - name: Dana\n    lists: {like: 1}\n', { kind: 'addToList', name: 'Dana', list: 'help' }, 'invalid-value');
    refused('people: {name: Dana}\n', { kind: 'addPerson', person: { name: 'Eve' } }, 'invalid-value');
    refused('people:\n  - name: Dana\njournal: 5\n', { kind: 'logContact', date: '2026-11-20', with: ['Dana'] }, 'invalid-value');
    refused('people:\n  - name: Dana\n    topics: [a, # why\n      b]\n', { kind: 'setField', name: 'Dana', field: 'topics', value: ['c'] }, 'invalid-value', /comments/);
    const implicitPair = 'people: [\n  name: Sam,   # a one-pair mapping\n  {name: Dana},\n]\n';
    refused(implicitPair, { kind: 'setField', name: 'Sam', field: 'how', value: 'x' }, 'invalid-value', /neither/);
    assert.equal(applyEdit(implicitPair, { kind: 'setField', name: 'Dana', field: 'how', value: 'x' }), 'people: [\n  name: Sam,   # a one-pair mapping\n  {name: Dana, how: x},\n]\n');
    refused('people:\n  - name: Dana\n    notes: |+\n ', { kind: 'logContact', date: '2026-11-20', with: ['Dana'] }, 'invalid-value', /\|\+/);
  });
});
