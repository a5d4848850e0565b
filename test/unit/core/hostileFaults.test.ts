import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { applyEdit, EditError, type PlanEdit } from '../../../src/core/edit';
import { deriveView, nameKey } from '../../../src/core';
import { MAX_PLAN_BYTES, PlanReader, readPlan, tooLargePlan } from '../../../src/core';

const LOG: PlanEdit = { kind: 'logContact', date: '2026-11-01', with: ['Ana'] };
const ANA = 'version: 1\npeople:\n  - name: Ana\n';

function applied(text: string, edit: PlanEdit): string {
  const result = applyEdit(text, edit);
  assert.deepEqual(readPlan(result).problems, [], `the result checks clean:\n${result}`);
  return result;
}

describe('edits found to write plans their checker rejects', () => {
  it('keeps the space before a comment after an empty section key', () => {
    assert.equal(applied(`${ANA}journal: # none yet\n`, LOG), `${ANA}journal: # none yet\n  - date: 2026-11-01\n    with: Ana\n`);
    assert.equal(applied(`${ANA}journal:\t# none yet\n`, LOG), `${ANA}journal:\t# none yet\n  - date: 2026-11-01\n    with: Ana\n`);
    assert.equal(applied(`${ANA}'journal': # c`, LOG), `${ANA}'journal': # c\n  - date: 2026-11-01\n    with: Ana`);
    assert.equal(applied(`${ANA}journal: ~ # c\n`, LOG), `${ANA}journal: # c\n  - date: 2026-11-01\n    with: Ana\n`);
    assert.equal(applied('version: 1\npeople: # comment\n', { kind: 'addPerson', person: { name: 'Bo' } }), 'version: 1\npeople: # comment\n  - name: Bo\n');
  });

  it('adds a section before blank lines holding tabs at the end, not after them', () => {
    const text = `${ANA}settings:\n\t\n`;
    assert.equal(applied(text, LOG), `${ANA}settings:\njournal:\n  - date: 2026-11-01\n    with: Ana\n\t\n`);
    assert.equal(applied(`${ANA}settings:\r\n\t \r\n`.replace(/\n/g, '\n'), LOG).endsWith('with: Ana\n\t \r\n'), true);
  });

  it('removes a person after one whose notes keep their final line breaks without adding to them', () => {
    const text = 'people:\n  - name: A\n    notes: |+\n      keep\n\n  - name: B\n\n\njournal: []\n';
    assert.equal(readPlan(text).people[0].notes, 'keep\n\n');
    const result = applyEdit(text, { kind: 'removePerson', name: 'B' });
    assert.equal(readPlan(result).people[0].notes, 'keep\n\n');
    assert.equal(result, 'people:\n  - name: A\n    notes: |+\n      keep\n\njournal: []\n');
  });

  it('refuses an edit whose whole result reads back with a new problem, or with another entry changed', () => {
    const text = `${ANA}  - name: Bo\njournal: []\n`;
    const refused = (read: (t: string) => ReturnType<typeof readPlan>, pattern: RegExp) =>
      assert.throws(() => applyEdit(text, LOG, readPlan(text), read), (e: unknown) => e instanceof EditError && pattern.test(e.message) && /Nothing was changed/.test(e.message));
    refused((t) => readPlan(`${t}  - [\n`), /would read back with a new problem \(/);
    refused((t) => readPlan(t.replace('name: Bo', 'name: Bob')), /another person in the plan would read differently/);
    refused((t) => readPlan(t.replace('date: 2026-11-01', 'date: 2026-11-02').replace('journal:', 'journal:\n  - date: 2026-01-01\n    with: Bo')), /journal entry would read differently|new problem/);
    // Through a reader that has read the text, as the CLI and the extension check: the same result.
    const reader = new PlanReader();
    const plan = reader.read(text);
    assert.equal(applyEdit(text, LOG, plan, (t) => reader.read(t)), applyEdit(text, LOG));
  });
});

describe('names compared after Unicode normalization and case folding', () => {
  it('gives one key to a name written composed or decomposed, in any case, with ß and İ folded', () => {
    assert.equal(nameKey(' Jos\u00e9 '), nameKey('JOSE\u0301'));
    assert.equal(nameKey('Stra\u00dfe'), nameKey('STRASSE'));
    assert.equal(nameKey('\u1e9e'), nameKey('ss'));
    assert.equal(nameKey('\u0130pek'), nameKey('i\u0307pek'));
    assert.equal(nameKey('Dana Lee'), 'dana lee');
    assert.notEqual(nameKey('Jos\u00e9'), nameKey('Jose'));
  });

  it('counts a journal contact named the other way, finds duplicates, and warns of no unknown person', () => {
    const text = 'people:\n  - name: "Jos\u00e9"\n    stage: building\n    cadence: weekly\n  - name: "Stra\u00dfe"\n  - name: STRASSE\njournal:\n  - date: 2026-11-20\n    with: "JOSE\u0301"\n';
    const plan = readPlan(text);
    assert.deepEqual(plan.problems.map((p) => p.code), ['duplicate-name']);
    assert.equal(deriveView(plan, '2026-11-30').byKey.get(nameKey('jos\u00e9'))?.lastContact, '2026-11-20');
  });
});

describe('the size limit and messages', () => {
  it('refuses a text past the size limit with a too-large problem, and edits of it', () => {
    const plan = tooLargePlan(MAX_PLAN_BYTES + 10);
    assert.deepEqual(plan.problems.map((p) => [p.code, p.severity]), [['too-large', 'error']]);
    assert.equal(plan.syntaxOk, false);
    assert.match(plan.problems[0].message, /too large to be a plan \(32 MB or more; plans are read up to 32 MB\)/);
    assert.equal(readPlan(' '.repeat(MAX_PLAN_BYTES + 1)).problems[0].code, 'too-large');
    assert.throws(() => applyEdit('people: []\n', LOG, plan), /too large/);
  });

  it('states the rule for maxNewRelationships', () => {
    for (const value of ['1001', '-1', '"3"', '2.5']) {
      const [problem] = readPlan(`settings:\n  maxNewRelationships: ${value}\n`).problems;
      assert.match(problem.message, /maxNewRelationships should be a whole number from 0 to 1000 \(unquoted\), like 3/);
    }
  });

  it('says what is wrong with a { } journal, an empty section of a { } plan, and a blank "-" item', () => {
    const refusal = (text: string) => {
      try {
        applyEdit(text, LOG);
      } catch (error) {
        return (error as Error).message;
      }
      return 'applied';
    };
    assert.match(refusal(`${ANA}journal: {}\n`), /holds a \{ \} mapping, not a list of entries/);
    assert.match(refusal('{people: [{name: Ana}], journal: null}\n'), /written as one \{ \} block, and its empty "journal" cannot be filled in safely/);
    const [blank] = readPlan(`${ANA}journal:\n  -\n`).problems;
    assert.match(blank.message, /this "-" has nothing after it/);
    assert.doesNotMatch(blank.message, /not a text/);
  });

  it('reports a problem inside an aliased value once where it is written and once at each alias', () => {
    const text = 'people:\n  - name: Ana\n    lists: &l [lkie]\n  - name: Bo\n    lists: *l\n';
    const spans = readPlan(text).problems.map((p) => text.slice(p.span.start, p.span.end));
    assert.deepEqual(spans, ['lkie', '*l']);
  });

  it('lets no warning of the YAML library reach the console', () => {
    const script = `require(${JSON.stringify(path.resolve(__dirname, '../../../src/core/index.js'))}).applyEdit('people:\\n  - name: Ana\\njournal:\\n  - date: 2026-11-01\\n    with: Ana\\n    ? [a]\\n    : 1\\n', { kind: 'logContact', date: '2026-11-02', with: ['Ana'] })`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
  });
});
