/** Import core: the guessed columns, rows into people, people left out, and the one append edit. */
import assert from 'node:assert/strict';
import { applyEdit, EditError, readPlan } from '../../../../src/core';
import { verifyAddedPeople } from '../../../../src/core/edit';
import { guessMapping, importEdit, rowsToContacts, selectNew, splitEmails, type ImportTable } from '../../../../src/core/import';

const PLAN = `# my plan
people:
  - name: Marcus Chen   # the staff engineer
    lists: [like]
  - name: Zoë Brandt
    lists: [help]
journal: []
`;

function table(header: string[], rows: string[][]): ImportTable {
  return { header, headerLine: 1, rows: rows.map((cells, i) => ({ line: i + 2, cells })) };
}

describe('core/import', () => {
  it('guesses the columns in any order, ignoring case, spaces and punctuation', () => {
    assert.deepEqual(guessMapping(['notes', ' E-Mail ', 'POSITION', 'company', 'last name', 'FirstName']), {
      firstName: 5,
      lastName: 4,
      company: 3,
      title: 2,
      email: 1,
      notes: 0,
    });
    assert.deepEqual(guessMapping(['Name', 'Title', 'Email']), { name: 0, title: 1, email: 2 });
  });

  it('prefers Job Title over an Outlook salutation "Title", and takes "E-mail 1 - Value" for the address', () => {
    const mapping = guessMapping(['Title', 'First Name', 'Last Name', 'Job Title', 'E-mail 1 - Value']);
    assert.equal(mapping.title, 3);
    assert.equal(mapping.email, 4);
  });

  it('turns rows into people with role, emails and notes; bad rows carry their lines', () => {
    const t = table(
      ['First Name', 'Last Name', 'Company', 'Position', 'Email', 'Notes'],
      [
        ['Dana', 'Lee', 'Larkspur', 'Engineer', 'dana@larkspur.example', 'Met at\r\nthe offsite '],
        ['', '', 'Larkspur', 'Manager', 'x@larkspur.example', ''],
        ['Ana', 'Silva', 'Larkspur', '', 'not-an-address; ana@larkspur.example', ''],
        ['Short', 'Row'],
      ],
    );
    const read = rowsToContacts(t, guessMapping(t.header));
    assert.deepEqual(read.contacts, [
      { line: 2, name: 'Dana Lee', role: 'Engineer, Larkspur', emails: ['dana@larkspur.example'], notes: 'Met at\nthe offsite' },
      { line: 4, name: 'Ana Silva', role: 'Larkspur', emails: ['ana@larkspur.example'] },
    ]);
    assert.deepEqual(read.bad.map((b) => b.line), [3, 5]);
    assert.match(read.bad[0].message, /no name/);
    assert.match(read.bad[1].message, /2 fields, the header 6/);
    assert.deepEqual(read.warnings.map((w) => w.line), [4]);
  });

  it('reports a table without a name column on the header line', () => {
    const read = rowsToContacts(table(['Company', 'Email'], [['Larkspur', 'a@b.example']]), guessMapping(['Company', 'Email']));
    assert.equal(read.contacts.length, 0);
    assert.deepEqual(read.bad.map((b) => b.line), [1]);
  });

  it('splits addresses and keeps the words that are not one', () => {
    assert.deepEqual(splitEmails('a@x.example, <b@y.example>; mailto:a@x.example bad'), { emails: ['a@x.example', 'b@y.example'], rejected: ['bad'] });
  });

  it('leaves out people already in the plan (case and Unicode normalization) and repeats in the file', () => {
    const plan = readPlan(PLAN);
    const contacts = [
      { line: 2, name: 'MARCUS CHEN', emails: [] },
      { line: 3, name: 'Zoe\u0308 Brandt', emails: [] },
      { line: 4, name: 'Dana Lee', emails: [] },
      { line: 5, name: 'dana  lee'.replace('  ', ' '), emails: [] },
    ];
    const { toImport, skipped } = selectNew(plan, contacts);
    assert.deepEqual(toImport.map((c) => c.line), [4]);
    assert.deepEqual(
      skipped.map((s) => [s.contact.line, s.reason, s.matches, s.firstLine]),
      [
        [2, 'in-plan', 'Marcus Chen', undefined],
        [3, 'in-plan', 'Zoë Brandt', undefined],
        [5, 'repeated', 'Dana Lee', 4],
      ],
    );
  });

  it('appends the chosen people in one splice, every other byte kept', () => {
    const plan = readPlan(PLAN);
    const edit = importEdit(
      [
        { line: 2, name: 'Dana Lee', role: 'Engineer, Larkspur', emails: ['dana@larkspur.example'], notes: 'Met at\nthe offsite' },
        { line: 3, name: 'Ana Silva', emails: ['a@x.example', 'b@x.example'] },
      ],
      ['like', 'help'],
    );
    assert.ok(edit);
    const out = applyEdit(PLAN, edit, plan);
    const at = PLAN.indexOf('journal:');
    assert.ok(out.startsWith(PLAN.slice(0, at)));
    assert.ok(out.endsWith(PLAN.slice(at)));
    assert.equal(out.length - PLAN.length, out.indexOf('journal:') - at);
    const after = readPlan(out);
    assert.deepEqual(after.problems, []);
    assert.deepEqual(
      after.people.slice(2).map((p) => [p.name, p.lists, p.role, p.emails, p.notes]),
      [
        ['Dana Lee', ['like', 'help'], 'Engineer, Larkspur', ['dana@larkspur.example'], 'Met at\nthe offsite'],
        ['Ana Silva', ['like', 'help'], undefined, ['a@x.example', 'b@x.example'], undefined],
      ],
    );
  });

  it('has no edit for nobody, and appends into an empty or flow people list', () => {
    assert.equal(importEdit([], ['like']), undefined);
    for (const text of ['people: []\n', 'people: [{name: A}]\n', 'settings: {}\n']) {
      const edit = importEdit([{ line: 2, name: 'Dana Lee', emails: [] }, { line: 3, name: 'Ana Silva', emails: [] }], []);
      const out = applyEdit(text, edit!);
      assert.deepEqual(readPlan(out).people.slice(-2).map((p) => p.name), ['Dana Lee', 'Ana Silva'], out);
    }
  });

  it('checks many new people in the whole result read back, and refuses one that reads differently', () => {
    const people = [
      { name: 'Ada Lovelace', lists: ['like' as const], role: 'Engineer, Analytical', email: 'ada@example.com', notes: 'Two\nlines' },
      { name: 'Grace Hopper', email: ['g@example.com', 'grace@example.com'] },
    ];
    const before = readPlan(PLAN);
    const text = applyEdit(PLAN, { kind: 'addPeople', people }, before);
    assert.doesNotThrow(() => verifyAddedPeople(before, readPlan(text), people));
    for (const [what, tampered] of [
      ['a role', text.replace('role: Engineer, Analytical', 'role: Engineer')],
      ['an address', text.replace('grace@example.com', 'grace@example.org')],
      ['a stage nobody asked for', text.replace('  - name: Grace Hopper\n', '  - name: Grace Hopper\n    stage: building\n')],
      ['a person left out', text.slice(0, text.indexOf('  - name: Grace Hopper'))],
    ]) {
      assert.notEqual(tampered, text, what);
      assert.throws(() => verifyAddedPeople(before, readPlan(tampered), people), EditError, what);
    }
  });
});
