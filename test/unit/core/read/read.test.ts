import assert from 'node:assert/strict';
import { defaultSettings, LineIndex, readPlan, type Plan, type Problem } from '../../../../src/core';

/** Problems as `code@line:col "source text"` (1-based), the way a user would locate them. */
function located(text: string, plan: Plan = readPlan(text)): string[] {
  const lines = new LineIndex(text);
  return plan.problems.map((p: Problem) => {
    const at = lines.positionAt(p.span.start);
    return `${p.code}@${at.line + 1}:${at.character + 1} ${JSON.stringify(text.slice(p.span.start, p.span.end))}`;
  });
}

const VALID = `# My plan
version: 1
settings:
  maxNewRelationships: 2   # a few at a time
  defaultCadence: every 3 weeks
people:
  - name: Dana Lee
    lists: [like, help]
    stage: building
    role: Director, Platform
    how: Sit near her at the Monday staff meeting
    cadence: every 2 weeks
    next: 2026-12-03
    topics: [platform roadmap, mentoring]
    notes: Met at the offsite.
  - name: Sam Okafor
    lists:
      - help
journal:
  - date: 2026-11-19
    with: Dana Lee
    note: Lunch
    gave: An article
    got: An intro
  - date: 2026-11-20
    with: [dana lee , Sam Okafor]
`;

describe('readPlan', () => {
  it('reads every field of a valid plan with no problems', () => {
    const plan = readPlan(VALID);
    assert.deepEqual(plan.problems, []);
    assert.equal(plan.syntaxOk, true);
    assert.equal(plan.version, 1);
    assert.deepEqual(plan.settings, { ...defaultSettings(), maxNewRelationships: 2, defaultCadence: { count: 3, unit: 'week' }, defaultCadenceText: 'every 3 weeks' });
    const [dana, sam] = plan.people;
    assert.equal(dana.name, 'Dana Lee');
    assert.equal(dana.key, 'dana lee');
    assert.deepEqual(dana.lists, ['like', 'help']);
    assert.equal(dana.stage, 'building');
    assert.equal(dana.role, 'Director, Platform');
    assert.deepEqual(dana.cadence, { count: 2, unit: 'week' });
    assert.equal(dana.cadenceText, 'every 2 weeks');
    assert.equal(dana.next, '2026-12-03');
    assert.deepEqual(dana.topics, ['platform roadmap', 'mentoring']);
    assert.equal(VALID.slice(dana.fields.how!.start, dana.fields.how!.end), 'Sit near her at the Monday staff meeting');
    assert.equal(sam.stage, 'planned');
    assert.deepEqual(sam.lists, ['help']);
    assert.deepEqual(sam.cadence, { count: 3, unit: 'week' }, 'the default cadence applies');
    assert.deepEqual(plan.journal[1].with, ['dana lee', 'Sam Okafor']);
    assert.deepEqual(plan.journal[1].withKeys, ['dana lee', 'sam okafor']);
    assert.equal(plan.journal[0].got, 'An intro');
  });

  it('says where the people and journal sequences are and how they are written', () => {
    const plan = readPlan(VALID);
    const people = plan.sections.people!;
    assert.equal(VALID.slice(people.keySpan.start, people.keySpan.end), 'people');
    assert.equal(people.kind, 'block');
    assert.equal(people.itemIndent, 2);
    assert.ok(VALID.slice(people.valueSpan.start).startsWith('- name: Dana Lee'));
    assert.ok(VALID.slice(0, people.valueSpan.end).endsWith('      - help\n'), 'through the line break of the last value');
    assert.equal(readPlan('people: []\njournal:\n').sections.people!.kind, 'empty');
    assert.equal(readPlan('people: []\njournal:\n').sections.journal!.kind, 'empty');
    assert.equal(readPlan('people: [{name: A}]\n').sections.people!.kind, 'flow');
    assert.equal(readPlan('a: 1\r\nb: 2\r\n').eol, '\r\n');
    assert.equal(readPlan(VALID).eol, '\n');
  });

  it('reports each problem code at its exact position', () => {
    const text = [
      'version: 1',
      'settings:',
      '  maxNewRelationships: 1',
      '  defaultCadense: every week',
      'people:',
      '  - name: Ann',
      '    lists: [like, halp]',
      '    stage: buildng',
      '    cadence: every fortnight',
      '    next: 2026-02-30',
      '  - lists: [like]',
      '  - name: " ann "',
      '    stage: building',
      '  - name: Bo',
      '    stage: building',
      '  - name: Cy',
      '    stage: building',
      '    topics: {a: 1}',
      'journal:',
      '  - date: 2026-11-19',
      '    with: Bob',
      '',
    ].join('\n');
    assert.deepEqual(located(text), [
      'unknown-key@4:3 "defaultCadense"',
      'unknown-list@7:19 "halp"',
      'bad-stage@8:12 "buildng"',
      'bad-cadence@9:14 "every fortnight"',
      'bad-date@10:11 "2026-02-30"',
      'missing-name@11:5 "lists: [like]"',
      'duplicate-name@12:11 "\\" ann \\""',
      'over-commit@15:12 "building"',
      'over-commit@17:12 "building"',
      'wrong-type@18:13 "{a: 1}"',
      'unknown-person@21:11 "Bob"',
    ]);
    const plan = readPlan(text);
    const severity = Object.fromEntries(plan.problems.map((p) => [p.code, p.severity]));
    assert.equal(severity['unknown-key'], 'warning');
    assert.equal(severity['over-commit'], 'warning');
    assert.equal(severity['bad-date'], 'error');
    assert.deepEqual(plan.problems[0].fix?.replacement, 'defaultCadence');
    assert.match(plan.problems[1].message, /did you mean "help"/);
    assert.match(plan.problems[3].message, /every 2 weeks/, 'the cadence message shows how to write one');
  });

  it('falls back to defaults for unusable values and still loads the rest', () => {
    const plan = readPlan('settings:\n  maxNewRelationships: lots\n  defaultCadence: sometimes\npeople:\n  - name: A\n    stage: asleep\n    cadence: never\n  - name: B\n');
    assert.equal(plan.settings.maxNewRelationships, 3);
    assert.equal(plan.settings.defaultCadenceText, 'every 2 weeks');
    assert.equal(plan.people.length, 2);
    assert.equal(plan.people[0].stage, 'planned');
    assert.deepEqual(plan.people[0].cadence, { count: 2, unit: 'week' });
    assert.deepEqual(plan.problems.map((p) => p.code), ['wrong-type', 'bad-cadence', 'bad-stage', 'bad-cadence']);
  });

  it('reports YAML syntax errors with positions and marks the plan unwritable', () => {
    const text = 'people:\n  - name: "Dana\n    lists: [like\n';
    const plan = readPlan(text);
    assert.equal(plan.syntaxOk, false);
    assert.ok(plan.problems.some((p) => p.code === 'yaml-syntax' && p.severity === 'error'));
    for (const p of plan.problems) assert.ok(p.span.start >= 0 && p.span.end <= text.length && p.span.start <= p.span.end);
    const dup = readPlan('people: []\npeople: []\n');
    assert.equal(dup.syntaxOk, false);
    assert.deepEqual(located('people: []\npeople: []\n', dup).map((s) => s.split(' ')[0]), ['yaml-syntax@2:1']);
  });

  it('reads numbers and booleans where text is expected as the text written', () => {
    const plan = readPlan('people:\n  - name: 2024\n  - name: no\n  - name: 1e3\n  - name: true\n');
    assert.deepEqual(plan.people.map((p) => p.name), ['2024', 'no', '1e3', 'true']);
    assert.deepEqual(plan.problems, []);
  });

  it('explains dates written in other forms', () => {
    for (const [date, hint] of [
      ['12/03/2026', /YYYY-MM-DD/],
      ['2026-12-3', /2026-12-03/],
      ['2026-12-03T10:00', /day only, as 2026-12-03/],
    ] as const) {
      const plan = readPlan(`journal:\n  - date: ${date}\n    with: A\n`);
      const problem = plan.problems.find((p) => p.code === 'bad-date');
      assert.ok(problem, date);
      assert.match(problem.message, hint);
    }
  });

  it('stops an alias bomb quickly with an error', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    const started = process.hrtime.bigint();
    const plan = readPlan(lines.join('\n') + '\n');
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.ok(ms < 5000, `a hang guard, not a speed test: took ${ms} ms`);
    assert.ok(plan.problems.some((p) => p.code === 'yaml-syntax' && /alias/i.test(p.message)));
    assert.equal(plan.syntaxOk, false);
  });

  it('treats merge keys as unknown keys with an explanation', () => {
    const plan = readPlan('base: &b {stage: building}\npeople:\n  - name: A\n    <<: *b\n');
    assert.ok(plan.problems.some((p) => p.code === 'unknown-key' && /Merge keys/.test(p.message)));
  });

  it('never throws, whatever the input', () => {
    for (const text of ['', '\uFEFF', '\0\0\0', '---\n---\n', '- a\n- b', '"', '[', '{a: [}', 'people: 3', 'journal: {}', '\t- x', '%YAML 1.1\n---\na: 1', '\uD800']) {
      const plan = readPlan(text);
      assert.ok(Array.isArray(plan.problems), JSON.stringify(text));
    }
  });
});
