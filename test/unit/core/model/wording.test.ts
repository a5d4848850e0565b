import assert from 'node:assert/strict';
import { de } from 'date-fns/locale/de';
import { formatDayCount, formatDaysFromToday } from '../../../../src/core/model/wording';

describe('wording of day counts', () => {
  it('counts days in English by default', () => {
    assert.deepEqual([formatDayCount(1), formatDayCount(2), formatDayCount(31)], ['1 day', '2 days', '31 days']);
  });

  it('words a day ahead of today or behind it', () => {
    assert.deepEqual([formatDaysFromToday(5), formatDaysFromToday(1), formatDaysFromToday(-1), formatDaysFromToday(-12)], ['in 5 days', 'in 1 day', '1 day ago', '12 days ago']);
  });

  it("follows another language given that language's date-fns locale", () => {
    assert.deepEqual([formatDayCount(3, de), formatDaysFromToday(5, de), formatDaysFromToday(-2, de)], ['3 Tage', 'in 5 Tagen', 'vor 2 Tagen']);
  });
});
