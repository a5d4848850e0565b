import assert from 'node:assert/strict';
import { applyEdit, EditError, PlanReader, readPlan } from '../../../src/core';
import { planFaults } from '../../hostile/invariants';

/** Calls `body` under `depth` extra stack frames, as a deeply nested caller (an editor's event handler) would. */
function atDepth<T>(depth: number, body: () => T): T {
  return depth === 0 ? body() : atDepth(depth - 1, body);
}

/** Inputs the hostile corpus and the fuzzed properties found, each pinned down on its own. */
describe('hostile plans: edge cases found by the corpus and the fuzzer', () => {
  it('does not read a plan with old Mac line breaks (lone CR) as an empty plan without a word', () => {
    const body = 'version: 1\rpeople:\r  - name: Dana Lee\r    stage: building\r  - name: Sam Okafor\rjournal: []\r';
    // YAML reads a lone CR as no line break: the first text is one long comment, the second broken YAML.
    for (const text of [`# My plan\r${body}`, body]) {
      const plan = readPlan(text);
      const said = plan.problems.some((p) => /\bCR\b|line (break|ending)/i.test(p.message));
      assert.ok(plan.people.length === 2 || said, `read ${plan.people.length} people and said: ${JSON.stringify(plan.problems.map((p) => p.message))}`);
    }
  });

  for (const text of ['version: 1\npeople', 'version: 1\r\npeople', '  {version: 1, settings', 'journal']) {
    it(`keeps section spans inside the text for ${JSON.stringify(text)}`, () => {
      assert.deepEqual(planFaults(readPlan(text), text), []);
    });
  }

  it('gives the same problems for deeply nested YAML whatever the caller stack (so the incremental reader agrees)', () => {
    const summary = (text: string, read: () => ReturnType<typeof readPlan>) => {
      const problems = read().problems.map((p) => `${p.code}@${p.span.start}: ${p.message.slice(0, 40)}`);
      return `${problems.length} problems: ${problems.slice(0, 3).join(' | ')}`;
    };
    for (const text of [`people: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, `people:\n  - ${'- '.repeat(3000)}x\n`, `people:\n  - ${'? '.repeat(3000)}x\n`]) {
      const shallow = summary(text, () => readPlan(text));
      assert.equal(summary(text, () => atDepth(300, () => readPlan(text))), shallow, text.slice(0, 20));
      assert.equal(summary(text, () => new PlanReader().read(text)), shallow, text.slice(0, 20));
    }
  });

  it('logging a contact after a keep-chomped block scalar at the end of the file leaves its value alone (or refuses)', () => {
    const text = 'people:\n  - name: Dana Lee\n    stage: building\n    role: |+\n ';
    const before = readPlan(text);
    let out: string;
    try {
      out = applyEdit(text, { kind: 'logContact', date: '2026-11-29', with: ['Dana Lee'] }, before);
    } catch (error) {
      assert.ok(error instanceof EditError, String(error));
      return;
    }
    assert.equal(readPlan(out).people[0].role, before.people[0].role);
  });
});
