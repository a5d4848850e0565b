import * as assert from 'node:assert/strict';
import { personTooltipMarkdown } from '../../../src/tree/personTooltip';
import { lines, viewOf } from '../viewOf';

const TODAY = '2026-03-10';

function tooltipOf(yaml: string, name: string): string {
  const { view } = viewOf(yaml, TODAY);
  const status = view.people.find((s) => s.person.name === name);
  assert.ok(status);
  return personTooltipMarkdown(status, TODAY);
}

/** An unescaped `[` or `<` (the tooltip's own template uses neither): a link, image, autolink or HTML could start there. */
function hasLiveMarkup(markdown: string): boolean {
  for (let i = 0; i < markdown.length; i++) {
    if (markdown[i] === '\\') i++;
    else if (markdown[i] === '[' || markdown[i] === '<') return true;
  }
  return false;
}

describe('person tooltip', () => {
  const plan = lines(
    'people:',
    '  - name: Ada Lovelace',
    '    lists: [like, help]',
    '    stage: building',
    '    role: Staff Engineer',
    '    how: coffee',
    '    cadence: every 2 weeks',
    '    topics: [payments, mentoring]',
    'journal:',
    '  - date: 2026-02-01',
    '    with: [Ada Lovelace]',
    '    note: first',
    '    gave: advice',
    '  - date: 2026-03-01',
    '    with: [Ada Lovelace]',
    '    note: fourth',
    '    got: intro',
    '  - date: 2026-02-10',
    '    with: [Ada Lovelace]',
    '    note: second',
    '  - date: 2026-02-20',
    '    with: [Ada Lovelace]',
    '    note: third',
  );

  it('shows role, lists, stage, how, cadence, last and next contact, topics and the balance', () => {
    const md = tooltipOf(plan, 'Ada Lovelace');
    assert.match(md, /^\*\*Ada Lovelace\*\*/);
    assert.match(md, /Role: Staff Engineer/);
    assert.match(md, /Lists: know & like, can help my career/);
    assert.match(md, /Stage: building/);
    assert.match(md, /How: coffee/);
    assert.match(md, /How often: every 2 weeks/);
    assert.match(md, /Last contact: 2026-03-01 \(9 days ago\)/);
    assert.match(md, /Next contact: 2026-03-15 — in 5 days/);
    assert.match(md, /Topics: payments, mentoring/);
    assert.match(md, /Gave \/ got: 1 \/ 1/);
  });

  it('lists the last three notes, latest first', () => {
    const md = tooltipOf(plan, 'Ada Lovelace');
    const notes = md.slice(md.indexOf('---'));
    assert.ok(notes.indexOf('fourth') < notes.indexOf('third') && notes.indexOf('third') < notes.indexOf('second'));
    assert.doesNotMatch(notes, /first/);
  });

  it('says when the cadence is the plan default', () => {
    assert.match(tooltipOf(lines('people:', '  - name: Bo'), 'Bo'), /How often: every 2 weeks \(plan default\)/);
  });

  it('escapes every piece of user text', () => {
    const evil = '[x](command:workbench.action.files.delete)';
    const yaml = lines(
      'people:',
      `  - name: "${evil}"`,
      `    role: "<img src=x onerror=alert(1)>"`,
      `    how: "![i](https://example.com/a.png)"`,
      `    topics: ["**bold** [t](command:x)"]`,
      `    notes: "# heading\\n- item"`,
      'journal:',
      '  - date: 2026-03-01',
      `    with: ["${evil}"]`,
      `    note: "<a href='command:x'>go</a> [n](command:y)"`,
    );
    const md = tooltipOf(yaml, evil);
    assert.equal(hasLiveMarkup(md), false, md);
    assert.ok(md.includes('\\[x\\]\\(command\\:workbench\\.action\\.files\\.delete\\)'));
    assert.doesNotMatch(md, /\n#/);
  });
});
