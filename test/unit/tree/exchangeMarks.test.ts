import * as assert from 'node:assert/strict';
import { personTooltipMarkdown } from '../../../src/tree/personTooltip';
import { personShape } from '../../../src/tree/treeShape';
import { exchangeGlance } from '../../../src/core';
import { lines, viewOf } from '../viewOf';

const TODAY = '2026-12-05';
// Ana only received, three times in a row; Ben's exchange runs both ways and he has a promise open both ways.
const PLAN = lines(
  'settings:',
  '  balanceStreak: 3',
  'people:',
  '  - name: Ana Ruiz',
  '    lists: [like, help]',
  '    stage: building',
  '  - name: Ben Okafor',
  '    lists: [help]',
  '    stage: building',
  'journal:',
  '  - date: 2026-10-01',
  '    with: Ana Ruiz',
  '    got: Intro to the data team',
  '  - date: 2026-10-20',
  '    with: Ana Ruiz',
  '    got: Feedback on my talk',
  '  - date: 2026-11-10',
  '    with: [Ana Ruiz, Ben Okafor]',
  '    got: {Ana Ruiz: Advice on the promotion packet}',
  '    gave: {Ben Okafor: Reviewed his RFC}',
  '    promised: {Ben Okafor: Send the team-topologies article}',
  '    theyPromised: {Ben Okafor: "Invite me to the <architecture> forum"}',
);

function statusOf(name: string) {
  const { view, plan } = viewOf(PLAN, TODAY);
  const status = view.people.find((s) => s.person.name === name);
  assert.ok(status, name);
  return { status, settings: plan.settings };
}

describe('the exchange in the tree and its tooltip', () => {
  it('marks a person out of balance and says why in the tooltip', () => {
    const { status, settings } = statusOf('Ana Ruiz');
    const glance = exchangeGlance(status, settings);
    assert.equal(glance.balance.outOfBalance, true);
    assert.match(personShape(status, 3, { outOfBalance: glance.balance.outOfBalance }).description, /· ⇄ out of balance$/);
    assert.match(personTooltipMarkdown(status, TODAY, undefined, settings), /⇄ Out of balance: you have received the last 3 times\\?: bring something/);
  });

  it('leaves a two-way exchange unmarked and lists open promises both ways, escaped', () => {
    const { status, settings } = statusOf('Ben Okafor');
    const glance = exchangeGlance(status, settings);
    assert.equal(glance.balance.outOfBalance, false);
    assert.deepEqual(glance.promises.mine.map((p) => p.text), ['Send the team-topologies article']);
    assert.doesNotMatch(personShape(status, 3, { outOfBalance: false }).description, /out of balance/);
    const tooltip = personTooltipMarkdown(status, TODAY, undefined, settings);
    assert.match(tooltip, /You promised: Send the team\\-topologies article/);
    assert.match(tooltip, /They promised: Invite me to the \\<architecture\\> forum/, 'user text is escaped');
    assert.doesNotMatch(tooltip, /Out of balance/);
  });

  it('keeps the tooltip as before when the settings are not given', () => {
    const { status } = statusOf('Ana Ruiz');
    assert.doesNotMatch(personTooltipMarkdown(status, TODAY), /Out of balance|promised/);
  });
});
