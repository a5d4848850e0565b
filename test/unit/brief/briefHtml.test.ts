import assert from 'node:assert/strict';
import { briefHtml } from '../../../src/brief/briefHtml';
import { briefOf, nameKey, type Meeting } from '../../../src/core';
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

  it('leads with the next chance from the user\'s calendar, the meeting title escaped', () => {
    const yaml = lines('people:', '  - name: Marcus Chen', '    stage: building');
    const { plan, view } = viewOf(yaml, '2026-12-01');
    const brief = briefOf(plan, view, nameKey('Marcus Chen'), '2026-12-01');
    assert.ok(brief);
    assert.doesNotMatch(briefHtml(brief), /Next chance/);
    const meeting: Meeting = { summary: 'Platform <staff> meeting', start: { instant: Date.UTC(2026, 11, 7, 9), offsetMinutes: 60 }, allDay: false, recurring: true, frequency: 'weekly', matchedBy: 'attendee' };
    const html = briefHtml(brief, meeting);
    assert.match(html, /<p class="chance" role="note">Next chance: Platform &#60;staff&#62; meeting, Mon 7 Dec 10:00, weekly<\/p>/);
    assert.ok(html.indexOf('Next chance') < html.indexOf('Topics to bring up'), 'before the topics');
  });
});
