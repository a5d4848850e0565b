import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/run';
import { inTimeZone } from '../meetings/timeZone';
import { buildCli } from './bundledCli';
import { FIXTURES, memoryIo } from './memoryIo';

const CALENDARS = path.join(FIXTURES, 'calendars');
const files = Object.fromEntries(['plan.yaml', 'outlook.ics', 'google.ics', 'apple.ics'].map((f) => [f, fs.readFileSync(path.join(CALENDARS, f), 'utf8')]));
const ALL = ['--calendar', 'outlook.ics', '--calendar', 'google.ics', '--calendar=apple.ics'];

function run(argv: string[], extra: Record<string, string> = {}): { code: number; out: string; err: string } {
  const io = memoryIo({ ...files, ...extra }, '2026-12-01');
  const code = runCli(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

const BERLIN = [
  {
    name: 'Marcus Chen',
    meetings: [
      { summary: 'Platform staff meeting (moved)', start: '2026-12-08T14:00:00+01:00', recurring: true },
      { summary: 'Platform offsite', start: '2026-12-16T00:00:00+01:00', recurring: false },
      { summary: 'Platform staff meeting', start: '2026-12-28T10:00:00+01:00', recurring: true },
    ],
  },
  {
    name: 'Dana Lee',
    meetings: [
      { summary: 'Platform staff meeting (moved)', start: '2026-12-08T14:00:00+01:00', recurring: true },
      { summary: '1:1 Dana / Alex', start: '2026-12-11T10:00:00+01:00', recurring: false },
      { summary: 'Platform staff meeting', start: '2026-12-28T10:00:00+01:00', recurring: true },
    ],
  },
  {
    name: 'Priya Raman',
    meetings: [
      { summary: 'Engineering all-hands', start: '2026-12-03T16:00:00+01:00', recurring: true },
      { summary: 'Lunch with Priya', start: '2026-12-04T12:30:00+01:00', recurring: false },
    ],
  },
  { name: 'Sam Ortiz', meetings: [{ summary: 'Design crit', start: '2026-12-10T15:00:00+01:00', recurring: false }] },
  { name: 'Sam Patel', meetings: [{ summary: 'Walk with Sam Patel', start: '2026-12-15T08:00:00+01:00', recurring: false }] },
  { name: 'Jordan Blake', meetings: [{ summary: 'Roadmap sync', start: '2026-12-09T15:00:00+01:00', recurring: false }] },
];

describe('cli: meetings', () => {
  it('prints each person\'s meetings as JSON in plan order, leaving out people without one (Tomás declined, Lena has none)', () => {
    const { code, out, err } = inTimeZone('Europe/Berlin', () => run(['meetings', 'plan.yaml', ...ALL, '--json']));
    assert.equal(err, '');
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(out), BERLIN);
  });

  it('gives the same moments in another time zone, with its offset; floating and whole-day times stay local', () => {
    const { out } = inTimeZone('America/New_York', () => run(['meetings', 'plan.yaml', ...ALL, '--json', '--today', '2026-12-01']));
    const rows = JSON.parse(out) as typeof BERLIN;
    assert.deepEqual(rows.map((r) => r.name), BERLIN.map((r) => r.name));
    rows.forEach((row, i) =>
      row.meetings.forEach((m, j) => {
        const berlin = BERLIN[i].meetings[j];
        assert.equal(m.summary, berlin.summary);
        assert.match(m.start, /-05:00$/);
        if (m.summary === 'Walk with Sam Patel' || m.summary === 'Platform offsite') assert.equal(m.start.slice(0, 19), berlin.start.slice(0, 19));
        else assert.equal(Date.parse(m.start), Date.parse(berlin.start), m.summary);
      }),
    );
  });

  it('reads --today and --within, and FILE defaults to networking-plan.yaml', () => {
    const { out } = inTimeZone('Europe/Berlin', () => run(['meetings', ...ALL, '--today', '2026-12-08', '--within', '1', '--json'], { 'networking-plan.yaml': files['plan.yaml'] }));
    assert.deepEqual(JSON.parse(out), [
      { name: 'Marcus Chen', meetings: [BERLIN[0].meetings[0]] },
      { name: 'Dana Lee', meetings: [BERLIN[1].meetings[0]] },
      { name: 'Jordan Blake', meetings: [BERLIN[5].meetings[0]] },
    ]);
    assert.equal(inTimeZone('Europe/Berlin', () => run(['meetings', 'plan.yaml', '--calendar', 'apple.ics', '--today', '2027-06-01', '--json'])).out, '[]\n');
  });

  it('prints readable text', () => {
    const { out } = inTimeZone('Europe/Berlin', () => run(['meetings', 'plan.yaml', '--calendar', 'outlook.ics', '--calendar', 'apple.ics']));
    assert.equal(
      out,
      [
        'Marcus Chen',
        '  Tue 8 Dec 14:00   Platform staff meeting (moved) (weekly)',
        '  Wed 16 Dec        Platform offsite',
        '  Mon 28 Dec 10:00  Platform staff meeting (weekly)',
        '',
        'Dana Lee',
        '  Tue 8 Dec 14:00   Platform staff meeting (moved) (weekly)',
        '  Mon 28 Dec 10:00  Platform staff meeting (weekly)',
        '',
        'Priya Raman',
        '  Thu 3 Dec 16:00   Engineering all-hands (monthly)',
        '',
        'Sam Patel',
        '  Tue 15 Dec 08:00  Walk with Sam Patel',
        '',
      ].join('\n'),
    );
    assert.equal(run(['meetings', 'plan.yaml', '--calendar', 'apple.ics', '--within', '0']).out, 'No meetings with people in the plan within 0 days.\n');
  });

  it('refuses a missing --calendar, a bad --within, and says which calendar cannot be read and why', () => {
    const usage = run(['meetings', 'plan.yaml']);
    assert.equal(usage.code, 2);
    assert.match(usage.err, /^networking-plan: "meetings" needs at least one --calendar ICS/);
    assert.equal(run(['meetings', '--calendar', 'apple.ics', '--within', 'soon']).code, 2);
    const missing = run(['meetings', 'plan.yaml', '--calendar', 'apple.ics', '--calendar', 'gone.ics']);
    assert.deepEqual([missing.code, missing.out, missing.err], [2, '', 'networking-plan: cannot read the calendar gone.ics: no such file.\n']);
    const bad = run(['meetings', 'plan.yaml', '--calendar', 'notes.ics'], { 'notes.ics': 'Lunch with Dana on Friday\n' });
    assert.deepEqual([bad.code, bad.err], [2, 'networking-plan: notes.ics is not an iCalendar file: it does not begin with BEGIN:VCALENDAR.\n']);
  });

  it('is in the usage', () => {
    assert.match(run(['--help']).out, /meetings \[FILE\] --calendar ICS \[--calendar ICS2 \.\.\.\] \[--today YYYY-MM-DD\] \[--within DAYS\] \[--json\]/);
  });

  it('works bundled, as installed (the parser bundled in), in the machine\'s time zone', function () {
    this.timeout(60_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'np-meetings-cli-'));
    try {
      const cli = buildCli(dir);
      const args = [cli, 'meetings', 'plan.yaml', '--today', '2026-12-01', '--json', ...ALL];
      const result = spawnSync(process.execPath, args, { cwd: CALENDARS, encoding: 'utf8', env: { ...process.env, TZ: 'Pacific/Kiritimati' } });
      assert.equal(result.stderr, '');
      assert.equal(result.status, 0);
      const rows = JSON.parse(result.stdout) as typeof BERLIN;
      const sync = rows.find((r) => r.name === 'Jordan Blake')?.meetings[0];
      assert.deepEqual(sync, { summary: 'Roadmap sync', start: '2026-12-10T04:00:00+14:00', recurring: false });
      assert.equal(Date.parse(sync.start), Date.parse(BERLIN[5].meetings[0].start));
      assert.deepEqual(rows.map((r) => r.meetings.length), BERLIN.map((r) => r.meetings.length));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
