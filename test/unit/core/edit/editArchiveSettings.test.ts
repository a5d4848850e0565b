/** Archiving and restoring a person, and setting `settings.lastReview` however `settings:` is written (or missing). */
import assert from 'node:assert/strict';
import { applyEdit, EditError, type PlanEdit } from '../../../../src/core/edit';
import { readPlan } from '../../../../src/core/read';
import { runGoldenCases, person } from './editGolden';
import { editAndCheck } from './editHelpers';

const REVIEWED: PlanEdit = { kind: 'setSetting', key: 'lastReview', value: '2026-12-01' };

function expectText(before: string, edit: PlanEdit, after: string, removedComments: string[] = []): void {
  assert.equal(editAndCheck(before, edit, removedComments).out, after);
}

function refusal(text: string, edit: PlanEdit): string {
  try {
    applyEdit(text, edit);
  } catch (error) {
    assert.ok(error instanceof EditError);
    assert.equal(applyEdit.length > 0, true);
    return error.code;
  }
  assert.fail('the edit was not refused');
}

describe('core/edit archive and restore (golden, messy plan)', () => {
  runGoldenCases([
    {
      title: 'archives a block entry: archived goes after its last field, the comment stays on its line',
      edit: { kind: 'archive', name: 'dana lee', date: '2026-12-01' },
      removed: [],
      added: ['    archived: 2026-12-01'],
      after: '    notes: Met at the offsite.  # nice',
      check: (plan) => assert.equal(person(plan, 'Dana Lee').archived, '2026-12-01'),
    },
    {
      title: 'archives a flow entry in flow style',
      edit: { kind: 'archive', name: 'Flo Park', date: '2026-12-01' },
      removed: ['  - {name: Flo Park, lists: [like], cadence: monthly}   # flow entry'],
      added: ['  - {name: Flo Park, lists: [like], cadence: monthly, archived: 2026-12-01}   # flow entry'],
      check: (plan) => assert.equal(person(plan, 'Flo Park').archived, '2026-12-01'),
    },
  ]);
});

describe('core/edit archive, restore and settings', () => {
  it('restores by removing archived: a date, true, with its comment', () => {
    expectText('people:\n  - name: Dana\n    archived: 2026-11-01  # left\n    how: coffee\n', { kind: 'restore', name: 'dana' }, 'people:\n  - name: Dana\n    how: coffee\n', ['# left']);
    expectText('people:\n  - {name: Dana, archived: true}\n', { kind: 'restore', name: 'Dana' }, 'people:\n  - {name: Dana}\n');
    // `archived: yes` is a bad-date problem that archiving fixes.
    const fixed = applyEdit('people:\n  - archived: yes\n    name: Dana\n', { kind: 'archive', name: 'Dana', date: '2026-12-01' });
    assert.equal(fixed, 'people:\n  - archived: 2026-12-01\n    name: Dana\n');
    assert.deepEqual(readPlan(fixed).problems, []);
  });

  it('replaces archived: false when archiving', () => {
    expectText('people:\n  - name: Dana\n    archived: false\n', { kind: 'archive', name: 'Dana', date: '2026-12-01' }, 'people:\n  - name: Dana\n    archived: 2026-12-01\n');
  });

  it('refuses what would change nothing, an unknown person and a bad date, leaving the text alone', () => {
    assert.equal(refusal('people:\n  - {name: Dana, archived: true}\n', { kind: 'archive', name: 'Dana', date: '2026-12-01' }), 'no-change');
    assert.equal(refusal('people:\n  - {name: Dana, archived: false}\n', { kind: 'restore', name: 'Dana' }), 'no-change');
    assert.equal(refusal('people:\n  - {name: Dana}\n', { kind: 'archive', name: 'Eve', date: '2026-12-01' }), 'unknown-person');
    assert.equal(refusal('people:\n  - {name: Dana}\n', { kind: 'archive', name: 'Dana', date: '2026-02-30' }), 'invalid-value');
    assert.equal(refusal('settings:\n  lastReview: 2026-12-01\n', REVIEWED), 'no-change');
    assert.equal(refusal('settings: {}\n', { kind: 'setSetting', key: 'defaultCadence' as 'lastReview', value: 'weekly' }), 'invalid-value');
  });

  it('sets lastReview in a block settings mapping: replaced in place, or added after the last setting', () => {
    expectText('settings:\n  lastReview: 2026-01-01   # by the review\n', REVIEWED, 'settings:\n  lastReview: 2026-12-01   # by the review\n');
    expectText(
      'settings:   # mine\n    maxNewRelationships: 2  # few\n    stageCadence:\n      building: weekly\n# after\npeople: []\n',
      REVIEWED,
      'settings:   # mine\n    maxNewRelationships: 2  # few\n    stageCadence:\n      building: weekly\n    lastReview: 2026-12-01\n# after\npeople: []\n',
    );
    expectText("settings:\n  lastReview: '2025-01-01'\n", REVIEWED, "settings:\n  lastReview: '2026-12-01'\n");
  });

  it('sets lastReview in a flow settings mapping, and fills an empty one', () => {
    expectText('settings: {maxNewRelationships: 2}\npeople: []\n', REVIEWED, 'settings: {maxNewRelationships: 2, lastReview: 2026-12-01}\npeople: []\n');
    expectText('settings: {}\npeople: []\n', REVIEWED, 'settings:\n  lastReview: 2026-12-01\npeople: []\n');
    expectText('settings:   # later\npeople: []\n', REVIEWED, 'settings:   # later\n  lastReview: 2026-12-01\npeople: []\n');
    expectText('settings: ~\n', REVIEWED, 'settings:\n  lastReview: 2026-12-01\n');
    expectText('settings:', REVIEWED, 'settings:\n  lastReview: 2026-12-01');
  });

  it('adds settings: before people (above the comment lines that belong to it), or at the end', () => {
    expectText('version: 1\n\n# who\npeople:\n  - name: Dana\n', REVIEWED, 'version: 1\n\nsettings:\n  lastReview: 2026-12-01\n# who\npeople:\n  - name: Dana\n');
    expectText('journal: []\npeople: []\n', REVIEWED, 'settings:\n  lastReview: 2026-12-01\njournal: []\npeople: []\n');
    expectText('version: 1  # v', REVIEWED, 'version: 1  # v\nsettings:\n  lastReview: 2026-12-01\n');
    expectText('  people: []\n', REVIEWED, '  settings:\n    lastReview: 2026-12-01\n  people: []\n');
  });

  it('keeps CRLF and a byte-order mark', () => {
    expectText('\ufeffpeople: []\r\n', REVIEWED, '\ufeffsettings:\r\n  lastReview: 2026-12-01\r\npeople: []\r\n');
    expectText('\ufeffsettings:\r\n  maxNewRelationships: 3\r\n', REVIEWED, '\ufeffsettings:\r\n  maxNewRelationships: 3\r\n  lastReview: 2026-12-01\r\n');
  });

  it('refuses a settings value that is not a mapping, and a plan that is one flow mapping with no settings', () => {
    assert.equal(refusal('settings: [a, b]\n', REVIEWED), 'invalid-value');
    assert.equal(refusal('settings: 3\n', REVIEWED), 'invalid-value');
    assert.equal(refusal('{people: []}\n', REVIEWED), 'invalid-value');
    const text = 'settings:\n  maxNewRelationships: 3\n';
    assert.equal(readPlan(applyEdit(text, REVIEWED)).settings.lastReview, '2026-12-01');
  });
});
