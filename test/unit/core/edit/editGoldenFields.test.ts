/** Golden edits of the messy plan: setting and removing fields (see editGolden.ts). */
import assert from 'node:assert/strict';
import { runGoldenCases, person, type GoldenCase } from './editGolden';
import { editAndCheck, fixture } from './editHelpers';

const CASES: GoldenCase[] = [
  {
    title: 'sets how, quoting a colon and a hash, keeping the comment',
    edit: { kind: 'setField', name: 'dana lee', field: 'how', value: 'Ask about the roadmap: lunch #2' },
    removed: ['    how: Sit near her at the Monday staff meeting   # then lunch'],
    added: ['    how: "Ask about the roadmap: lunch #2"   # then lunch'],
    check: (plan) => assert.equal(person(plan, 'Dana Lee').how, 'Ask about the roadmap: lunch #2'),
  },
  {
    title: 'removes how with its own comment',
    edit: { kind: 'setField', name: 'Dana Lee', field: 'how', value: undefined },
    removed: ['    how: Sit near her at the Monday staff meeting   # then lunch'],
    added: [],
    removedComments: ['# then lunch'],
    check: (plan) => assert.equal(person(plan, 'Dana Lee').how, undefined),
  },
  {
    title: 'sets role, keeping double quotes',
    edit: { kind: 'setField', name: 'Dana Lee', field: 'role', value: 'VP, Platform' },
    removed: ['    role: "Director, Platform"'],
    added: ['    role: "VP, Platform"'],
    check: (plan) => assert.equal(person(plan, 'Dana Lee').role, 'VP, Platform'),
  },
  {
    title: 'extends a padded flow list of topics',
    edit: { kind: 'setField', name: 'Dana Lee', field: 'topics', value: ['platform roadmap', 'mentoring', 'hiring'] },
    removed: ['    topics: [ platform roadmap, mentoring ]'],
    added: ['    topics: [ platform roadmap, mentoring, hiring ]'],
    check: (plan) => assert.deepEqual(person(plan, 'Dana Lee').topics, ['platform roadmap', 'mentoring', 'hiring']),
  },
  {
    title: 'snoozes (sets next)',
    edit: { kind: 'setField', name: 'Dana Lee', field: 'next', value: '2026-12-10' },
    removed: ['    next: 2026-12-03'],
    added: ['    next: 2026-12-10'],
    check: (plan) => assert.equal(person(plan, 'Dana Lee').next, '2026-12-10'),
  },
  {
    title: 'adds next after a block scalar, at the entry indentation, before the blank lines',
    edit: { kind: 'setField', name: "sam o'neil", field: 'next', value: '2026-12-24' },
    removed: [],
    added: ['      next: 2026-12-24'],
    after: '        of notes.',
    check: (plan) => {
      assert.equal(person(plan, "Sam O'Neil").next, '2026-12-24');
      assert.equal(person(plan, "Sam O'Neil").notes, 'Two lines\nof notes.\n');
    },
  },
  {
    title: 'adds a topic to a block list, before the comment that follows it',
    edit: { kind: 'setField', name: "Sam O'Neil", field: 'topics', value: ['k8s: the hard way', 'go'] },
    removed: [],
    added: ['        - go'],
    after: '        - "k8s: the hard way"',
    check: (plan) => assert.deepEqual(person(plan, "Sam O'Neil").topics, ['k8s: the hard way', 'go']),
  },
  {
    title: 'replaces a block scalar by one line',
    edit: { kind: 'setField', name: "Sam O'Neil", field: 'notes', value: 'One line now' },
    removed: ['      notes: |', '        Two lines', '        of notes.'],
    added: ['      notes: One line now'],
    check: (plan) => assert.equal(person(plan, "Sam O'Neil").notes, 'One line now'),
  },
  {
    title: 'removes the field on the "- " line: the next field moves up',
    edit: { kind: 'setField', name: "Sam O'Neil", field: 'stage', value: undefined },
    removed: ['  -   stage: established        # odd: name is not first', "      name: 'Sam O''Neil'"],
    added: ["  -   name: 'Sam O''Neil'"],
    removedComments: ['# odd: name is not first'],
    check: (plan) => assert.equal(person(plan, "Sam O'Neil").stage, 'planned'),
  },
  {
    title: 'adds a field to a flow entry',
    edit: { kind: 'setField', name: 'Flo Park', field: 'stage', value: 'building' },
    removed: ['  - {name: Flo Park, lists: [like], cadence: monthly}   # flow entry'],
    added: ['  - {name: Flo Park, lists: [like], cadence: monthly, stage: building}   # flow entry'],
    check: (plan) => assert.equal(person(plan, 'Flo Park').stage, 'building'),
  },
  {
    title: 'sets a field of a flow entry',
    edit: { kind: 'setField', name: 'Flo Park', field: 'cadence', value: 'every 6 weeks' },
    removed: ['  - {name: Flo Park, lists: [like], cadence: monthly}   # flow entry'],
    added: ['  - {name: Flo Park, lists: [like], cadence: every 6 weeks}   # flow entry'],
    check: (plan) => assert.deepEqual(person(plan, 'Flo Park').cadence, { count: 6, unit: 'week' }),
  },
  {
    title: 'removes the last field of a flow entry',
    edit: { kind: 'setField', name: 'Flo Park', field: 'cadence', value: undefined },
    removed: ['  - {name: Flo Park, lists: [like], cadence: monthly}   # flow entry'],
    added: ['  - {name: Flo Park, lists: [like]}   # flow entry'],
    check: (plan) => assert.equal(person(plan, 'Flo Park').cadenceText, undefined),
  },
  {
    title: 'fills an empty value, keeping its comment',
    edit: { kind: 'setField', name: 'no', field: 'how', value: 'Ask at the all-hands' },
    removed: ['    how:                        # to be decided'],
    added: ['    how: Ask at the all-hands                        # to be decided'],
    check: (plan) => assert.equal(person(plan, 'No').how, 'Ask at the all-hands'),
  },
];

describe('core/edit golden field edits of a messy plan', () => {
  runGoldenCases(CASES);

  it('the fixture really is messy: it reads, with flow and block entries and one warning', () => {
    const { plan } = editAndCheck(fixture('messy-plan.yaml'), { kind: 'setField', name: 'Dana Lee', field: 'next', value: '2027-01-01' });
    assert.equal(plan.people.length, 4);
    assert.equal(plan.problems.length, 1);
  });
});
