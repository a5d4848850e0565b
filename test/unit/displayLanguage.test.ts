import * as assert from 'node:assert/strict';
import type { Meeting } from '../../src/core';
import { displayDate, displayFormats, displayMeeting, displayNumber, inDisplayLanguage } from '../../src/displayLanguage';

// Monday 7 December 2026, 10:00 at +01:00 (09:00 UTC), weekly.
const MEETING: Meeting = { summary: 'Platform staff meeting', start: { instant: Date.UTC(2026, 11, 7, 9), offsetMinutes: 60 }, allDay: false, recurring: true, frequency: 'weekly', matchedBy: 'attendee' };

describe('display language formats', () => {
  it('keeps English exactly as before: ISO dates, the core text, the callers own "4,321"', () => {
    for (const formats of [displayFormats(undefined), displayFormats('en'), displayFormats('en-GB'), { inDisplayLanguage, displayNumber, displayDate, displayMeeting }]) {
      assert.equal(formats.displayDate('2026-12-03'), '2026-12-03');
      assert.equal(formats.displayNumber(4321), undefined);
      assert.equal(formats.inDisplayLanguage('3 days overdue'), '3 days overdue');
      assert.equal(formats.displayMeeting(MEETING), 'Platform staff meeting, Mon 7 Dec 10:00, weekly');
    }
  });

  it('writes dates, counts and due wording as German does', () => {
    const de = displayFormats('de');
    assert.equal(de.displayDate('2026-12-03'), '03.12.2026');
    assert.equal(de.displayDate('not a date'), 'not a date');
    assert.equal(de.displayNumber(4321), '4.321');
    assert.equal(de.inDisplayLanguage('3 days overdue'), '3 Tage überfällig');
  });

  it('writes a meeting\'s day and its own local time as the language does', () => {
    const de = displayFormats('de');
    // Without VS Code the repeat word stays English (l10n has no bundle here); the day and time are German.
    assert.equal(de.displayMeeting(MEETING), 'Platform staff meeting, Mo., 7. Dez., 10:00, weekly');
    assert.equal(de.displayMeeting({ ...MEETING, allDay: true, recurring: false, summary: ' ' }), '(untitled meeting), Mo., 7. Dez.');
  });
});
