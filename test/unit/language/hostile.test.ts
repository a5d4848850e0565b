import assert from 'node:assert/strict';
import { deriveView, LineIndex, readPlan } from '../../../src/core';
import { completionChoices } from '../../../src/language/completionChoices';
import { personLenses } from '../../../src/language/personLenses';
import { kindOf, valueContextAt } from '../../../src/language/valueContext';
import { caseNames, loadCase } from '../../hostile/cases';

const TODAY = '2026-11-20';

describe('language features over the hostile corpus', () => {
  const names = caseNames().filter((name) => !name.startsWith('generated/'));

  it('read every committed hostile plan without throwing, at offsets all through it', () => {
    assert.ok(names.length > 20);
    for (const name of names) {
      for (const text of loadCase(name).texts) {
        const plan = readPlan(text);
        const view = deriveView(plan, TODAY);
        const lines = new LineIndex(text);
        const lenses = personLenses(plan, view, (offset) => lines.positionAt(offset).line);
        assert.ok(lenses.every((l) => l.line >= 0 && l.line < lines.lineCount), name);
        const step = Math.max(1, Math.floor(text.length / 100));
        for (let offset = 0; offset <= text.length; offset += step) {
          const context = valueContextAt(text, offset);
          if (!context) continue;
          assert.ok(context.start <= offset && offset <= context.end, `${name} at ${offset}`);
          const kind = kindOf(context);
          if (kind) completionChoices(kind, context, view.people, TODAY);
        }
      }
    }
  });
});
