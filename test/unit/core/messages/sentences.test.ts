import * as assert from 'node:assert/strict';
import { briefOf, catalogueFor, insightsOf, MESSAGE_CATALOGUES, nameKey, readPlan, translateMessage } from '../../../../src/core';
import { INSIGHTS_PLAN, TODAY } from '../insights/insightsPlan';
import { lines, viewOf } from '../../viewOf';

const DAY = '2026-12-10';

/** Why the exchange with Kim is out of balance, for a journal of `rows` and the plan's `settings` lines. */
function reasonFor(settings: string[], rows: string[]): string {
  const { plan, view } = viewOf(lines('version: 1', 'settings:', ...settings, 'people:', '  - {name: Kim, lists: [like], stage: building}', 'journal:', ...rows), DAY);
  const reason = briefOf(plan, view, nameKey('Kim'), DAY)?.balance.reason;
  assert.ok(reason, 'expected the exchange with Kim to be out of balance');
  return reason;
}

/** Every form of the balance reason the core writes. */
const REASONS = [
  reasonFor(['  balanceStreak: 1'], ['  - {date: 2026-10-01, with: Kim, got: a}']),
  reasonFor(['  balanceStreak: 3'], ['  - {date: 2026-10-01, with: Kim, got: a}', '  - {date: 2026-10-08, with: Kim, got: b}', '  - {date: 2026-10-15, with: Kim, got: c}']),
  reasonFor(['  balanceStreak: 5', '  balanceGap: 2'], ['  - {date: 2026-10-01, with: Kim, got: [a, b, c], gave: d}']),
];

/** Every form of the Insights summary: one and many of each count, with and without "on time". */
const SUMMARIES = [
  insightsOf(readPlan(INSIGHTS_PLAN), TODAY).summary,
  insightsOf(readPlan('version: 1\n'), TODAY).summary,
  insightsOf(readPlan(lines('people:', '  - {name: Solo, lists: [like, help], stage: established, cadence: weekly}', 'journal:', '  - {date: 2026-12-01, with: Solo}')), TODAY).summary,
];

describe('the core sentences for people in other languages', () => {
  it('stays byte-identical in English (no catalogue, or a language without one)', () => {
    assert.deepEqual(REASONS, ['you have received the last time: bring something', 'you have received the last 3 times: bring something', 'received 3, given 1: bring something']);
    assert.equal(SUMMARIES[2], '1 person, 1 where the lists meet; 1 contact in the last 4 weeks; 1 relationship at call-anytime.');
    for (const sentence of [...REASONS, ...SUMMARIES]) {
      assert.equal(translateMessage(sentence, undefined), sentence);
      assert.equal(translateMessage(sentence, catalogueFor('fr')), sentence);
    }
  });

  it('says why an exchange is out of balance in German', () => {
    const de = catalogueFor('de');
    assert.deepEqual(
      REASONS.map((r) => translateMessage(r, de)),
      [
        'Sie haben beim letzten Mal nur etwas bekommen: Bringen Sie etwas mit',
        'Sie haben die letzten 3 Male nur etwas bekommen: Bringen Sie etwas mit',
        '3 bekommen, 1 gegeben: Bringen Sie etwas mit',
      ],
    );
    assert.equal(translateMessage(`Out of balance: ${REASONS[1]}`, de), 'Nicht ausgeglichen: Sie haben die letzten 3 Male nur etwas bekommen: Bringen Sie etwas mit');
  });

  it('writes the Insights summary in German, in the singular and the plural', () => {
    const de = catalogueFor('de');
    assert.deepEqual(
      SUMMARIES.map((s) => translateMessage(s, de)),
      [
        '7 Personen, 1 davon auf beiden Listen; 3 Kontakte in den letzten 4 Wochen, 1 pünktlich; 3 Beziehungen gefestigt (jederzeit ansprechbar).',
        '0 Personen, 0 davon auf beiden Listen; 0 Kontakte in den letzten 4 Wochen; 0 Beziehungen gefestigt (jederzeit ansprechbar).',
        '1 Person, 1 davon auf beiden Listen; 1 Kontakt in den letzten 4 Wochen; 1 Beziehung gefestigt (jederzeit ansprechbar).',
      ],
    );
  });

  it('says why the next contact is when it is in German, keeping the cadence as the plan writes it', () => {
    const de = catalogueFor('de');
    const whyOf = (person: string, rows: string[]) => {
      const { plan, view } = viewOf(lines('version: 1', 'people:', person, 'journal:', ...rows), DAY);
      return briefOf(plan, view, nameKey('Kim'), DAY)!.next.why;
    };
    const cases: [string, string][] = [
      [whyOf('  - {name: Kim, stage: building, cadence: every 10 days}', ['  - {date: 2026-12-01, with: Kim}']), 'letzter Kontakt 2026-12-01 + every 10 days'],
      [whyOf('  - {name: Kim, stage: building, cadence: every 2 weeks}', ['  - {date: 2026-12-01, with: Kim}']), 'letzter Kontakt 2026-12-01 + every 2 weeks'],
      [whyOf('  - {name: Kim, stage: building, cadence: every 3 months}', ['  - {date: 2026-12-01, with: Kim}']), 'letzter Kontakt 2026-12-01 + every 3 months'],
      [whyOf('  - {name: Kim, stage: building, next: 2026-12-20}', []), 'im Plan festgelegt (next:)'],
      [whyOf('  - {name: Kim, stage: building}', []), 'noch nie kontaktiert'],
      [whyOf('  - {name: Kim, stage: paused}', []), 'paused: nie fällig'],
      [whyOf('  - {name: Kim, stage: planned}', []), 'planned: nicht geplant, bis die Phase „building“ ist'],
    ];
    assert.deepEqual(
      cases.map(([en]) => en),
      ['last contact 2026-12-01 + every 10 days', 'last contact 2026-12-01 + every 2 weeks', 'last contact 2026-12-01 + every 3 months', 'set in the plan (next:)', 'never contacted', 'paused: never due', 'planned: not scheduled until building'],
    );
    assert.deepEqual(cases.map(([en]) => [en, translateMessage(en, de)]), cases.map(([en, tr]) => [en, tr]));
  });

  for (const [language, catalogue] of Object.entries(MESSAGE_CATALOGUES)) {
    it(`${language}: translates every balance reason and summary, leaving no English word behind`, () => {
      const untranslated = [...REASONS, ...SUMMARIES].filter((en) => /\b(you|received|given|bring|people|person|contacts?|relationships?|lists meet|weeks|on time|call-anytime)\b/.test(translateMessage(en, catalogue)));
      assert.deepEqual(untranslated, [], 'add a template for these sentences to the catalogue');
    });
  }
});
