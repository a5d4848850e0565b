import * as assert from 'node:assert/strict';
import { deriveView, readPlan } from '../../../../src/core';
import { starterPlan } from '../../../../src/core/edit/starterPlan';

describe('starter plan', () => {
  const text = starterPlan('2026-03-10');

  it('is a valid plan without problems', () => {
    const plan = readPlan(text);
    assert.equal(plan.syntaxOk, true);
    assert.deepEqual(plan.problems, []);
  });

  it('has two example people, one of them where the lists meet, and a journal entry dated today', () => {
    const plan = readPlan(text);
    assert.deepEqual(plan.people.map((p) => p.name), ['Dana Lee (example)', 'Sam Rivera (example)']);
    const view = deriveView(plan, '2026-03-10');
    assert.deepEqual(view.lists.both.map((s) => s.person.name), ['Dana Lee (example)']);
    assert.equal(view.people[0].lastContact, '2026-03-10');
  });

  it('teaches the method in its comments', () => {
    for (const idea of [/two lists/i, /Start where the lists meet/, /how often/, /journal/, /over-commit/, /maxNewRelationships/]) {
      assert.match(text, idea);
    }
  });

  it('writes the requested line ending everywhere', () => {
    const crlf = starterPlan('2026-03-10', '\r\n');
    assert.equal(crlf.replace(/\r\n/g, ''), crlf.replace(/\r\n/g, '').replace(/\n/g, ''));
    assert.equal(crlf.split('\r\n').length, text.split('\n').length);
  });
});
