import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PlanReader, readPlan } from '../../../../src/core';
import { generatePlan, personName } from '../../../bench/generatePlan';
import { fuzzRuns } from '../../../hostile/fuzzRuns';

// A realistic plan with two identical journal entries (one cached result placed twice) and a person
// with the default cadence (their entry depends on settings).
const BASE = (() => {
  const text = generatePlan(6, { entriesPerPerson: 3 });
  const entry = `  - date: 2026-01-05\n    with: ${personName(1)}\n    note: Same words\n`;
  return text + entry + entry;
})();

/** Typing: one character at a time, the characters that change YAML structure included. */
const KEY = fc.constantFrom('x', 'Q', ' ', '\n', '-', ':', '#', '"', '[', ']', '1', 'é');
const TYPING = fc.record({ at: fc.nat(), kind: fc.constantFrom('insert', 'delete', 'replace'), key: KEY });

function type(text: string, edit: { at: number; kind: string; key: string }): string {
  const at = edit.at % (text.length + 1);
  if (edit.kind === 'insert') return text.slice(0, at) + edit.key + text.slice(at);
  if (edit.kind === 'delete') return text.slice(0, at) + text.slice(at + 1);
  return text.slice(0, at) + edit.key + text.slice(at + 1);
}

describe('PlanReader while typing in a larger plan', () => {
  it('gives exactly what a plain read gives after every keystroke', function () {
    this.timeout(300_000);
    fc.assert(
      fc.property(fc.array(TYPING, { minLength: 1, maxLength: 25 }), (keys) => {
        const reader = new PlanReader();
        let text = BASE;
        reader.read(text);
        for (const key of keys) {
          text = type(text, key);
          assert.deepStrictEqual(reader.read(text), readPlan(text), JSON.stringify(key));
        }
      }),
      { numRuns: fuzzRuns(0.25) },
    );
  });

  it('follows renames, settings and moved entries as a plain read does', () => {
    const name = personName(1);
    const steps = [
      BASE.replace(`name: ${name}`, `name: ${name}x`),
      BASE,
      BASE.replace('defaultCadence: every 2 weeks', 'defaultCadence: every 3 weeks'),
      `# a comment that moves everything\n${BASE}`,
      BASE.replace('journal:\n', `journal:\n  - date: 2026-01-01\n    with: ${name}\n`),
      BASE.replace(`  - name: ${personName(2)}`, `  - name: Someone New\n  - name: ${personName(2)}`),
      BASE,
    ];
    const reader = new PlanReader();
    reader.read(BASE);
    for (const text of steps) assert.deepStrictEqual(reader.read(text), readPlan(text));
    const renamed = reader.read(steps[0]);
    assert.ok(renamed.problems.some((p) => p.code === 'unknown-person' && p.message.includes(name)), 'journal entries naming the old name are flagged');
  });

  it('hands back unchanged entries as the same objects, and never changes a plan it returned', () => {
    const reader = new PlanReader();
    const first = reader.read(BASE);
    const snapshot = structuredClone(first);
    const at = BASE.indexOf('    note: ', BASE.length >> 1) + 10;
    const second = reader.read(BASE.slice(0, at) + 'x' + BASE.slice(at));
    assert.equal(second.people[0], first.people[0], 'before the change: the same object');
    const last = first.journal.length - 1;
    assert.notEqual(second.journal[last], first.journal[last], 'after the change: moved, so a new object');
    assert.equal(second.journal[last].span.start, first.journal[last].span.start + 1);
    assert.deepStrictEqual(first, snapshot);
  });
});
