import assert from 'node:assert/strict';
import { briefHtml } from '../../../src/brief/briefHtml';
import { briefOf, nameKey } from '../../../src/core';
import { lines, viewOf } from '../viewOf';

describe('brief page', () => {
  it('shows hostile names and notes as text, with the journal entries linking to their offsets', () => {
    const yaml = lines(
      'people:',
      '  - name: "<script>alert(1)</script>"',
      '    stage: building',
      '    topics: ["[x](command:workbench.action.quit)"]',
      'journal:',
      '  - date: 2026-11-20',
      '    with: "<script>alert(1)</script>"',
      '    note: "<img src=x onerror=alert(1)>"',
      '    got: "\\"><b>bold</b>"',
    );
    const { plan, view } = viewOf(yaml, '2026-12-01');
    const brief = briefOf(plan, view, nameKey('<script>alert(1)</script>'), '2026-12-01');
    assert.ok(brief);
    const html = briefHtml(brief);
    assert.doesNotMatch(html, /<script|<img|<b>|onerror=alert\(1\)>/);
    assert.match(html, /<h1>&#60;script&#62;alert\(1\)&#60;\/script&#62;<\/h1>/);
    assert.match(html, /\[x\]\(command:workbench\.action\.quit\)/);
    assert.doesNotMatch(html, /href=/);
    assert.match(html, new RegExp(`data-offset="${yaml.indexOf('date: 2026-11-20')}"`));
    assert.match(html, /Received: <span class="muted">2026-11-20<\/span> &#34;&#62;&#60;b&#62;bold/);
    assert.doesNotMatch(html, /Out of balance/);
  });
});
