import assert from 'node:assert/strict';
import { balanceOf, briefOf, ledgerOf, promisesOf, stageSince } from '../../../../src/core/ledger';
import { nameKey } from '../../../../src/core/model';
import { lines, viewOf } from '../../viewOf';

const PEOPLE = [
  'people:',
  '  - name: Marcus Chen',
  '    lists: [like, help]',
  '    stage: building',
  '    cadence: every 2 weeks',
  '    topics: [platform team]',
  '    history: [2026-09-01 planned, 2026-10-12 building, 2026-10-20 building]',
  '  - name: Tomás Álvarez',
  '    lists: [help]',
  '    stage: building',
];

function statusOf(yaml: string, name: string, today = '2026-12-10') {
  const { plan, view } = viewOf(yaml, today);
  const status = view.byKey.get(nameKey(name));
  assert.ok(status, name);
  return { plan, view, status };
}

describe('ledger', () => {
  it('attributes a group entry’s items to the person they are written for, not to everyone', () => {
    const yaml = lines(
      ...PEOPLE,
      'journal:',
      '  - date: 2026-11-20',
      '    with: [Marcus Chen, Tomás Álvarez]',
      '    gave: {Marcus Chen: the team-topologies article}',
      '    got:',
      '      Tomás Álvarez: feedback on my design doc',
      '    promised: Send the slides',
    );
    const marcus = statusOf(yaml, 'Marcus Chen');
    const tomas = statusOf(yaml, 'Tomás Álvarez');
    assert.deepEqual(ledgerOf(marcus.status.entries, marcus.status.person.key).given.map((i) => i.text), ['the team-topologies article']);
    assert.deepEqual(ledgerOf(marcus.status.entries, marcus.status.person.key).received, []);
    assert.deepEqual(ledgerOf(tomas.status.entries, tomas.status.person.key).given, []);
    assert.deepEqual(ledgerOf(tomas.status.entries, tomas.status.person.key).received.map((i) => i.text), ['feedback on my design doc']);
    // A plain text on a group entry is for everyone in it.
    assert.deepEqual(promisesOf(tomas.status.entries, tomas.status.person.key).mine.map((p) => p.text), ['Send the slides']);
    assert.deepEqual(promisesOf(marcus.status.entries, marcus.status.person.key).mine.map((p) => p.text), ['Send the slides']);
  });

  it('counts given and received per item and per person in the view (the tooltip’s counts)', () => {
    const yaml = lines(...PEOPLE, 'journal:', '  - date: 2026-11-20', '    with: [Marcus Chen, Tomás Álvarez]', '    gave: {Marcus Chen: [a, b]}', '    got: c', '    promised: d');
    const marcus = statusOf(yaml, 'Marcus Chen').status;
    const tomas = statusOf(yaml, 'Tomás Álvarez').status;
    assert.deepEqual([marcus.gave, marcus.got], [2, 1]);
    assert.deepEqual([tomas.gave, tomas.got], [0, 1]);
  });

  it('keeps a promise with a later kept item (matched loosely) and counts it as given; theirs likewise', () => {
    const yaml = lines(
      ...PEOPLE,
      'journal:',
      '  - date: 2026-11-20',
      '    with: Marcus Chen',
      '    promised: [Send the slides, Intro to Priya]',
      '    theyPromised: Review my RFC',
      '  - date: 2026-12-02',
      '    with: Marcus Chen',
      '    kept: "  send the   SLIDES "',
      '    theyKept: Review my RFC',
    );
    const { status } = statusOf(yaml, 'Marcus Chen');
    const promises = promisesOf(status.entries, status.person.key);
    assert.deepEqual(promises.mine.map((p) => [p.text, p.date]), [['Intro to Priya', '2026-11-20']]);
    assert.deepEqual(promises.theirs, []);
    const ledger = ledgerOf(status.entries, status.person.key);
    assert.deepEqual(ledger.given.map((i) => [i.kind, i.date]), [['kept', '2026-12-02']]);
    assert.deepEqual(ledger.received.map((i) => i.kind), ['theyKept']);
  });

  it('is out of balance after balanceStreak contacts of only receiving, and not when I gave in the last one', () => {
    const taking = ['  - {date: 2026-10-01, with: Marcus Chen, got: a}', '  - {date: 2026-10-15, with: Marcus Chen, got: b}', '  - {date: 2026-11-01, with: Marcus Chen, got: c, gave: []}'];
    const { status } = statusOf(lines(...PEOPLE, 'journal:', '  - {date: 2026-09-01, with: Marcus Chen, gave: x}', '  - {date: 2026-09-05, with: Marcus Chen, gave: y}', ...taking), 'Marcus Chen');
    const balance = balanceOf(status.entries, status.person.key, { balanceStreak: 3, balanceGap: 2 });
    assert.equal(balance.takingStreak, 3);
    assert.equal(balance.outOfBalance, true);
    assert.equal(balance.reason, 'you have received the last 3 times: bring something');
    assert.equal(balanceOf(status.entries, status.person.key, { balanceStreak: 4, balanceGap: 2 }).outOfBalance, false);
    const gaveLast = statusOf(lines(...PEOPLE, 'journal:', ...taking, '  - {date: 2026-11-10, with: Marcus Chen, got: d, gave: e}'), 'Marcus Chen');
    const after = balanceOf(gaveLast.status.entries, gaveLast.status.person.key, { balanceStreak: 3, balanceGap: 100 });
    assert.equal(after.takingStreak, 0);
    assert.equal(after.outOfBalance, false);
  });

  it('is out of balance when received exceeds given by balanceGap, and never for giving a lot', () => {
    const { status } = statusOf(lines(...PEOPLE, 'journal:', '  - {date: 2026-10-01, with: Marcus Chen, got: [a, b, c, d], gave: e}'), 'Marcus Chen');
    const balance = balanceOf(status.entries, status.person.key, { balanceStreak: 3, balanceGap: 2 });
    assert.deepEqual([balance.given, balance.received, balance.outOfBalance], [1, 4, true]);
    assert.equal(balance.reason, 'received 4, given 1: bring something');
    assert.equal(balanceOf(status.entries, status.person.key, { balanceStreak: 3, balanceGap: 4 }).outOfBalance, false);
    const giving = statusOf(lines(...PEOPLE, 'journal:', '  - {date: 2026-10-01, with: Marcus Chen, gave: [a, b, c, d, e]}'), 'Marcus Chen');
    assert.equal(balanceOf(giving.status.entries, giving.status.person.key, { balanceStreak: 1, balanceGap: 1 }).outOfBalance, false);
  });

  it('reads the balance thresholds from the plan’s settings in the brief', () => {
    const yaml = lines('settings:', '  balanceStreak: 1', ...PEOPLE, 'journal:', '  - {date: 2026-10-01, with: Marcus Chen, got: a}');
    const { plan, view } = viewOf(yaml, '2026-12-10');
    assert.equal(briefOf(plan, view, nameKey('Marcus Chen'), '2026-12-10')?.balance.reason, 'you have received the last time: bring something');
  });

  it('says since when a person is in their stage, and nothing when the stage was changed by hand', () => {
    assert.equal(stageSince({ stage: 'building', history: undefined }), undefined);
    const history = (rows: [string, 'planned' | 'building'][]) => rows.map(([date, stage]) => ({ date, stage, span: { start: 0, end: 0 } }));
    assert.equal(stageSince({ stage: 'building', history: history([['2026-09-01', 'planned'], ['2026-10-12', 'building'], ['2026-10-20', 'building']]) }), '2026-10-12');
    assert.equal(stageSince({ stage: 'planned', history: history([['2026-09-01', 'planned'], ['2026-10-12', 'building']]) }), undefined);
  });

  it('gives the brief: person, stage since, next contact and why, items and the journal newest first', () => {
    const yaml = lines(
      ...PEOPLE,
      'journal:',
      '  - date: 2026-11-20',
      '    with: [Marcus Chen, Tomás Álvarez]',
      '    note: Lunch',
      '    gave: {Marcus Chen: the article}',
      '  - date: 2026-12-01',
      '    with: Marcus Chen',
      '    got: an intro',
    );
    const { plan, view } = viewOf(yaml, '2026-12-10');
    const brief = briefOf(plan, view, nameKey('marcus chen'), '2026-12-10');
    assert.ok(brief);
    assert.equal(brief.name, 'Marcus Chen');
    assert.equal(brief.stageSince, '2026-10-12');
    assert.deepEqual(brief.topics, ['platform team']);
    assert.equal(brief.lastContact, '2026-12-01');
    assert.equal(brief.daysSinceLastContact, 9);
    assert.deepEqual(brief.next, { date: '2026-12-15', basis: 'cadence', why: 'last contact 2026-12-01 + every 2 weeks' });
    assert.deepEqual(brief.given.map((i) => i.text), ['the article']);
    assert.deepEqual(brief.received.map((i) => i.text), ['an intro']);
    assert.deepEqual(brief.journal.map((e) => [e.date, e.others, e.items.map((i) => i.kind)]), [
      ['2026-12-01', [], ['got']],
      ['2026-11-20', ['Tomás Álvarez'], ['gave']],
    ]);
    assert.equal(yaml.slice(brief.journal[1].offset).startsWith('date: 2026-11-20'), true);
    const tomas = briefOf(plan, view, nameKey('Tomás Álvarez'), '2026-12-10');
    assert.deepEqual([tomas?.given, tomas?.journal[0].items], [[], []]);
    assert.deepEqual(tomas?.next.why, 'last contact 2026-11-20 + every 2 weeks');
    assert.equal(briefOf(plan, view, nameKey('Nobody'), '2026-12-10'), undefined);
  });

  it('says why the next contact is when it is: set in the plan, or never contacted', () => {
    const { plan, view } = viewOf(lines('people:', '  - {name: Ann, stage: building, next: 2026-12-20}', '  - {name: Bo, stage: building}', '  - {name: Cy}'), '2026-12-10');
    assert.equal(briefOf(plan, view, 'ann', '2026-12-10')?.next.basis, 'next');
    assert.deepEqual(briefOf(plan, view, 'bo', '2026-12-10')?.next, { date: '2026-12-10', basis: 'never', why: 'never contacted' });
    assert.equal(briefOf(plan, view, 'cy', '2026-12-10')?.next.basis, 'unscheduled');
  });
});
