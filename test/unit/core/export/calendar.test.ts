import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeText, exportCalendar, foldLine, personUid } from '../../../../src/core/export/calendar';
import { deriveView } from '../../../../src/core';
import { plan, type EntryInput, type PersonInput } from '../planBuilder';

const TODAY = '2026-11-20';

function calendarOf(people: PersonInput[], journal: EntryInput[] = [], productId?: string): string {
  const p = plan(people, journal);
  return exportCalendar(p, deriveView(p, TODAY), productId === undefined ? undefined : { productId });
}

/** Physical lines (the text must end with CRLF and use no other line break). */
function physicalLines(ics: string): string[] {
  assert.ok(ics.endsWith('\r\n'), 'ends with CRLF');
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) assert.ok(!/[\r\n]/.test(line), `bare line break in ${JSON.stringify(line)}`);
  return lines;
}

function contentLines(ics: string): string[] {
  return ics.replace(/\r\n /g, '').slice(0, -2).split('\r\n');
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Values of a property in each VEVENT, unescaped. */
function eventValues(ics: string, property: string): string[] {
  return contentLines(ics)
    .filter((line) => line.startsWith(`${property}:`) || line.startsWith(`${property};`))
    .map((line) => unescapeText(line.slice(line.indexOf(':') + 1)));
}

function assertWellFormed(ics: string): void {
  for (const line of physicalLines(ics)) {
    const bytes = Buffer.from(line, 'utf8');
    assert.ok(bytes.length <= 75, `${bytes.length} octets: ${JSON.stringify(line)}`);
    assert.equal(bytes.toString('utf8'), line, 'each physical line is whole UTF-8 (no split character)');
  }
  for (const line of contentLines(ics)) {
    assert.match(line, /^(BEGIN|END|VERSION|PRODID|CALSCALE|METHOD|X-WR-CALNAME|UID|DTSTAMP|SEQUENCE|DTSTART|DTEND|SUMMARY|DESCRIPTION|CATEGORIES|TRANSP)[;:]/);
  }
}

describe('calendar', () => {
  it('writes one all-day event per scheduled person at their next contact', () => {
    const ics = calendarOf(
      [
        { name: 'Dana Lee', stage: 'building', how: 'Lunch after the staff meeting', role: 'Director, Platform',
          topics: ['platform roadmap', 'mentoring'] },
        { name: 'Planned Pat', stage: 'planned' },
        { name: 'Paused Paz', stage: 'paused' },
        { name: 'Eli', stage: 'established', next: '2026-12-31', cadence: { count: 1, unit: 'month' } },
      ],
      [{ date: '2026-11-10', with: 'Dana Lee' }],
    );
    assertWellFormed(ics);
    const lines = contentLines(ics);
    assert.deepEqual(lines.slice(0, 3), ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Networking Plan//Networking Plan 1.0//EN']);
    assert.equal(lines.at(-1), 'END:VCALENDAR');
    assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, 2);
    assert.deepEqual(eventValues(ics, 'SUMMARY'), ['Networking: Dana Lee', 'Networking: Eli']);
    assert.deepEqual(eventValues(ics, 'DTSTART'), ['20261124', '20261231']);
    assert.deepEqual(eventValues(ics, 'DTEND'), ['20261125', '20270101']);
    assert.ok(lines.includes('DTSTART;VALUE=DATE:20261124'));
    assert.deepEqual(eventValues(ics, 'DTSTAMP'), ['20261120T000000Z', '20261120T000000Z']);
    assert.deepEqual(eventValues(ics, 'DESCRIPTION'), [
      'How: Lunch after the staff meeting\nRole: Director, Platform\nTopics: platform roadmap, mentoring\n' +
        'Last contact: 2026-11-10\nCadence: every 2 weeks',
      'No contact logged yet\nCadence: every month',
    ]);
  });

  it('is byte-for-byte the same for the same plan and day', () => {
    const people: PersonInput[] = [{ name: 'A', stage: 'building' }, { name: 'B', stage: 'established' }];
    assert.equal(calendarOf(people), calendarOf(people));
    assert.ok(calendarOf(people, [], 'custom id').includes('\r\nPRODID:custom id\r\n'));
  });

  describe('UIDs', () => {
    it('are stable per person: from the normalized name, not the position', () => {
      const a: PersonInput = { name: 'Dana Lee', stage: 'building' };
      const b: PersonInput = { name: 'Ravi Patel', stage: 'building' };
      const forward = eventValues(calendarOf([a, b]), 'UID');
      const backward = eventValues(calendarOf([b, { ...a, name: '  dana LEE ', next: '2027-01-01' }]), 'UID');
      assert.deepEqual(forward, [personUid('Dana Lee'), personUid('Ravi Patel')]);
      assert.deepEqual(backward, [forward[1], forward[0]]);
      assert.match(forward[0], /^[0-9a-f]{16}@networking-plan$/);
      assert.notEqual(forward[0], forward[1]);
    });

    it('differ for people sharing a name', () => {
      const uids = eventValues(calendarOf([{ name: 'Sam', stage: 'building' }, { name: 'sam', stage: 'building' }]), 'UID');
      assert.equal(new Set(uids).size, 2);
      assert.equal(uids[0], personUid('Sam'));
    });

    it('do not collide across many names', () => {
      const uids = new Set(Array.from({ length: 20_000 }, (_, i) => personUid(`Person ${i}`)));
      assert.equal(uids.size, 20_000);
    });
  });

  describe('text escaping and folding', () => {
    it('escapes backslash, semicolon, comma and line breaks, and strips other controls', () => {
      assert.equal(escapeText('a\\b;c,d\ne'), 'a\\\\b\\;c\\,d\\ne');
      assert.equal(escapeText('one\r\ntwo\rthree\u2028four'), 'one\\ntwo\\nthree\\nfour');
      assert.equal(escapeText('bell\u0007 nul\u0000 esc\u001b del\u007f c1\u0085x'), 'bell nul esc del c1\\nx');
      assert.equal(escapeText('tab\there'), 'tab here');
      assert.equal(escapeText('lone \uD800 half'), 'lone \uFFFD half');
    });

    it('cannot be used to inject a property or a new line', () => {
      const hostile = 'Eve\r\nEND:VEVENT\r\nBEGIN:VEVENT\nSUMMARY:pwned;X=1,2\\n';
      const ics = calendarOf([{ name: hostile, stage: 'building', how: 'x\nATTACH:http://evil', topics: ['a,b', 'c;d'] }]);
      assertWellFormed(ics);
      assert.equal(contentLines(ics).filter((l) => l.startsWith('BEGIN:VEVENT')).length, 1);
      assert.deepEqual(eventValues(ics, 'SUMMARY'), [`Networking: ${hostile.trim().replace(/\r\n/g, '\n')}`]);
      assert.ok(eventValues(ics, 'DESCRIPTION')[0].startsWith('Due today\nHow: x\nATTACH:http://evil\nTopics: a,b, c;d\n'));
    });

    it('folds at 75 octets without splitting multi-byte characters, emoji or escapes', () => {
      const names = [
        'Ünïcödé Ñame '.repeat(12),
        '👩🏽‍💻 emoji person '.repeat(8),
        'داني لي مديرة المنصة '.repeat(6),
        '李'.repeat(100),
        `${'x'.repeat(60)}${'\\;,'.repeat(20)}`,
        'a'.repeat(1000),
      ];
      const ics = calendarOf(names.map((name) => ({ name, stage: 'building' })));
      assertWellFormed(ics);
      assert.deepEqual(eventValues(ics, 'SUMMARY'), names.map((n) => `Networking: ${n.trim()}`));
      for (const line of physicalLines(ics)) assert.ok(!/\\$/.test(line.replace(/\\\\/g, '')), 'escape split');
    });

    it('folds lines exactly at the limit', () => {
      assert.equal(foldLine('a'.repeat(75)), 'a'.repeat(75));
      assert.equal(foldLine('a'.repeat(76)), `${'a'.repeat(75)}\r\n a`);
      assert.equal(foldLine('a'.repeat(74) + 'é'), `${'a'.repeat(74)}\r\n é`);
      assert.equal(foldLine('a'.repeat(74) + '\\n'), `${'a'.repeat(74)}\r\n \\n`);
      assert.equal(foldLine(''), '');
    });

    it('keeps any text intact through escape, fold, unfold and unescape (property)', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), (clean, any) => {
          const line = `SUMMARY:${escapeText(clean)}`;
          const folded = foldLine(line);
          for (const physical of folded.split('\r\n')) assert.ok(Buffer.byteLength(physical, 'utf8') <= 75);
          const unfolded = folded.replace(/\r\n /g, '');
          assert.equal(unfolded, line);
          const expected = clean
            .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\n')
            .replace(/\t/g, ' ')
            .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '');
          assert.equal(unescapeText(unfolded.slice('SUMMARY:'.length)), expected);
          const hostile = foldLine(`DESCRIPTION:${escapeText(any)}`);
          hostile.split('\r\n').forEach((physical, i) => {
            assert.ok(Buffer.byteLength(physical, 'utf8') <= 75);
            assert.ok(!/[\u0000-\u001f\u007f]/.test(physical), 'no control character, so no bare CR or LF');
            assert.ok(i === 0 || physical.startsWith(' '), 'continuations start with a space');
          });
        }),
        { numRuns: 1000 },
      );
    });
  });

  it('writes an empty calendar when nobody is scheduled, and skips nameless people', () => {
    const ics = calendarOf([{ name: 'P', stage: 'planned' }, { name: '', stage: 'building' }]);
    assertWellFormed(ics);
    assert.equal(contentLines(ics).filter((l) => l === 'BEGIN:VEVENT').length, 0);
  });
});
