import * as assert from 'node:assert/strict';
import { validateCadence, validateDate, validatePersonName, validateShortText } from '../../../src/commands/validators';

describe('input validators', () => {
  const keys = new Set(['ada lovelace', 'bo']);

  it('accepts a new name and refuses empty, multi-line and duplicate ones', () => {
    assert.equal(validatePersonName('Grace Hopper', keys), undefined);
    assert.match(validatePersonName('   ', keys)!, /Enter a name/);
    assert.match(validatePersonName('a\nb', keys)!, /one line/);
    assert.match(validatePersonName('  ADA lovelace ', keys)!, /"ADA lovelace" is already in the plan/);
    assert.match(validatePersonName('x'.repeat(201), keys)!, /too long/);
  });

  it('lets a person keep their own name (e.g. a change of case)', () => {
    assert.equal(validatePersonName('Ada LOVELACE', keys, 'ada lovelace'), undefined);
    assert.match(validatePersonName('Bo', keys, 'ada lovelace')!, /already/);
  });

  it('checks dates as you type: shape, calendar, bounds', () => {
    assert.equal(validateDate('2026-03-10'), undefined);
    assert.match(validateDate('')!, /YYYY-MM-DD/);
    assert.match(validateDate('2026-3-1')!, /YYYY-MM-DD/);
    assert.match(validateDate('12/03/2026')!, /YYYY-MM-DD/);
    assert.match(validateDate('2026-02-30')!, /not a day in the calendar/);
    assert.match(validateDate('2026-03-11', { notAfter: '2026-03-10' })!, /in the future/);
    assert.equal(validateDate('2026-03-10', { notAfter: '2026-03-10' }), undefined);
    assert.match(validateDate('2026-03-09', { notBefore: '2026-03-10' })!, /2026-03-10 or a later day/);
    assert.equal(validateDate(' 2026-03-10 '), undefined);
  });

  it('checks cadences with the grammar and says how to write one', () => {
    assert.equal(validateCadence('every 3 weeks'), undefined);
    assert.equal(validateCadence('monthly'), undefined);
    assert.match(validateCadence('')!, /how often/i);
    assert.match(validateCadence('sometimes')!, /not a cadence.*every 2 weeks/);
    assert.match(validateCadence('every 0 days')!, /at least 1/);
  });

  it('limits short texts', () => {
    assert.equal(validateShortText('coffee'), undefined);
    assert.match(validateShortText('x'.repeat(501))!, /too long/);
  });
});
