import assert from 'node:assert/strict';
import { describeMeeting, isoWithOffset, meetingDayWords, meetingHow } from '../../../../src/core/meetings/wording';
import type { Meeting } from '../../../../src/core/meetings/types';

const instant = Date.UTC(2026, 11, 7, 9, 0);

function meeting(over: Partial<Meeting> = {}): Meeting {
  return { summary: 'Platform staff meeting', start: { instant, offsetMinutes: 60 }, allDay: false, recurring: true, frequency: 'weekly', matchedBy: 'attendee', ...over };
}

describe('core/meetings: wording', () => {
  it('writes ISO 8601 with the offset', () => {
    assert.equal(isoWithOffset({ instant, offsetMinutes: 60 }), '2026-12-07T10:00:00+01:00');
    assert.equal(isoWithOffset({ instant, offsetMinutes: -300 }), '2026-12-07T04:00:00-05:00');
    assert.equal(isoWithOffset({ instant, offsetMinutes: 330 }), '2026-12-07T14:30:00+05:30');
    assert.equal(isoWithOffset({ instant, offsetMinutes: 0 }), '2026-12-07T09:00:00+00:00');
    assert.equal(Date.parse(isoWithOffset({ instant, offsetMinutes: -570 })), instant);
  });

  it('describes a meeting and its day from today', () => {
    assert.equal(describeMeeting(meeting()), 'Platform staff meeting, Mon 7 Dec 10:00, weekly');
    assert.equal(describeMeeting(meeting({ recurring: false, allDay: true, summary: ' Offsite ' })), 'Offsite, Mon 7 Dec');
    assert.equal(meetingDayWords(meeting(), '2026-12-07'), 'today');
    assert.equal(meetingDayWords(meeting(), '2026-12-06'), 'tomorrow');
    assert.equal(meetingDayWords(meeting(), '2026-12-02'), 'Monday');
    assert.equal(meetingDayWords(meeting(), '2026-11-30'), 'Mon 7 Dec');
    assert.equal(meetingHow(meeting()), 'Sit near them at Platform staff meeting; suggest lunch afterwards');
  });
});
