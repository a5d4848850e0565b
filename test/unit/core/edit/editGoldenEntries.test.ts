/** Golden edits of the messy plan: lists, rename, remove, add, log (see editGolden.ts). */
import assert from 'node:assert/strict';
import { runGoldenCases, person, type GoldenCase } from './editGolden';
import { personIn } from './editHelpers';

const CASES: GoldenCase[] = [
  {
    title: 'adds to an empty flow list',
    edit: { kind: 'addToList', name: 'NO', list: 'like' },
    removed: ['    lists: []'],
    added: ['    lists: [like]'],
    check: (plan) => assert.deepEqual(person(plan, 'No').lists, ['like']),
  },
  {
    title: 'removes from a block list (the item line and its comment)',
    edit: { kind: 'removeFromList', name: "Sam O'Neil", list: 'help' },
    removed: ['        - help                  # career'],
    added: [],
    removedComments: ['# career'],
    check: (plan) => assert.deepEqual(person(plan, "Sam O'Neil").lists, ['like']),
  },
  {
    title: 'adds to a flow list inside a flow entry',
    edit: { kind: 'addToList', name: 'flo park', list: 'help' },
    removed: ['  - {name: Flo Park, lists: [like], cadence: monthly}   # flow entry'],
    added: ['  - {name: Flo Park, lists: [like, help], cadence: monthly}   # flow entry'],
    check: (plan) => assert.deepEqual(person(plan, 'Flo Park').lists, ['like', 'help']),
  },
  {
    title: 'renames, and the journal follows (plain, flow list, any case)',
    edit: { kind: 'rename', name: 'dana lee', newName: 'Dana Lee-Smith' },
    removed: ['  - name: Dana Lee              # director', '    with: Dana Lee              # lunch', "  - with: [dana lee, 'Sam O''Neil']   # odd order"],
    added: ['  - name: Dana Lee-Smith              # director', '    with: Dana Lee-Smith              # lunch', "  - with: [Dana Lee-Smith, 'Sam O''Neil']   # odd order"],
    check: (plan) => {
      assert.equal(person(plan, 'Dana Lee-Smith').role, 'Director, Platform');
      assert.deepEqual(plan.journal.map((e) => e.with), [['Dana Lee-Smith'], ['Dana Lee-Smith', "Sam O'Neil"], ['Flo Park', 'Someone Else']]);
    },
  },
  {
    title: 'renames to a name that needs quotes, keeping single quotes',
    edit: { kind: 'rename', name: "sam o'neil", newName: "Sam: O'Neil" },
    removed: ["      name: 'Sam O''Neil'", "  - with: [dana lee, 'Sam O''Neil']   # odd order"],
    added: ["      name: 'Sam: O''Neil'", "  - with: [dana lee, 'Sam: O''Neil']   # odd order"],
    check: (plan) => assert.deepEqual(plan.journal[1].with, ['dana lee', "Sam: O'Neil"]),
  },
  {
    title: 'removes a person: the entry lines go, the comment before it and the blank lines stay',
    edit: { kind: 'removePerson', name: 'No' },
    removed: ['  - name: "No"                  # yes, really named No', '    stage: paused', '    lists: []', '    how:                        # to be decided'],
    added: [],
    removedComments: ['# yes, really named No', '# to be decided'],
    check: (plan) => assert.deepEqual(plan.people.map((p) => p.name), ['Dana Lee', "Sam O'Neil", 'Flo Park']),
  },
  {
    title: 'removes a person with a block scalar and comments inside the entry',
    edit: { kind: 'removePerson', name: "Sam O'Neil" },
    removed: [
      '  -   stage: established        # odd: name is not first',
      "      name: 'Sam O''Neil'",
      '      lists:',
      '        - help                  # career',
      '        - like',
      '      topics:',
      '        - "k8s: the hard way"',
      '        # more topics later',
      '      notes: |',
      '        Two lines',
      '        of notes.',
    ],
    added: [],
    removedComments: ['# odd: name is not first', '# career', '# more topics later'],
    newProblems: [`unknown-person: "Sam O'Neil" is not in people: add them to people (or fix the spelling) so this contact counts.`],
    check: (plan) => {
      assert.equal(personIn(plan, "Sam O'Neil"), undefined);
      assert.deepEqual(plan.journal[1].with, ['dana lee', "Sam O'Neil"], 'the journal is history and stays');
    },
  },
  {
    title: 'removes a flow entry line',
    edit: { kind: 'removePerson', name: 'Flo Park' },
    removed: ['  - {name: Flo Park, lists: [like], cadence: monthly}   # flow entry'],
    added: [],
    removedComments: ['# flow entry'],
    newProblems: ['unknown-person: "Flo Park" is not in people: add them to people (or fix the spelling) so this contact counts.'],
    check: (plan) => assert.equal(plan.people.length, 3),
  },
  {
    title: 'adds a person after the last entry, before the comment at column zero',
    edit: { kind: 'addPerson', person: { name: 'Eve Adams', lists: ['like', 'help'], stage: 'planned', how: 'Intro via Dana', topics: ['security'] } },
    removed: [],
    added: ['  - name: Eve Adams', '    lists: [like, help]', '    stage: planned', '    how: Intro via Dana', '    topics: [security]'],
    after: '    how:                        # to be decided',
    check: (plan) => {
      const eve = person(plan, 'Eve Adams');
      assert.deepEqual([eve.lists, eve.stage, eve.how, eve.topics, eve.index], [['like', 'help'], 'planned', 'Intro via Dana', ['security'], 4]);
    },
  },
  {
    title: 'logs a contact with two people (canonical names) after the last entry, before the end comment',
    edit: { kind: 'logContact', date: '2026-11-22', with: ['flo park', 'DANA LEE'], note: 'Coffee: all three of us', got: 'A book tip' },
    removed: [],
    added: ['  - date: 2026-11-22', '    with: [Flo Park, Dana Lee]', '    note: "Coffee: all three of us"', '    got: A book tip'],
    after: '      - Someone Else            # not in people',
    check: (plan) => {
      const entry = plan.journal[plan.journal.length - 1];
      assert.deepEqual([entry.date, entry.with, entry.note, entry.got, entry.gave], ['2026-11-22', ['Flo Park', 'Dana Lee'], 'Coffee: all three of us', 'A book tip', undefined]);
    },
  },
];

describe('core/edit golden entry edits of a messy plan', () => {
  runGoldenCases(CASES);
});
