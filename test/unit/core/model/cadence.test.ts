import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  CADENCE_PRESETS,
  MAX_CADENCE_COUNT,
  cadenceHelp,
  checkCadence,
  formatCadence,
  parseCadence,
} from '../../../../src/core/model/cadence';
import type { Cadence } from '../../../../src/core/model/types';

const days = (count: number): Cadence => ({ count, unit: 'day' });
const weeks = (count: number): Cadence => ({ count, unit: 'week' });
const months = (count: number): Cadence => ({ count, unit: 'month' });

describe('cadence', () => {
  describe('parseCadence', () => {
    const accepted: [string, Cadence][] = [
      ['every 2 weeks', weeks(2)],
      ['every 1 week', weeks(1)],
      ['every 2 week', weeks(2)],
      ['every 10 days', days(10)],
      ['every 3 months', months(3)],
      ['every day', days(1)],
      ['every week', weeks(1)],
      ['every month', months(1)],
      ['daily', days(1)],
      ['weekly', weeks(1)],
      ['biweekly', weeks(2)],
      ['fortnightly', weeks(2)],
      ['monthly', months(1)],
      ['quarterly', months(3)],
      ['10d', days(10)],
      ['2w', weeks(2)],
      ['3m', months(3)],
      ['3 m', months(3)],
      ['  Every   2   Weeks  ', weeks(2)],
      ['EVERY MONTH', months(1)],
      ['Quarterly', months(3)],
      ['2W', weeks(2)],
      ['\tevery 6 weeks\n', weeks(6)],
      [`every ${MAX_CADENCE_COUNT} months`, months(MAX_CADENCE_COUNT)],
      ['007d', days(7)],
    ];
    for (const [text, cadence] of accepted) {
      it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(parseCadence(text), cadence));
    }

    const rejected = ['', 'every', 'every 0 weeks', '0d', 'every -2 weeks', '-2w', 'every 2.5 weeks', '1.5m',
      `every ${MAX_CADENCE_COUNT + 1} days`, '99999999999999999999999w', 'every 2 years', '2y', 'every other week',
      'twice a month', 'weeklyish', 'every 2 weeks please', 'every two weeks', 'constructor', '__proto__',
      'toString', 'hasOwnProperty', '2 weeks', 'every2weeks', 'w2', '1e3d'];
    for (const text of rejected) {
      it(`rejects ${JSON.stringify(text)}`, () => assert.equal(parseCadence(text), undefined));
    }

    it('never throws, whatever the text (property)', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
          const cadence = parseCadence(text);
          if (cadence) {
            assert.ok(Number.isInteger(cadence.count) && cadence.count >= 1 && cadence.count <= MAX_CADENCE_COUNT);
          }
        }),
        { numRuns: 3000 },
      );
      assert.equal(parseCadence(42 as unknown as string), undefined);
    });
  });

  describe('checkCadence', () => {
    it('says why a number is refused and how to write a cadence', () => {
      const zero = checkCadence('every 0 weeks');
      assert.ok(!zero.ok && /at least 1/.test(zero.message) && zero.message.includes(cadenceHelp));
      const huge = checkCadence('every 5000 days');
      assert.ok(!huge.ok && huge.message.includes(`the most is ${MAX_CADENCE_COUNT} days`));
      const negative = checkCadence('-2w');
      assert.ok(!negative.ok && /whole number of at least 1/.test(negative.message));
      const words = checkCadence('every so often');
      assert.ok(!words.ok && words.message.startsWith('"every so often" is not a cadence.'));
    });

    it('shortens very long text in its message', () => {
      const result = checkCadence('x'.repeat(500));
      assert.ok(!result.ok && result.message.length < 400);
    });
  });

  describe('formatCadence', () => {
    it('writes the canonical spelling', () => {
      assert.equal(formatCadence(days(1)), 'every day');
      assert.equal(formatCadence(weeks(1)), 'every week');
      assert.equal(formatCadence(months(1)), 'every month');
      assert.equal(formatCadence(weeks(2)), 'every 2 weeks');
      assert.equal(formatCadence(days(10)), 'every 10 days');
      assert.equal(formatCadence(months(3)), 'every 3 months');
    });

    it('round-trips through parseCadence (property)', () => {
      const cadence = fc.record({
        count: fc.integer({ min: 1, max: MAX_CADENCE_COUNT }),
        unit: fc.constantFrom<Cadence['unit']>('day', 'week', 'month'),
      });
      fc.assert(fc.property(cadence, (c) => assert.deepEqual(parseCadence(formatCadence(c)), { ...c })));
    });
  });

  it('offers presets that all parse', () => {
    assert.ok(CADENCE_PRESETS.length >= 4);
    for (const preset of CADENCE_PRESETS) {
      assert.ok(parseCadence(preset.text), preset.text);
      assert.equal(formatCadence(parseCadence(preset.text)!), preset.text);
    }
  });
});
