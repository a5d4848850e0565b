import assert from 'node:assert/strict';
import { runCli } from '../../src/cli/run';
import { DEMO_PLAN, memoryIo, type MemoryIo } from './cli/memoryIo';

const FILE = 'networking-plan.yaml';

function run(argv: string[], io: MemoryIo = memoryIo({ [FILE]: DEMO_PLAN })): { code: number; out: string; err: string; io: MemoryIo } {
  const code = runCli(argv, io);
  return { code, out: io.out.join(''), err: io.err.join(''), io };
}

function assertOneLineError(err: string, pattern: RegExp): void {
  assert.match(err, pattern);
  assert.equal(err.split('\n').length, 2, `one line: ${JSON.stringify(err)}`);
  assert.ok(!/\n\s+at /.test(err), 'no stack trace');
}

describe('cli', () => {
  it('prints usage for --help, on standard output, exit 0', () => {
    const { code, out, err } = run(['--help']);
    assert.equal(code, 0);
    assert.match(out, /^Usage: networking-plan <command>/);
    for (const command of ['check [FILE]', 'due [FILE]', 'lists [FILE]', 'log NAME', 'ics [FILE]', 'brief NAME [FILE] [--today YYYY-MM-DD] [--json]']) assert.ok(out.includes(command));
    assert.equal(err, '');
  });

  it('reports usage mistakes on one line, exit 2', () => {
    const { code, out, err } = run(['due', '--within', '-1']);
    assert.equal(code, 2);
    assert.equal(out, '');
    assertOneLineError(err, /^networking-plan: --within must be a whole number of days from 0 to 100000, not "-1"\. Run "networking-plan --help"/);
    assert.equal(run(['due', '--within', '1.5']).code, 2);
    assert.equal(run(['due', '--today', 'tomorrow']).code, 2);
    assert.equal(run(['ics', '--today=2026-02-29']).code, 2);
  });

  describe('check', () => {
    const broken = [
      'version: 1',
      'people:',
      '  - name: Dana Lee',
      '    lists: [like, hepl]',
      '    next: 2026-02-30',
      '    cadnce: weekly',
      'journal:',
      '  - date: 2026-11-01',
      '    with: Nobody',
      '',
    ];

    it('prints FILE:LINE:COL: severity CODE message for each problem, exit 1 on an error', () => {
      for (const eol of ['\n', '\r\n']) {
        const { code, out } = run(['check', 'plans/p.yaml'], memoryIo({ 'plans/p.yaml': broken.join(eol) }));
        assert.equal(code, 1);
        const lines = out.trimEnd().split('\n');
        assert.deepEqual(lines.map((l) => l.split(' ').slice(0, 3).join(' ')), [
          'plans/p.yaml:4:19: error unknown-list',
          'plans/p.yaml:5:11: error bad-date',
          'plans/p.yaml:6:5: warning unknown-key',
          'plans/p.yaml:9:11: warning unknown-person',
        ]);
        assert.ok(lines.every((l) => !l.includes('\r')));
      }
    });

    it('exits 0 with warnings only, and prints nothing for a clean plan', () => {
      const warnings = run(['check', 'w.yaml'], memoryIo({ 'w.yaml': 'version: 1\npeople:\n  - name: A\n    foo: 1\n' }));
      assert.equal(warnings.code, 0);
      assert.match(warnings.out, /^w\.yaml:4:5: warning unknown-key .+\n$/);
      const clean = run(['check']);
      assert.deepEqual([clean.code, clean.out, clean.err], [0, '', '']);
    });

    it('exits 2 when the file cannot be read', () => {
      const { code, out, err } = run(['check', 'missing.yaml']);
      assert.equal(code, 2);
      assert.equal(out, '');
      assertOneLineError(err, /^networking-plan: cannot read missing\.yaml: no such file/);
    });
  });

  describe('due', () => {
    it('lists who is due today by default, most overdue first', () => {
      const { code, out } = run(['due']);
      assert.equal(code, 0);
      assert.equal(out, [
        '2026-11-26  4 days overdue  Dana Lee',
        '2026-11-30  due today       Aisha Okafor',
        '2026-11-30  due today       Marcus Chen',
        '',
      ].join('\n'));
    });

    it('prints JSON sorted by next date, then name, within N days of --today', () => {
      const { code, out } = run(['due', FILE, '--today', '2026-12-01', '--within', '6', '--json']);
      assert.equal(code, 0);
      assert.deepEqual(JSON.parse(out), [
        { name: 'Dana Lee', next: '2026-11-26', daysLate: 5 },
        { name: 'Marcus Chen', next: '2026-11-30', daysLate: 1 },
        { name: 'Aisha Okafor', next: '2026-12-01', daysLate: 0 },
        { name: 'Priya Raman', next: '2026-12-03', daysLate: -2 },
        { name: 'Tomás Álvarez', next: '2026-12-07', daysLate: -6 },
      ]);
    });

    it('says so when nobody is due, and refuses a plan with broken YAML', () => {
      const upcoming = 'people:\n  - name: A\n    stage: building\n    next: 2026-12-10\n';
      const quiet = run(['due', '--within', '3'], memoryIo({ [FILE]: upcoming }));
      assert.deepEqual([quiet.code, quiet.out], [0, 'Nobody is due within 3 days.\n']);
      assert.equal(run(['due'], memoryIo({ [FILE]: upcoming })).out, 'Nobody is due today.\n');
      assert.equal(run(['due', '--today', '2026-01-01', '--json'], memoryIo({ [FILE]: 'version: 1\n' })).out, '[]\n');
      const broken = run(['due'], memoryIo({ [FILE]: 'people: [\n' }));
      assert.equal(broken.code, 1);
      assertOneLineError(broken.err, /cannot list who is due: networking-plan\.yaml has YAML syntax errors; run "networking-plan check networking-plan\.yaml"/);
    });
  });

  describe('lists', () => {
    it('prints like, help and both in file order as JSON', () => {
      const { code, out } = run(['lists', '--json']);
      assert.equal(code, 0);
      assert.deepEqual(JSON.parse(out), {
        like: ['Dana Lee', 'Marcus Chen', 'Aisha Okafor', 'Jordan Kim', 'Tomás Álvarez', 'Sofia Rossi', 'Ben Carter'],
        help: ['Dana Lee', 'Marcus Chen', 'Aisha Okafor', 'Jordan Kim', 'Priya Raman', 'Hannah Schultz', 'Wei Zhang'],
        both: ['Dana Lee', 'Marcus Chen', 'Aisha Okafor', 'Jordan Kim'],
      });
    });

    it('prints a readable listing, start-here first', () => {
      const { out } = run(['lists'], memoryIo({ [FILE]: 'people:\n  - name: A\n    lists: [help]\n  - name: B\n' }));
      assert.equal(out, 'Start here: on both lists (0)\n  (nobody yet)\n\nLike: people I know and like (0)\n  (nobody yet)\n\n' +
        'Help: people who can help my career (1)\n  A\n');
    });
  });

  it('ics writes the calendar with CRLF line endings, stamped with --today', () => {
    const { code, out } = run(['ics', '--today', '2026-12-01']);
    assert.equal(code, 0);
    assert.ok(out.startsWith('BEGIN:VCALENDAR\r\n') && out.endsWith('END:VCALENDAR\r\n'));
    assert.equal(out.match(/^BEGIN:VEVENT\r$/gm)?.length, 6);
    assert.ok(out.includes('\r\nDTSTAMP:20261201T000000Z\r\n'));
  });
});
