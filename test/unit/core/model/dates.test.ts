import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import fc from 'fast-check';
import { addCadence, addDays, addMonths, daysBetween, isValidDate, localDateOf } from '../../../../src/core/model/dates';
import { probe } from './tzProbe';

/** Reference arithmetic through UTC milliseconds, independent of the code under test. */
function utcAddDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Reference: midnight UTC of a day in milliseconds, years below 100 included (which `Date.UTC` maps to 19xx). */
function utcMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(0);
  day.setUTCFullYear(y, m - 1, d);
  return day.getTime();
}

/** Reference month arithmetic in UTC: the same day of the month `n` months on, or that month's last day. */
function utcAddMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(0);
  target.setUTCFullYear(y, m - 1 + n, 1);
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(target.getUTCFullYear(), target.getUTCMonth() + 1, 0);
  target.setUTCDate(Math.min(d, lastDay.getUTCDate()));
  return target.toISOString().slice(0, 10);
}

const FIRST_MS = utcMs('0001-01-01');
const LAST_MS = utcMs('9999-12-31');

/** Reference arithmetic through UTC milliseconds, saturating at 0001-01-01 and 9999-12-31. */
function utcAddDaysAnyYear(date: string, n: number): string {
  const ms = Math.min(Math.max(utcMs(date) + n * 86_400_000, FIRST_MS), LAST_MS);
  return new Date(ms).toISOString().slice(0, 10);
}

const anyYearDate = fc
  .date({ min: new Date(FIRST_MS), max: new Date(LAST_MS), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const dateArbitrary = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('dates', () => {
  describe('isValidDate', () => {
    it('accepts real calendar days written YYYY-MM-DD', () => {
      for (const date of ['2026-01-01', '2026-12-31', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31']) {
        assert.equal(isValidDate(date), true, date);
      }
    });

    it('rejects days that do not exist and other spellings', () => {
      const bad = ['2026-02-29', '1900-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00',
        '0000-01-01', '2026-2-03', '2026-02-3', ' 2026-02-03', '2026-02-03 ', '2026-02-03T00:00', '20260203',
        '2026/02/03', '+2026-02-03', '２０２６-02-03', ''];
      for (const date of bad) assert.equal(isValidDate(date), false, JSON.stringify(date));
      assert.equal(isValidDate(20260203 as unknown as string), false);
      assert.equal(isValidDate(undefined as unknown as string), false);
    });
  });

  it('isValidDate knows which days exist in every month of every four-digit year (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const day = new Date(utcMs(date));
        const exists = day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
        assert.equal(isValidDate(date), exists, date);
      }),
      { numRuns: 3000 },
    );
  });

  describe('addDays and daysBetween', () => {
    it('cross month, year and leap-day boundaries', () => {
      assert.equal(addDays('2026-01-31', 1), '2026-02-01');
      assert.equal(addDays('2026-12-31', 1), '2027-01-01');
      assert.equal(addDays('2024-02-28', 1), '2024-02-29');
      assert.equal(addDays('2026-02-28', 1), '2026-03-01');
      assert.equal(addDays('2026-03-01', -1), '2026-02-28');
      assert.equal(addDays('2026-05-10', 0), '2026-05-10');
      assert.equal(daysBetween('2026-01-01', '2027-01-01'), 365);
      assert.equal(daysBetween('2024-01-01', '2025-01-01'), 366);
      assert.equal(daysBetween('2026-11-20', '2026-11-17'), -3);
    });

    it('count daylight-saving change days as one calendar day each', () => {
      assert.equal(daysBetween('2026-03-08', '2026-03-09'), 1); // US spring forward
      assert.equal(daysBetween('2026-03-29', '2026-03-30'), 1); // EU spring forward
      assert.equal(daysBetween('2026-11-01', '2026-11-02'), 1); // US fall back
      assert.equal(addDays('2026-10-25', 1), '2026-10-26');
    });

    it('saturate at the ends of four-digit years', () => {
      assert.equal(addDays('9999-12-30', 5), '9999-12-31');
      assert.equal(addDays('0001-01-02', -5), '0001-01-01');
    });

    it('agree with UTC reference arithmetic over every four-digit year, saturating at the ends (property)', () => {
      fc.assert(
        fc.property(anyYearDate, fc.integer({ min: -1_000_000, max: 1_000_000 }), (date, n) => {
          const later = addDays(date, n);
          assert.equal(later, utcAddDaysAnyYear(date, n));
          assert.equal(daysBetween(date, later), Math.round((utcMs(later) - utcMs(date)) / 86_400_000));
        }),
        { numRuns: 2000 },
      );
      assert.equal(addDays('0001-01-01', -Number.MAX_SAFE_INTEGER), '0001-01-01');
      assert.equal(addDays('9999-12-31', Number.MAX_SAFE_INTEGER), '9999-12-31');
      assert.equal(addDays('0099-12-31', 1), '0100-01-01');
      assert.equal(daysBetween('0001-01-01', '9999-12-31'), 3_652_058);
    });

    it('refuse invalid dates and fractional days', () => {
      assert.throws(() => addDays('2026-02-30', 1), RangeError);
      assert.throws(() => addDays('2026-02-03', 1.5), RangeError);
      assert.throws(() => daysBetween('2026-02-03', 'tomorrow'), RangeError);
    });

    it('agree with UTC reference arithmetic and invert each other (property)', () => {
      fc.assert(
        fc.property(dateArbitrary, fc.integer({ min: -20_000, max: 20_000 }), (date, n) => {
          const later = addDays(date, n);
          assert.equal(later, utcAddDays(date, n));
          assert.equal(daysBetween(date, later), n);
          assert.equal(addDays(later, -n), date);
          assert.equal(isValidDate(later), true);
        }),
        { numRuns: 2000 },
      );
    });
  });

  describe('addMonths and addCadence', () => {
    it('clamp at month end, in leap and common years', () => {
      assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
      assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
      assert.equal(addMonths('2026-03-31', 1), '2026-04-30');
      assert.equal(addMonths('2026-08-31', 6), '2027-02-28');
      assert.equal(addMonths('2024-02-29', 12), '2025-02-28');
      assert.equal(addMonths('2024-02-29', 48), '2028-02-29');
      assert.equal(addMonths('2026-12-15', 1), '2027-01-15');
      assert.equal(addMonths('2026-01-15', -1), '2025-12-15');
      assert.equal(addMonths('9999-11-30', 5), '9999-12-31');
      assert.equal(addMonths('0001-03-31', -3), '0001-01-01');
      assert.equal(addMonths('0004-01-31', 1), '0004-02-29');
      assert.equal(addMonths('2026-01-31', Number.MAX_SAFE_INTEGER), '9999-12-31');
      assert.equal(addMonths('2026-01-31', -Number.MAX_SAFE_INTEGER), '0001-01-01');
    });

    it('step by days, weeks or months', () => {
      assert.equal(addCadence('2026-11-19', { count: 2, unit: 'week' }), '2026-12-03');
      assert.equal(addCadence('2026-12-25', { count: 10, unit: 'day' }), '2027-01-04');
      assert.equal(addCadence('2026-01-31', { count: 1, unit: 'month' }), '2026-02-28');
      assert.equal(addCadence('2026-11-30', { count: 3, unit: 'month' }), '2027-02-28');
    });

    // The reference works in UTC: date-fns on local dates is wrong where a zone skipped a day (Kiritimati, 1994-12-31).
    it('agree with UTC reference month arithmetic (property)', () => {
      fc.assert(
        fc.property(dateArbitrary, fc.integer({ min: -1200, max: 1200 }), (date, n) => {
          assert.equal(addMonths(date, n), utcAddMonths(date, n));
        }),
        { numRuns: 2000 },
      );
    });
  });

  it('localDateOf reads the calendar day on the machine clock', () => {
    assert.equal(localDateOf(new Date(2026, 1, 28, 23, 59)), '2026-02-28');
    assert.equal(localDateOf(new Date(2024, 1, 29, 0, 0)), '2024-02-29');
  });

  describe('time zones', () => {
    const script = path.join(__dirname, 'tzProbe.js');
    const run = (tz: string) =>
      JSON.parse(execFileSync(process.execPath, [script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' })) as {
        offset: number;
        results: unknown;
      };

    it('give the same dates, schedule and calendar under UTC, Pacific/Kiritimati and America/Los_Angeles', () => {
      const expected = JSON.parse(JSON.stringify(probe())) as unknown;
      const utc = run('UTC');
      const kiritimati = run('Pacific/Kiritimati');
      const losAngeles = run('America/Los_Angeles');
      // The zones really applied (UTC+14 and UTC-8 in January), so equal results mean zone independence.
      assert.deepEqual([utc.offset, kiritimati.offset, losAngeles.offset], [0, -840, 480]);
      assert.deepEqual(utc.results, expected);
      assert.deepEqual(kiritimati.results, expected);
      assert.deepEqual(losAngeles.results, expected);
    });
  });
});
