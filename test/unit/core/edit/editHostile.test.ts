/** Hostile names and values, and odd files: each edit reads back exactly, or is refused with the text untouched. */
import assert from 'node:assert/strict';
import { applyEdit, EditError, type PlanEdit } from '../../../../src/core/edit';
import { readPlan } from '../../../../src/core';
import { commentsOf, editAndCheck, HOSTILE_TEXTS, lineDiff, personIn } from './editHelpers';

const PLAN = 'people:\n  - name: Dana Lee   # d\n    how: lunch\njournal:\n  - date: 2026-11-19\n    with: [Dana Lee, Sam]   # s\n';
const NAMES = HOSTILE_TEXTS.filter((text) => text.trim() !== '' && text.trim().toLowerCase() !== 'dana lee');

const unknownPerson = (name: string): string =>
  `unknown-person: "${name}" is not in people: add them to people (or fix the spelling) so this contact counts.`;

describe('core/edit with hostile input', () => {
  for (const variant of [
    { label: 'LF', text: PLAN },
    { label: 'CRLF with a byte-order mark', text: `\ufeff${PLAN.replace(/\n/g, '\r\n')}` },
  ]) {
    it(`adds people with hostile names and reads them back exactly (${variant.label})`, () => {
      for (const name of NAMES) {
        const { out, plan } = editAndCheck(variant.text, { kind: 'addPerson', person: { name, how: name } });
        const added = plan.people[plan.people.length - 1];
        assert.equal(added.name, name.trim(), JSON.stringify(name));
        assert.equal(added.how, name.trim());
        assert.deepEqual(lineDiff(variant.text, out).removed, [], 'only lines added');
      }
    });

    it(`renames to hostile names; the journal follows (${variant.label})`, () => {
      for (const name of NAMES) {
        const { plan } = editAndCheck(variant.text, { kind: 'rename', name: 'dana lee', newName: name });
        assert.equal(personIn(plan, name)?.name, name.trim(), JSON.stringify(name));
        assert.deepEqual(plan.journal[0].with, [name.trim(), 'Sam']);
      }
    });

    it(`logs contacts with hostile names and sets hostile values (${variant.label})`, () => {
      for (const name of NAMES) {
        const trimmed = name.trim();
        const { plan } = editAndCheck(variant.text, { kind: 'logContact', date: '2026-11-20', with: [name], note: name }, [], [unknownPerson(trimmed)]);
        const entry = plan.journal[plan.journal.length - 1];
        assert.deepEqual([entry.with, entry.note], [[trimmed], trimmed], JSON.stringify(name));
        const set = editAndCheck(variant.text, { kind: 'setField', name: 'Dana Lee', field: 'notes', value: name }).plan;
        assert.equal(personIn(set, 'Dana Lee')?.notes, trimmed);
      }
    });
  }

  it('handles odd files: each edit either reads back or is refused, never damaging the text', () => {
    const odd = [
      'people:\n\t- name: Dana\n',
      'people:\r\n  - name: Dana\n  - name: Bo\r\njournal:\r  - date: 2026-11-19\r    with: Dana\n',
      'people:\n  - name: Dana\n---\npeople: []\n',
      'people:\n  - name: Dana\u0000\n',
      'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\npeople:\n  - name: Dana\n',
      'people:\n  - name: Dana\n    <<: {how: x}\n',
      'people:\n  - name: 2024\n  - name: no\n  - {name: "Flo", lists: [like,help]}\n',
      'people:\n  - name: Dana\n    next: 12/03/2026\n    cadence: sometimes\n',
      '# only a comment',
      '\ufeff',
      'people:\n  - name: Dana\n    notes: >-\n      folded\n      text\n\n\n# end',
      '%YAML 1.2\n---\npeople:\n  - name: Dana\n...\n',
      'people:\n  - name: Dana\n    how: "multi\n      line"\n',
    ];
    const edits: PlanEdit[] = [
      { kind: 'addPerson', person: { name: 'Eve', lists: ['help'] } },
      { kind: 'logContact', date: '2026-11-20', with: ['Dana'] },
      { kind: 'setField', name: 'Dana', field: 'how', value: 'coffee' },
      { kind: 'setField', name: 'Dana', field: 'next', value: '2026-12-24' },
      { kind: 'addToList', name: 'Dana', list: 'like' },
      { kind: 'rename', name: 'Dana', newName: 'Dana L' },
      { kind: 'removePerson', name: 'Dana' },
    ];
    for (const text of odd) {
      const before = readPlan(text);
      for (const edit of edits) {
        let out: string;
        try {
          out = applyEdit(text, edit, before);
        } catch (error) {
          assert.ok(error instanceof EditError, `${JSON.stringify(text)} ${edit.kind}: ${String(error)}`);
          continue;
        }
        const after = readPlan(out);
        assert.ok(after.syntaxOk, `${JSON.stringify(text)} ${edit.kind} gave ${JSON.stringify(out)}`);
        if (edit.kind !== 'removePerson' && edit.kind !== 'setField') {
          assert.deepEqual(commentsOf(out), commentsOf(text));
        }
        if (edit.kind === 'addPerson') assert.ok(personIn(after, 'Eve'), JSON.stringify(out));
        if (edit.kind === 'rename') assert.ok(personIn(after, 'Dana L'), JSON.stringify(out));
      }
    }
  });
});
