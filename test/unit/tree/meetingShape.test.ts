import * as assert from 'node:assert/strict';
import type { Meeting } from '../../../src/core';
import { personTooltipMarkdown } from '../../../src/tree/personTooltip';
import { personShape, seesYouText } from '../../../src/tree/treeShape';
import { lines, viewOf } from '../viewOf';

/** Tuesday. */
const TODAY = '2026-12-01';
const PLAN = lines(
  'people:',
  '  - name: Marcus Chen',
  '    lists: [like, help]',
  '    stage: building',
  '    next: 2026-12-10',
  '  - name: Dana Lee',
  '    lists: [like]',
  '    stage: planned',
);

function status(name: string) {
  const found = viewOf(PLAN, TODAY).view.people.find((s) => s.person.name === name);
  assert.ok(found, name);
  return found;
}

function meetingOn(day: number, summary = 'Platform staff meeting [all]'): Meeting {
  // 10:00 at +01:00.
  return { summary, start: { instant: Date.UTC(2026, 11, day, 9), offsetMinutes: 60 }, allDay: false, recurring: true, frequency: 'weekly', matchedBy: 'attendee' };
}

describe('tree: meetings', () => {
  it('marks a person whose meeting comes on or before their next contact date', () => {
    assert.equal(seesYouText(status('Marcus Chen'), meetingOn(7), TODAY), 'sees you Monday');
    assert.equal(seesYouText(status('Marcus Chen'), meetingOn(2), TODAY), 'sees you tomorrow');
    assert.equal(seesYouText(status('Marcus Chen'), meetingOn(10), TODAY), 'sees you Thu 10 Dec');
    assert.equal(seesYouText(status('Marcus Chen'), meetingOn(11), TODAY), undefined, 'after the next contact date');
    assert.equal(seesYouText(status('Dana Lee'), meetingOn(7), TODAY), undefined, 'not scheduled');
    assert.equal(seesYouText(status('Marcus Chen'), undefined, TODAY), undefined);
    assert.equal(personShape(status('Marcus Chen'), 3, { seesYou: 'sees you Monday' }).description, 'sees you Monday · in 9 days');
    assert.equal(personShape(status('Marcus Chen'), 3).description, 'in 9 days');
  });

  it('shows the next chance in the tooltip, escaped', () => {
    const markdown = personTooltipMarkdown(status('Marcus Chen'), TODAY, meetingOn(7));
    assert.match(markdown, /Next chance: Platform staff meeting \\\[all\\\]\\, Mon 7 Dec 10\\:00\\, weekly {2}\n/);
    assert.doesNotMatch(personTooltipMarkdown(status('Marcus Chen'), TODAY), /Next chance/);
  });
});
