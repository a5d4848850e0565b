import * as assert from 'node:assert/strict';
import { firstContacts, joinNames, overCommitWarning, snoozedNext } from '../../../src/commands/contactRules';
import { lines, viewOf } from '../viewOf';

const TODAY = '2026-03-10';
const PLAN = lines(
  'settings:',
  '  maxNewRelationships: 2',
  'people:',
  '  - name: Ada',
  '    stage: building',
  '    next: 2026-03-01',
  '  - name: Bo',
  '    stage: building',
  '    next: 2026-03-20',
  '  - name: Cy',
  '    stage: planned',
  '  - name: Di',
  '    stage: planned',
  'journal:',
  '  - date: 2026-01-01',
  '    with: [Di]',
);

function status(name: string) {
  return viewOf(PLAN, TODAY).view.people.find((s) => s.person.name === name)!;
}

describe('contact rules', () => {
  it('snoozes from today when overdue, and from the next date when it is still ahead', () => {
    assert.equal(snoozedNext(status('Ada'), TODAY, 1), '2026-03-11');
    assert.equal(snoozedNext(status('Bo'), TODAY, 7), '2026-03-27');
  });

  it('finds first contacts: planned people without a journal entry', () => {
    const { view } = viewOf(PLAN, TODAY);
    assert.deepEqual(firstContacts(view.people).map((s) => s.person.name), ['Cy']);
  });

  it('warns with the names of the people building when a move would exceed the limit', () => {
    const { view } = viewOf(PLAN, TODAY);
    const warning = overCommitWarning(view, 2, ['Cy']);
    assert.match(warning!, /building 3 new relationships at once, over your limit of 2/);
    assert.match(warning!, /Already building: 2: Ada and Bo\./);
    assert.equal(overCommitWarning(view, 3, ['Cy']), undefined);
    assert.equal(overCommitWarning(view, 2, ['ada']), undefined, 'someone already building does not count twice');
  });

  it('joins names the way a sentence does', () => {
    assert.equal(joinNames(['A']), 'A');
    assert.equal(joinNames(['A', 'B']), 'A and B');
    assert.equal(joinNames(['A', 'B', 'C']), 'A, B and C');
  });
});
