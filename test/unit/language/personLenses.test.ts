import assert from 'node:assert/strict';
import { deriveView, LineIndex, readPlan } from '../../../src/core';
import { BRIEF_COMMAND, LOG_CONTACT_COMMAND, personLenses, SNOOZE_COMMAND } from '../../../src/language/personLenses';

const TODAY = '2026-11-20';

function lensesOf(text: string, viewText = text) {
  const lines = new LineIndex(text);
  const view = deriveView(readPlan(viewText), TODAY);
  return personLenses(readPlan(text), view, (offset) => lines.positionAt(offset).line);
}

describe('personLenses', () => {
  const text = [
    'people:',
    '  # the boss',
    '  - name: Dana Lee',
    '    stage: building',
    '  - name: "Bo\\nBo"',
    '    stage: building',
    '    next: 2026-11-23',
    '  - stage: paused',
    '  - name: Cy',
    '    stage: established',
    '    next: 2026-11-17',
    '  - name: Di',
    'journal:',
    '  - date: 2026-11-02',
    '    with: Dana Lee',
    '',
  ].join('\r\n');

  it('puts due text, Log contact and Snooze on the line of each named person', () => {
    const lenses = lensesOf(text);
    assert.deepEqual(
      lenses.map((l) => [l.line, l.title, l.command]),
      [
        [2, '4 days overdue', ''], [2, 'Log contact', LOG_CONTACT_COMMAND], [2, 'Snooze', SNOOZE_COMMAND], [2, 'Brief', BRIEF_COMMAND],
        [4, 'due in 3 days', ''], [4, 'Log contact', LOG_CONTACT_COMMAND], [4, 'Snooze', SNOOZE_COMMAND], [4, 'Brief', BRIEF_COMMAND],
        [8, '3 days overdue', ''], [8, 'Log contact', LOG_CONTACT_COMMAND], [8, 'Snooze', SNOOZE_COMMAND], [8, 'Brief', BRIEF_COMMAND],
        [11, 'planned', ''], [11, 'Log contact', LOG_CONTACT_COMMAND], [11, 'Snooze', SNOOZE_COMMAND], [11, 'Brief', BRIEF_COMMAND],
      ],
    );
  });

  it('passes the name as written to the commands, and keeps tooltips on one line', () => {
    const lenses = lensesOf(text).filter((l) => l.line === 4);
    assert.deepEqual(lenses[1].arguments, ['Bo\nBo']);
    assert.deepEqual(lenses[2].arguments, ['Bo\nBo']);
    assert.equal(lenses[1].tooltip, 'Log a contact with Bo Bo');
  });

  it('looks the status up by name when the view is from an older text', () => {
    const older = 'people:\n  - name: Dana Lee\n    stage: building\n';
    const broken = 'people:\n  - name: New\n  - name: Dana Lee\n    stage: [building\n';
    const lenses = lensesOf(broken, older);
    assert.equal(readPlan(broken).syntaxOk, false);
    const dana = lenses.filter((l) => l.arguments?.[0] === 'Dana Lee' || (l.line === 2 && l.command === ''));
    assert.ok(dana.some((l) => l.title === 'due today' && l.line === 2), JSON.stringify(lenses));
    assert.ok(!lenses.some((l) => l.line === 1 && l.command === ''), 'no status for someone the view does not know');
  });
});
