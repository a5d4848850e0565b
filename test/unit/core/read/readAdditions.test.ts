import assert from 'node:assert/strict';
import { LineIndex, readPlan, type Plan, type Problem } from '../../../../src/core';

/** Problems as `code@line:col "source text"` (1-based). */
function located(text: string, plan: Plan = readPlan(text)): string[] {
  const lines = new LineIndex(text);
  return plan.problems.map((p: Problem) => {
    const at = lines.positionAt(p.span.start);
    return `${p.code}@${at.line + 1}:${at.character + 1} ${JSON.stringify(text.slice(p.span.start, p.span.end))}`;
  });
}

function applyFix(text: string, problem: Problem): string {
  assert.ok(problem.fix, `no fix for ${problem.code}`);
  return text.slice(0, problem.fix.span.start) + problem.fix.replacement + text.slice(problem.fix.span.end);
}

describe('plan format: email, stage history and archive', () => {
  it('reads email as one address or a list, and warns about what is not an address', () => {
    const text = 'people:\n  - name: A\n    email: a@example.com\n  - name: B\n    email: [b@x.org, not an address, c@y]\n';
    const plan = readPlan(text);
    assert.deepEqual(plan.people.map((p) => p.emails), [['a@example.com'], ['b@x.org', 'c@y']]);
    assert.deepEqual(located(text, plan), ['bad-email@5:22 "not an address"']);
    assert.equal(plan.problems[0].severity, 'warning');
  });

  it('reads a stage history, sorted by date, and checks each item where it is written', () => {
    const text = [
      'people:',
      '  - name: A',
      '    stage: building',
      '    history: [2026-10-12 building, 2026-09-01 planned]',
      '  - name: B',
      '    history:',
      '      - 2026-02-30 planned',
      '      - 2026-03-01 buildng',
      '      - building',
      '',
    ].join('\n');
    const plan = readPlan(text);
    assert.deepEqual(plan.people[0].history?.map((c) => `${c.date} ${c.stage}`), ['2026-09-01 planned', '2026-10-12 building']);
    assert.equal(plan.people[1].history, undefined, 'no valid item: no history');
    assert.deepEqual(located(text, plan), ['bad-date@7:9 "2026-02-30 planned"', 'bad-stage@8:20 "buildng"', 'wrong-type@9:9 "building"']);
    const fixed = applyFix(text, plan.problems[1]);
    assert.match(fixed, /- 2026-03-01 building\n/, 'the quick fix replaces only the stage');
    assert.equal(readPlan('people:\n  - name: A\n').people[0].history, undefined);
  });

  it('reads archived as a date or true, false as not archived, and explains anything else', () => {
    const text = 'people:\n  - name: A\n    archived: 2026-11-30\n  - name: B\n    archived: true\n  - name: C\n    archived: false\n  - name: D\n    archived: left\n';
    const plan = readPlan(text);
    assert.deepEqual(plan.people.map((p) => p.archived), ['2026-11-30', true, undefined, undefined]);
    assert.deepEqual(located(text, plan), ['bad-date@9:15 "left"']);
    assert.match(plan.problems[0].message, /like 2026-11-30, or true/);
  });

  it('never counts archived people building toward over-commit', () => {
    const people = ['A', 'B', 'C'].map((n) => `  - name: ${n}\n    stage: building\n`).join('');
    const over = readPlan(`settings:\n  maxNewRelationships: 2\npeople:\n${people}`);
    assert.deepEqual(over.problems.map((p) => p.code), ['over-commit']);
    const archived = readPlan(`settings:\n  maxNewRelationships: 2\npeople:\n${people}    archived: 2026-11-30\n`);
    assert.deepEqual(archived.problems, []);
  });
});

describe('plan format: who gave, got or promised what', () => {
  const GROUP = [
    'people:',
    '  - name: Marcus Chen',
    '  - name: Tomás Álvarez',
    'journal:',
    '  - date: 2026-11-20',
    '    with: [Marcus Chen, Tomás Álvarez]',
    '    gave: {marcus chen: the article}',
    '    got:',
    '      Tomás Álvarez: [an intro, feedback]',
    '    promised: Send the slides',
    '',
  ].join('\n');

  it('reads texts for everyone in the entry and name: text for one person', () => {
    const plan = readPlan(GROUP);
    assert.deepEqual(plan.problems, []);
    const [entry] = plan.journal;
    assert.deepEqual(
      entry.exchange?.map((i) => [i.kind, i.text, i.forKeys]),
      [
        ['promised', 'Send the slides', undefined],
        ['gave', 'the article', ['marcus chen']],
        ['got', 'an intro', ['tomás álvarez']],
        ['got', 'feedback', ['tomás álvarez']],
      ],
    );
    assert.equal(entry.gave, undefined, 'gave holds only a plain text, as before');
    assert.equal(GROUP.slice(entry.exchange[1].span.start, entry.exchange[1].span.end), 'the article');
  });

  it('keeps a plain gave and got exactly as before', () => {
    const plan = readPlan('people:\n  - name: A\njournal:\n  - date: 2026-11-20\n    with: A\n    gave: An article\n    got: An intro\n');
    const [entry] = plan.journal;
    assert.equal(entry.gave, 'An article');
    assert.equal(entry.got, 'An intro');
    assert.deepEqual(entry.exchange?.map((i) => [i.kind, i.text, i.forKeys]), [['gave', 'An article', undefined], ['got', 'An intro', undefined]]);
    assert.equal(readPlan('people:\n  - name: A\njournal:\n  - date: 2026-11-20\n    with: A\n').journal[0].exchange, undefined);
  });

  it('warns about a name that is not in the entry, with the closest name as a fix', () => {
    const text = GROUP.replace('marcus chen: the article', 'Marcus Chenn: the article');
    const plan = readPlan(text);
    assert.deepEqual(located(text, plan), ['not-in-entry@7:12 "Marcus Chenn"']);
    assert.equal(plan.problems[0].severity, 'warning');
    assert.equal(plan.journal[0].exchange?.filter((i) => i.kind === 'gave').length, 0, 'the item counts for nobody');
    assert.match(applyFix(text, plan.problems[0]), /gave: \{Marcus Chen: the article\}/);
  });

  it('refuses a mapping as what one person gave, and keys that are not names', () => {
    const text = 'people:\n  - name: A\njournal:\n  - date: 2026-11-20\n    with: A\n    gave: {A: {x: 1}}\n    got: {[A]: x}\n';
    assert.deepEqual(located(text).map((s) => s.split(' ')[0]), ['wrong-type@6:15', 'wrong-type@7:11']);
  });

  it('matches a kept promise to the earliest open one with the same text, and warns about one that keeps nothing', () => {
    const text = [
      'people:',
      '  - name: A',
      'journal:',
      '  - date: 2026-11-01',
      '    with: A',
      '    promised: [Send the  slides, Intro to Priya]',
      '  - date: 2026-11-08',
      '    with: A',
      '    kept: send the slides',
      '  - date: 2026-11-09',
      '    with: A',
      '    kept: Send the slide',
      '    theyKept: the review',
      '',
    ].join('\n');
    const plan = readPlan(text);
    assert.deepEqual(located(text, plan), ['unknown-promise@12:11 "Send the slide"', 'unknown-promise@13:15 "the review"']);
    assert.match(plan.problems[0].message, /did you mean "Intro to Priya"|Open promises of yours: "Intro to Priya"/);
    assert.match(plan.problems[1].message, /no open promise of theirs/);
  });

  it('does not let a contact keep a promise made after it', () => {
    const text = 'people:\n  - name: A\njournal:\n  - date: 2026-11-09\n    with: A\n    kept: Send the slides\n  - date: 2026-11-10\n    with: A\n    promised: Send the slides\n';
    assert.deepEqual(located(text).map((s) => s.split(' ')[0]), ['unknown-promise@6:11']);
  });
});

describe('plan format: the new settings', () => {
  it('reads every new setting', () => {
    const text = [
      'settings:',
      '  balanceStreak: 4',
      '  balanceGap: 3',
      '  reviewEvery: monthly',
      '  lastReview: 2026-09-01',
      '  stageCadence: {building: every 2 weeks, established: every 2 months}',
      '  listCadence:',
      '    like: monthly',
      '    help: every 3 weeks',
      '  lapsedAfter: 150%',
      '',
    ].join('\n');
    const plan = readPlan(text);
    assert.deepEqual(plan.problems, []);
    const s = plan.settings;
    assert.deepEqual([s.balanceStreak, s.balanceGap, s.reviewEveryText, s.lastReview, s.lapsedAfterPercent], [4, 3, 'monthly', '2026-09-01', 150]);
    assert.deepEqual(s.stageCadence, { building: { count: 2, unit: 'week' }, established: { count: 2, unit: 'month' } });
    assert.deepEqual(s.listCadence, { like: { count: 1, unit: 'month' }, help: { count: 3, unit: 'week' } });
  });

  it('states the rule for each unusable value and keeps the default', () => {
    const text = [
      'settings:',
      '  maxNewRelationships: 1001',
      '  balanceStreak: 0',
      '  balanceGap: "3"',
      '  reviewEvery: sometimes',
      '  lastReview: 2026-13-01',
      '  stageCadence: {buildng: weekly, paused: never}',
      '  listCadence: monthly',
      '  lapsedAfter: 1.5',
      '',
    ].join('\n');
    const plan = readPlan(text);
    assert.deepEqual(located(text, plan), [
      'wrong-type@2:24 "1001"',
      'wrong-type@3:18 "0"',
      'wrong-type@4:15 "\\"3\\""',
      'bad-cadence@5:16 "sometimes"',
      'bad-date@6:15 "2026-13-01"',
      'bad-stage@7:18 "buildng"',
      'bad-cadence@7:43 "never"',
      'wrong-type@8:16 "monthly"',
      'wrong-type@9:16 "1.5"',
    ]);
    assert.match(plan.problems[0].message, /whole number from 0 to 1000/);
    assert.match(plan.problems[1].message, /whole number from 1 to 100/);
    assert.match(plan.problems[8].message, /percentage .* like 100%/);
    const s = plan.settings;
    assert.deepEqual([s.maxNewRelationships, s.balanceStreak, s.balanceGap, s.reviewEveryText, s.lastReview, s.lapsedAfterPercent], [3, 3, 2, 'every 3 months', undefined, 100]);
    assert.deepEqual([s.stageCadence, s.listCadence], [{}, {}]);
  });

  it("schedules by the person's own cadence, then the stage's, then the lists' (the more frequent), then the default", () => {
    const plan = readPlan(
      [
        'settings:',
        '  defaultCadence: every 5 weeks',
        '  stageCadence: {established: every 2 months}',
        '  listCadence: {like: monthly, help: every 3 weeks}',
        'people:',
        '  - {name: Own, stage: established, cadence: weekly}',
        '  - {name: Stage, stage: established, lists: [like]}',
        '  - {name: Both lists, stage: building, lists: [like, help]}',
        '  - {name: Like, stage: building, lists: [like]}',
        '  - {name: None, stage: building}',
        '',
      ].join('\n'),
    );
    assert.deepEqual(plan.problems, []);
    assert.deepEqual(
      plan.people.map((p) => `${p.name}: ${p.cadence.count} ${p.cadence.unit}`),
      ['Own: 1 week', 'Stage: 2 month', 'Both lists: 3 week', 'Like: 1 month', 'None: 5 week'],
    );
  });
});
