import assert from 'node:assert/strict';
import { CADENCE_PRESETS, deriveView, readPlan } from '../../../src/core';
import { completionChoices, limitChoices, MAX_CHOICES } from '../../../src/language/completionChoices';
import { kindOf, valueContextAt } from '../../../src/language/valueContext';

const TODAY = '2026-11-20';
const PLAN = `people:
  - name: Dana Lee
    stage: building
    role: Director
  - name: Bo
    stage: building
    next: 2026-11-25
  - name: "Ann: the boss"
  - name: Cy
    stage: established
  - name: dana lee
journal:
  - date: 2026-11-01
    with: Dana Lee
`;

/** Completes at the `‸` in `tail` (appended to the plan) with the choice labelled `label`. */
function complete(tail: string, label?: string): { labels: string[]; text?: string; details: (string | undefined)[] } {
  const source = PLAN + tail;
  const offset = source.indexOf('‸');
  const text = source.slice(0, offset) + source.slice(offset + 1);
  const context = valueContextAt(text, offset);
  assert.ok(context, 'a value context');
  const kind = kindOf(context);
  assert.ok(kind, 'a known kind');
  const people = deriveView(readPlan(PLAN), TODAY).people;
  const choices = completionChoices(kind, context, people, TODAY);
  const choice = label === undefined ? undefined : choices.find((c) => c.label === label);
  if (label !== undefined) assert.ok(choice, `a choice ${label}`);
  return {
    labels: choices.map((c) => c.label),
    details: choices.map((c) => c.detail),
    text: choice && text.slice(0, context.start) + choice.insert + text.slice(context.end),
  };
}

function sorted(tail: string): string[] {
  const source = PLAN + tail;
  const offset = source.indexOf('‸');
  const text = source.slice(0, offset) + source.slice(offset + 1);
  const context = valueContextAt(text, offset)!;
  const choices = completionChoices(kindOf(context)!, context, deriveView(readPlan(PLAN), TODAY).people, TODAY);
  return [...choices].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((c) => c.label);
}

describe('completionChoices', () => {
  it('offers each person once, who is due first, with when they are due', () => {
    assert.deepEqual(sorted('  - date: 2026-11-20\n    with: ‸'), ['Dana Lee', 'Cy', 'Bo', 'Ann: the boss']);
    const { labels, details } = complete('  - with: ‸');
    assert.equal(labels.length, 4);
    assert.equal(details[labels.indexOf('Dana Lee')], '5 days overdue · Director');
    assert.equal(details[labels.indexOf('Bo')], 'due in 5 days');
    assert.equal(details[labels.indexOf('Cy')], 'due today');
  });

  it('leaves out the names already in the same list', () => {
    assert.deepEqual(complete('  - with: [dana lee, ‸]').labels.sort(), ['Ann: the boss', 'Bo', 'Cy']);
    assert.deepEqual(complete('  - with:\n      - Bo\n      - ‸').labels.sort(), ['Ann: the boss', 'Cy', 'Dana Lee']);
  });

  it('produces text that reads back as the chosen name, in every shape', () => {
    const cases: [string, string][] = [
      ['  - date: 2026-11-20\n    with: An‸\n', 'with: "Ann: the boss"'],
      ['  - date: 2026-11-20\n    with:‸\n', 'with: "Ann: the boss"'],
      ['  - date: 2026-11-20\n    with: [Bo, ‸]\n', 'with: [Bo, "Ann: the boss"]'],
      ['  - date: 2026-11-20\n    with: "A‸\n', 'with: "Ann: the boss"'],
      ["  - date: 2026-11-20\n    with: 'A‸'\n", "with: 'Ann: the boss'"],
      ['  - date: 2026-11-20\n    with:\n      - Bo\n      -‸\n', '      - "Ann: the boss"'],
    ];
    for (const [tail, expected] of cases) {
      const { text } = complete(tail, 'Ann: the boss');
      assert.ok(text!.includes(expected), `${JSON.stringify(text)} has ${expected}`);
      const plan = readPlan(text!);
      assert.equal(plan.syntaxOk, true, tail);
      assert.ok(plan.journal.at(-1)!.with.includes('Ann: the boss'), tail);
    }
  });

  it('offers the lists not yet present, the stages and the cadence presets, in their places', () => {
    assert.deepEqual(labelsIn('people:\n  - name: Eve\n    lists: [help, ‸]\n'), ['like']);
    assert.deepEqual(labelsIn('people:\n  - name: Eve\n    lists:\n      - ‸\n'), ['like', 'help']);
    assert.deepEqual(labelsIn('people:\n  - name: Eve\n    stage: b‸\n'), ['planned', 'building', 'established', 'paused']);
    assert.deepEqual(labelsIn('people:\n  - name: Eve\n    cadence: ‸\n'), CADENCE_PRESETS.map((p) => p.text));
    assert.deepEqual(labelsIn('settings:\n  defaultCadence: ‸\n'), CADENCE_PRESETS.map((p) => p.text));
  });

  it('offers today for a journal date, and a few days ahead for next', () => {
    assert.deepEqual(labelsIn('journal:\n  - date: ‸\n'), [TODAY]);
    assert.deepEqual(labelsIn('people:\n  - name: Eve\n    next: ‸\n'), [TODAY, '2026-11-21', '2026-11-27', '2026-12-04']);
  });

  it('offers nothing for a name', () => {
    assert.deepEqual(labelsIn('people:\n  - name: ‸\n'), []);
  });
});

function labelsIn(source: string): string[] {
  const offset = source.indexOf('‸');
  const text = source.slice(0, offset) + source.slice(offset + 1);
  const context = valueContextAt(text, offset);
  assert.ok(context);
  return completionChoices(kindOf(context)!, context, [], TODAY).map((c) => c.label);
}

describe('completion in a plan of thousands of people', () => {
  const many = Array.from({ length: 1000 }, (_, i) => ({
    kind: 'person' as const,
    label: `Person ${String(i).padStart(4, '0')}`,
    insert: `Person ${i}`,
    sortText: String(999 - i).padStart(4, '0'),
  }));

  it('offers at most MAX_CHOICES, best first, and says the list is incomplete', () => {
    const { choices, incomplete } = limitChoices(many, '');
    assert.equal(choices.length, MAX_CHOICES);
    assert.equal(incomplete, true);
    assert.deepEqual(choices.slice(0, 2).map((c) => c.label), ['Person 0999', 'Person 0998']);
  });

  it('keeps every choice the typed characters still match, in order, whatever their case', () => {
    const { choices, incomplete } = limitChoices(many, 'p 01');
    // "p 01" in order: the names with a 0 then a 1 after "Person ".
    assert.ok(choices.length > 0 && choices.length <= MAX_CHOICES);
    assert.ok(choices.every((c) => /^person .*0.*1/i.test(c.label)), choices.map((c) => c.label).join());
    assert.equal(incomplete, true);
    assert.deepEqual(limitChoices(many, 'person 0123').choices.map((c) => c.label), ['Person 0123']);
    assert.deepEqual(limitChoices(many, 'xyz').choices, []);
  });

  it('leaves a short list as it is', () => {
    const few = many.slice(0, 5);
    assert.deepEqual(limitChoices(few, 'zzz'), { choices: few, incomplete: false });
  });
});
