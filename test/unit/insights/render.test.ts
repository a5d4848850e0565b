import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { insightsOf, readPlan } from '../../../src/core';
import { insightsBody } from '../../../src/insights/render';
import { INSIGHTS_PLAN, TODAY } from '../core/insights/insightsPlan';

const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "O'Brien & <Sons>", '</svg><svg onload=alert(1)>'];

function hostilePlan(): string {
  const people = HOSTILE.map((name, i) => `  - name: ${JSON.stringify(name)}\n    lists: ${i % 2 ? '[like, help]' : '[help]'}\n    stage: building\n`);
  const journal = HOSTILE.map((name) => `  - date: 2026-11-20\n    with: [${JSON.stringify(name)}]\n    got: ${JSON.stringify(`${name} gift`)}\n`);
  return `people:\n${people.join('')}journal:\n${journal.join('')}`;
}

describe('the Insights page', () => {
  it('renders hostile names as text: no tag, attribute or handler of theirs survives', () => {
    const plan = readPlan(hostilePlan());
    const body = insightsBody(insightsOf(plan, TODAY), '<plan>.yaml');
    for (const name of HOSTILE) assert.ok(!body.includes(name), `raw ${name}`);
    assert.ok(body.includes('&#60;script&#62;alert(1)&#60;/script&#62;'));
    assert.ok(body.includes('O&#39;Brien &#38; &#60;Sons&#62;'));
    assert.ok(body.includes('&#60;plan&#62;.yaml'));
    assert.doesNotMatch(body, /<script|<img|<svg onload|<[^>]* onerror=/i);
    // every person appears as a button that carries only its index
    assert.equal((body.match(/<button class="person" data-index="\d+">/g) ?? []).length >= HOSTILE.length, true);
  });

  it('has no inline handler, inline style or remote source in its markup (the page itself is the shared shell)', () => {
    const body = insightsBody(insightsOf(readPlan(INSIGHTS_PLAN), TODAY), 'plan.yaml');
    assert.doesNotMatch(body, /<script|<style/i, 'script and style come from the extension\'s files');
    assert.doesNotMatch(body, / on[a-z]+=/i, 'no inline handlers');
    assert.doesNotMatch(body, / style="/, 'no inline styles');
    assert.doesNotMatch(body, /https?:\/\//, 'no remote source');
  });

  it('gives every chart a text equivalent and makes the Venn regions keyboard-focusable', () => {
    const body = insightsBody(insightsOf(readPlan(INSIGHTS_PLAN), TODAY), 'plan.yaml');
    assert.equal((body.match(/<g class="region [^"]*" data-region="\w+" tabindex="0" role="button" aria-label="/g) ?? []).length, 4);
    assert.match(body, /aria-label="Start here: on both lists: 1 person"/);
    assert.match(body, /aria-label="On neither list: 4 people"/);
    assert.match(body, /<summary>Contacts per week as a table<\/summary>/);
    assert.match(body, /<th scope="row">2026-11-29 to 2026-12-05<\/th><td>1<\/td>/);
    assert.match(body, /<summary>Stages over time as a table<\/summary>/);
    assert.match(body, /1 on time · <span class="key late"><\/span>2 late · <span class="key missed"><\/span>1 missed/);
    assert.match(body, /<th scope="row"><button class="person" data-index="0">Ana<\/button><\/th><td class="num">1<\/td>/);
    assert.match(body, /Building slots: <strong>2 of 2<\/strong>/);
    assert.match(body, /<p class="summary" id="summary">7 people, 1 where the lists meet; 3 contacts in the last 4 weeks, 1 on time; 3 relationships at call-anytime.<\/p>/);
    for (const svg of body.match(/<svg[^>]*>/g) ?? []) assert.match(svg, /aria-label="/, `an SVG without a label: ${svg}`);
  });
});

describe('the Insights page in German', () => {
  const root = path.resolve(__dirname, '../../../..');
  before(() => l10n.config({ contents: JSON.parse(fs.readFileSync(path.join(root, 'l10n/bundle.l10n.de.json'), 'utf8')) as Record<string, string> }));
  after(() => l10n.config({ contents: {} }));

  /** The words a reader sees, without the summary (the core's sentence, see test/unit/core/messages), code and names. */
  function visibleText(body: string): string {
    return body
      .replace(/<p class="summary"[^>]*>.*?<\/p>/s, '')
      .replace(/<code>.*?<\/code>/g, '')
      .replace(/<button class="person"[^>]*>.*?<\/button>/g, '')
      .replace(/aria-label="([^"]*)"/g, ' $1 ')
      .replace(/<[^>]*>/g, ' ');
  }

  it('leaves no English word in its charts, tables, Venn diagram and lists', () => {
    for (const plan of [INSIGHTS_PLAN, 'version: 1\n']) {
      const text = visibleText(insightsBody(insightsOf(readPlan(plan), TODAY), 'plan.yaml'));
      const english = text.match(/\b(Week|weeks?|contacts?|Contacts|Nobody|overdue|due|people|person|given|Given|received|Received|Building|slots|used|Over time|Stages|Date|today|this week|Start here|start here|Know|like|Can help|neither|list|lists|on time|late|missed|in all|Nothing|and|more|the|of|to|with|per)\b/g);
      assert.deepEqual(english, null, text);
    }
  });
});
