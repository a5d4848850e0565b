import assert from 'node:assert/strict';
import { deriveView, readPlan, type PersonStatus } from '../../../src/core';
import { dueSortText, dueText, personHoverMarkdown } from '../../../src/language/personText';
import { plainText } from '../../../src/language/plainText';

const TODAY = '2026-11-20';

function statuses(people: string): PersonStatus[] {
  return deriveView(readPlan(`people:\n${people}`), TODAY).people;
}

describe('personText', () => {
  it('says when someone is due, or their stage when unscheduled', () => {
    const [late, today, tomorrow, soon, planned, paused, established] = statuses(
      [
        '  - {name: A, stage: building, next: 2026-11-17}',
        '  - {name: B, stage: building}',
        '  - {name: C, stage: building, next: 2026-11-21}',
        '  - {name: D, stage: established, next: 2026-11-23}',
        '  - {name: E}',
        '  - {name: F, stage: paused}',
        '  - {name: G, stage: established, next: 2026-11-19}',
      ].join('\n'),
    );
    assert.deepEqual(
      [late, today, tomorrow, soon, planned, paused].map(dueText),
      ['3 days overdue', 'due today', 'due tomorrow', 'due in 3 days', 'planned', 'paused'],
    );
    assert.equal(dueText(established), '1 day overdue');
    const order = [soon, planned, late, paused, today, tomorrow, established].sort((a, b) => dueSortText(a).localeCompare(dueSortText(b)));
    assert.deepEqual(order.map((s) => s.person.name), ['A', 'G', 'B', 'C', 'D', 'E', 'F']);
  });

  it('says "call anytime" for an established person who is not scheduled', () => {
    const [status] = statuses('  - {name: A, stage: established}');
    assert.equal(dueText({ ...status, scheduled: false }), 'call anytime');
  });

  describe('personHoverMarkdown', () => {
    it('shows the status and escapes every piece of user text', () => {
      const name = '[x](command:workbench.action.files.delete) <img src=x onerror=alert(1)> `code` **b** https://e.com';
      const [status] = statuses(`  - name: ${JSON.stringify(name)}\n    stage: building\n    role: "<b>Boss</b>"\n    how: "![i](http://e.com/i.png)"`);
      const markdown = personHoverMarkdown(status, TODAY, false);
      assert.ok(markdown.includes('\\[x\\]\\(command\\:workbench\\.action\\.files\\.delete\\)'), markdown);
      const unescaped = markdown.replace(/\\[!-/:-@[-`{-~]/g, '§');
      for (const syntax of ['[', ']', '<', '>', '`', '!', '://', '**b', 'e.com']) {
        assert.ok(!unescaped.includes(syntax), `${syntax} is escaped in ${markdown}`);
      }
      assert.ok(markdown.includes('due today'));
      assert.ok(!markdown.includes('syntax errors'));
    });

    it('says when the status comes from the last readable version of the file', () => {
      const [status] = statuses('  - name: A');
      assert.ok(personHoverMarkdown(status, TODAY, true).includes('syntax errors'));
    });
  });

  describe('plainText', () => {
    it('makes one line of text without control or invisible characters', () => {
      assert.equal(plainText(' a\nb\r\n\tc\u0000d\u202ee\u200bf  g '), 'a b c d e f g');
      assert.equal(plainText('José 李'), 'José 李');
    });
  });
});
