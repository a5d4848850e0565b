/** Appending to `people` / `journal` however they are written: empty, missing, flow, at the end of the file. */
import assert from 'node:assert/strict';
import { applyEdit, EditError, type PlanEdit } from '../../../../src/core/edit';
import { readPlan } from '../../../../src/core';
import { editAndCheck } from './editHelpers';

const LOG: PlanEdit = { kind: 'logContact', date: '2026-11-21', with: ['dana'], note: 'coffee' };
const ADD: PlanEdit = { kind: 'addPerson', person: { name: 'Eve', lists: ['like'] } };
const ENTRY = ['  - date: 2026-11-21', '    with: Dana', '    note: coffee'];

function expectText(before: string, edit: PlanEdit, after: string): void {
  assert.equal(editAndCheck(before, edit).out, after);
}

describe('core/edit sections', () => {
  it('fills an empty journal: nothing, [], ~ (keeping the comment)', () => {
    const people = 'people:\n  - name: Dana\n';
    expectText(`${people}journal:\n`, LOG, `${people}journal:\n${ENTRY.join('\n')}\n`);
    expectText(`${people}journal: []  # none yet\n`, LOG, `${people}journal:  # none yet\n${ENTRY.join('\n')}\n`);
    expectText(`${people}journal: ~\nsettings: {}\n`, LOG, `${people}journal:\n${ENTRY.join('\n')}\nsettings: {}\n`);
    expectText(`${people}journal:`, LOG, `${people}journal:\n${ENTRY.join('\n')}`);
  });

  it('adds a missing section at the end, after a final line break', () => {
    expectText('people:\n  - name: Dana\n', LOG, `people:\n  - name: Dana\njournal:\n${ENTRY.join('\n')}\n`);
    expectText('people:\n  - name: Dana', LOG, `people:\n  - name: Dana\njournal:\n${ENTRY.join('\n')}\n`);
    expectText('version: 1  # v', ADD, 'version: 1  # v\npeople:\n  - name: Eve\n    lists: [like]\n');
    expectText('', ADD, 'people:\n  - name: Eve\n    lists: [like]\n');
    expectText('# just comments\n', ADD, '# just comments\npeople:\n  - name: Eve\n    lists: [like]\n');
  });

  it('follows the file: item indentation, key indentation, document end marker', () => {
    expectText('people:\n- name: Dana\n', LOG, 'people:\n- name: Dana\njournal:\n- date: 2026-11-21\n  with: Dana\n  note: coffee\n');
    expectText('  people:\n    - name: Dana\n', LOG, '  people:\n    - name: Dana\n  journal:\n    - date: 2026-11-21\n      with: Dana\n      note: coffee\n');
    expectText('people:\n-   name: Dana\n    how: x\n', ADD, 'people:\n-   name: Dana\n    how: x\n-   name: Eve\n    lists: [like]\n');
    expectText('people:\n  - name: Dana\n...\n# after\n', LOG, `people:\n  - name: Dana\njournal:\n${ENTRY.join('\n')}\n...\n# after\n`);
  });

  it('keeps CRLF and a byte-order mark', () => {
    const text = '\ufeffpeople:\r\n  - name: Dana\r\njournal:\r\n  - date: 2026-11-20\r\n    with: Dana\r\n';
    const out = editAndCheck(text, LOG).out;
    assert.equal(out, `${text}${ENTRY.join('\r\n')}\r\n`);
    const first = editAndCheck('\ufeffjournal: []\r\npeople:\r\n  - name: Dana\r\n', LOG).out;
    assert.equal(first, `\ufeffjournal:\r\n${ENTRY.join('\r\n')}\r\npeople:\r\n  - name: Dana\r\n`);
    const added = editAndCheck('\ufeffversion: 1\r\n', ADD).out;
    assert.equal(added, '\ufeffversion: 1\r\npeople:\r\n  - name: Eve\r\n    lists: [like]\r\n');
  });

  it('appends to flow sequences in flow style', () => {
    const text = '{people: [{name: Dana}], journal: [{date: 2026-01-01, with: Dana}]}';
    expectText(text, LOG, '{people: [{name: Dana}], journal: [{date: 2026-01-01, with: Dana}, {date: 2026-11-21, with: Dana, note: coffee}]}');
    expectText(text, ADD, '{people: [{name: Dana}, {name: Eve, lists: [like]}], journal: [{date: 2026-01-01, with: Dana}]}');
    expectText('people: [\n  {name: Dana},  # first\n]\n', ADD, 'people: [\n  {name: Dana}, {name: Eve, lists: [like]},  # first\n]\n');
  });

  it('keeps a kept block scalar whole when appending after it', () => {
    const text = 'people:\n  - name: Dana\n    notes: |+\n      keep\n\n\n';
    const { plan } = editAndCheck(text, ADD);
    assert.equal(plan.people[0].notes, 'keep\n\n\n');
    assert.equal(plan.people[1].name, 'Eve');
  });

  it('removes the only person, leaving people: []', () => {
    expectText('people:   # mine\n  - name: Dana\n    how: x\n# end\n', { kind: 'removePerson', name: 'dana' }, 'people: []   # mine\n# end\n');
    expectText('people: [{name: Dana}, {name: Bo}]\n', { kind: 'removePerson', name: 'bo' }, 'people: [{name: Dana}]\n');
    expectText('people: [{name: Dana}, {name: Bo}]\n', { kind: 'removePerson', name: 'dana' }, 'people: [{name: Bo}]\n');
    expectText('people: [ {name: Dana} ]\n', { kind: 'removePerson', name: 'dana' }, 'people: [  ]\n');
  });

  it('removes from a multi-line flow list, keeping the comments between the entries', () => {
    const text = 'people: [\n  {name: Dana, stage: building},  # first\n  {\n    name: Sam,   # second\n    stage: paused\n  },\n]\n';
    expectText(text, { kind: 'removePerson', name: 'dana' }, 'people: [\n  # first\n  {\n    name: Sam,   # second\n    stage: paused\n  },\n]\n');
    const noTrailingComma = 'people: [\n  {name: Dana},  # first\n  {name: Sam}\n]\n';
    expectText(noTrailingComma, { kind: 'removePerson', name: 'sam' }, 'people: [\n  {name: Dana}  # first\n  \n]\n');
  });

  it('refuses a plan with lone CR (old Mac) line breaks rather than join one into a CRLF', () => {
    // The reader reports lone CRs as a syntax error, so the edit is refused before it is made.
    assert.throws(() => applyEdit('# old mac\rversion: 1\r', ADD), (e: unknown) => e instanceof EditError && e.code === 'syntax');
  });

  it('removes and appends after an entry whose "-" stands on its own line', () => {
    expectText('people:\n  -\n    name: Dana\n    how: x\n  - name: B\n', { kind: 'removePerson', name: 'dana' }, 'people:\n  - name: B\n');
    expectText('people:\n  -\n    name: Dana\n', ADD, 'people:\n  -\n    name: Dana\n  - name: Eve\n    lists: [like]\n');
  });

  it('puts the entry inside an empty [ ] that spans lines or sits in a { } plan', () => {
    expectText('people: [\n  # none yet\n]\n', ADD, 'people: [{name: Eve, lists: [like]}\n  # none yet\n]\n');
    expectText('{people: [{name: Dana}], journal: []}', LOG, '{people: [{name: Dana}], journal: [{date: 2026-11-21, with: Dana, note: coffee}]}');
  });

  it('adds a list to an entry without one, as a flow list', () => {
    expectText('people:\n  - name: Dana   # hi\n', { kind: 'addToList', name: 'Dana', list: 'help' }, 'people:\n  - name: Dana   # hi\n    lists: [help]\n');
    expectText('people:\n  - name: Dana\n    lists: like\n', { kind: 'addToList', name: 'Dana', list: 'help' }, 'people:\n  - name: Dana\n    lists: [like, help]\n');
    expectText('people:\n  - name: Dana\n    lists:\n', { kind: 'addToList', name: 'Dana', list: 'help' }, 'people:\n  - name: Dana\n    lists: [help]\n');
  });

  it('rewrites a block list in place when the order changes, reuses the last line at the end of the file, removes it when emptied', () => {
    const text = 'people:\n  - name: Dana\n    topics:\n      - a   # first\n      - b';
    expectText(text, { kind: 'setField', name: 'Dana', field: 'topics', value: ['b', 'a', 'c'] }, 'people:\n  - name: Dana\n    topics:\n      - b   # first\n      - a\n      - c');
    expectText(text, { kind: 'setField', name: 'Dana', field: 'topics', value: ['a', 'c'] }, 'people:\n  - name: Dana\n    topics:\n      - a   # first\n      - c');
    assert.equal(applyEdit(text, { kind: 'setField', name: 'Dana', field: 'topics', value: [] }), 'people:\n  - name: Dana\n');
  });

  it('writes unknown names in the journal as given, and known ones as the plan spells them', () => {
    const text = 'people:\n  - name: Dana Lee\njournal: []\n';
    const out = applyEdit(text, { kind: 'logContact', date: '2026-11-21', with: [' dana lee ', 'Zed', 'DANA LEE'] });
    assert.deepEqual(readPlan(out).journal[0].with, ['Dana Lee', 'Zed']);
  });
});
