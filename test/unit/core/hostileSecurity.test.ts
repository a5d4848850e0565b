import assert from 'node:assert/strict';
import fc from 'fast-check';
import { deriveView, exportCalendar, readPlan } from '../../../src/core';
import { calendarFaults } from '../../hostile/invariants';
import { fuzzRuns } from '../../hostile/fuzzRuns';

const TODAY = '2026-11-30';

/** Every object in the plan is a plain object or array: no class instance, function, regular expression or buffer. */
function assertPlainData(value: unknown, path = 'plan'): void {
  if (value === null || value === undefined) return;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return;
  assert.equal(type, 'object', `${path} is a ${type}`);
  const proto = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
  assert.ok(proto === Object.prototype || proto === Array.prototype, `${path} is a ${proto?.constructor?.name ?? 'null-prototype object'}`);
  for (const [key, child] of Object.entries(value)) assertPlainData(child, `${path}.${key}`);
}

function icsOf(text: string): string {
  const plan = readPlan(text);
  return exportCalendar(plan, deriveView(plan, TODAY));
}

/** Unfolded content lines of a calendar. */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n /g, '').slice(0, -2).split('\r\n');
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

describe('hostile plans: security', () => {
  describe('the YAML loader builds plain data only', () => {
    /** Tags other loaders turn into code or objects: each must be reported where it stands. */
    const FOREIGN_TAGS = ['!!js/function', '!!python/object/apply:os.system', '!!js/regexp', '!!js/undefined', '!<tag:yaml.org,2002:js/function>', '!custom'];
    /** YAML 1.1 types the parser knows: whatever they are, the plan holds plain text and lists. */
    const KNOWN_TAGS = ['!!binary', '!!set', '!!omap', '!!pairs', '!!timestamp'];

    for (const tag of KNOWN_TAGS) {
      it(`keeps plain values where ${tag} is used`, () => {
        const text = `people:\n  - name: ${tag} "aGVsbG8="\n    stage: building\n    next: ${tag} 2026-12-03\n    topics: ${tag} {a, b}\n    notes: ${tag} [a: 1]\njournal:\n  - date: ${tag} 2026-11-19\n    with: [${tag} "aGVsbG8="]\n`;
        assertPlainData(readPlan(text));
      });
    }

    for (const tag of FOREIGN_TAGS) {
      it(`reports ${tag} as a problem at the tag and keeps plain values`, () => {
        const text = `people:\n  - name: ${tag} "function () { return 1 }"\n    stage: building\n  - name: Dana\n    topics: ${tag} [a, b]\n    notes: ${tag} aGVsbG8=\n`;
        const plan = readPlan(text);
        assertPlainData(plan);
        const at = text.indexOf(tag);
        const problem = plan.problems.find((p) => p.span.start <= at && at < Math.max(p.span.end, p.span.start + 1));
        assert.ok(problem, `no problem at the first ${tag}: ${JSON.stringify(plan.problems)}`);
        for (const person of plan.people) {
          assert.equal(typeof person.name, 'string');
          assert.ok(person.topics.every((t) => typeof t === 'string'));
        }
      });
    }

    it('never pollutes prototypes through __proto__, constructor or prototype keys', () => {
      const text = '__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\npeople:\n  - name: A\n    __proto__: {stage: building, polluted: yes}\n  - {name: B, __proto__: [1]}\njournal:\n  - {date: 2026-11-19, with: A, __proto__: {note: x}}\n';
      const plan = readPlan(text);
      assertPlainData(plan);
      assert.equal(({} as { polluted?: unknown }).polluted, undefined);
      assert.deepEqual(plan.people.map((p) => [p.name, p.stage]), [['A', 'planned'], ['B', 'planned']]);
      assert.equal(plan.journal[0].note, undefined);
      assert.ok(plan.problems.some((p) => p.code === 'unknown-key' && p.message.includes('__proto__')));
    });

    it('does not merge <<: keys (YAML 1.2) and says so', () => {
      const plan = readPlan('base: &b {stage: building}\npeople:\n  - <<: *b\n    name: A\n');
      assert.equal(plan.people[0].stage, 'planned');
      assert.ok(plan.problems.some((p) => p.code === 'unknown-key' && p.message.includes('<<')));
    });
  });

  describe('the calendar export cannot be injected through the plan', () => {
    const INJECTIONS = [
      'Dana\\r\\nATTENDEE:mailto:evil@example.com',
      'Dana\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:forged',
      'Dana;ROLE=CHAIR:x',
      'Dana, Lee',
      'Dana\\\\',
      'Dana\\rDTSTART:20000101',
      'Dana\\u2028ORGANIZER:x',
      'Dana\\x85LOCATION:x',
      'Dana\\0\\x1b[31m',
    ];

    for (const name of INJECTIONS) {
      it(`keeps ${JSON.stringify(name)} inside SUMMARY`, () => {
        const text = `people:\n  - name: "${name}"\n    stage: building\n    next: 2026-12-01\n    how: "${name}"\n    role: "${name}"\n    topics: ["${name}"]\n`;
        const plan = readPlan(text);
        const view = deriveView(plan, TODAY);
        const ics = exportCalendar(plan, view);
        assert.deepEqual(calendarFaults(ics, view), []);
        const summary = contentLines(ics).filter((l) => l.startsWith('SUMMARY:'));
        assert.equal(summary.length, 1);
        const expected = `Networking: ${plan.people[0].name}`.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\n').replace(/\t/g, ' ').replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '');
        assert.equal(unescapeText(summary[0].slice('SUMMARY:'.length)), expected);
      });
    }

    it('keeps any name, read from YAML, inside its own SUMMARY (property)', () => {
      const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom('\r\n', '\n', '\r', ';', ',', '\\', ':', 'ATTENDEE:', 'BEGIN:VEVENT', '\u2028', '\u0085', '"', "'"));
      fc.assert(
        fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join('')), (raw) => {
          const text = `people:\n  - name: ${JSON.stringify(raw)}\n    stage: established\n    next: 2026-12-01\n    how: ${JSON.stringify(raw)}\n`;
          const plan = readPlan(text);
          const view = deriveView(plan, TODAY);
          const ics = exportCalendar(plan, view);
          assert.deepEqual(calendarFaults(ics, view), []);
          const events = contentLines(ics).filter((l) => l === 'BEGIN:VEVENT').length;
          assert.equal(events, plan.people[0]?.name ? 1 : 0);
        }),
        { numRuns: fuzzRuns(1) },
      );
    });

    it('ends an event on 9999-12-31 after it starts (no DTEND that equals DTSTART)', () => {
      const ics = icsOf('people:\n  - name: Far\n    stage: building\n    next: 9999-12-31\n');
      const lines = contentLines(ics);
      const start = lines.find((l) => l.startsWith('DTSTART'));
      const end = lines.find((l) => l.startsWith('DTEND'));
      assert.equal(start, 'DTSTART;VALUE=DATE:99991231');
      // RFC 5545: an all-day event without DTEND lasts one day; a DTEND must be later than DTSTART.
      assert.ok(end === undefined || end.slice(end.indexOf(':') + 1) > '99991231', `${end}`);
    });
  });
});
