import * as assert from 'node:assert/strict';
import { displayDate, displayFormats, displayNumber, inDisplayLanguage } from '../../src/displayLanguage';

describe('display language formats', () => {
  it('keeps English exactly as before: ISO dates, the core text, the callers own "4,321"', () => {
    for (const formats of [displayFormats(undefined), displayFormats('en'), displayFormats('en-GB'), { inDisplayLanguage, displayNumber, displayDate }]) {
      assert.equal(formats.displayDate('2026-12-03'), '2026-12-03');
      assert.equal(formats.displayNumber(4321), undefined);
      assert.equal(formats.inDisplayLanguage('3 days overdue'), '3 days overdue');
    }
  });

  it('writes dates, counts and due wording as German does', () => {
    const de = displayFormats('de');
    assert.equal(de.displayDate('2026-12-03'), '03.12.2026');
    assert.equal(de.displayDate('not a date'), 'not a date');
    assert.equal(de.displayNumber(4321), '4.321');
    assert.equal(de.inDisplayLanguage('3 days overdue'), '3 Tage überfällig');
  });
});
