import assert from 'node:assert/strict';
import { parseArgs, UsageError } from '../../../src/cli/args';

const usageError = (argv: string[], pattern: RegExp) =>
  assert.throws(() => parseArgs(argv), (error: unknown) => error instanceof UsageError && pattern.test(error.message));

describe('cli arguments', () => {
  it('reads a command, its positionals and its options in any order', () => {
    assert.deepEqual(parseArgs(['due', '--today', '2026-11-30', 'plan.yaml', '--json', '--within=7']), {
      kind: 'command',
      command: 'due',
      positionals: ['plan.yaml'],
      options: { today: '2026-11-30', json: true, within: '7' },
    });
    assert.deepEqual(parseArgs(['log', 'Dana Lee', '--note', 'Lunch; roadmap', 'p.yaml', '--gave=a=b']), {
      kind: 'command',
      command: 'log',
      positionals: ['Dana Lee', 'p.yaml'],
      options: { note: 'Lunch; roadmap', gave: 'a=b' },
    });
  });

  it('takes values that start with a dash, and positionals after "--"', () => {
    const parsed = parseArgs(['log', '--note', '-', '--got=--verbose', '--', '--weird name--', 'f.yaml']);
    assert.ok(parsed.kind === 'command');
    assert.deepEqual(parsed.positionals, ['--weird name--', 'f.yaml']);
    assert.deepEqual(parsed.options, { note: '-', got: '--verbose' });
    assert.deepEqual(parseArgs(['log', 'A', '--note', '-3 things']), {
      kind: 'command', command: 'log', positionals: ['A'], options: { note: '-3 things' },
    });
  });

  it('asks for help with --help or -h anywhere before "--"', () => {
    assert.deepEqual(parseArgs(['--help']), { kind: 'help' });
    assert.deepEqual(parseArgs(['due', '-h']), { kind: 'help' });
    assert.deepEqual(parseArgs(['frob', '--help']), { kind: 'help' });
    assert.equal(parseArgs(['log', '--', '--help']).kind, 'command');
  });

  it('refuses mistakes with a hint', () => {
    usageError([], /no command given/);
    usageError(['frob'], /unknown command "frob" \(commands: check, due, lists, log, ics, meetings, brief, stats, import\)/);
    usageError(['constructor'], /unknown command/);
    usageError(['due', '--bogus'], /unknown option "--bogus" for "due": its options are --today, --within, --json/);
    usageError(['check', '--json'], /unknown option "--json" for "check": it takes no options/);
    usageError(['due', '-j'], /unknown option "-j"/);
    usageError(['due', '--today'], /--today needs a value/);
    usageError(['log', 'A', '--note', '--gave', 'x'], /--note needs a value .*--note=VALUE/);
    usageError(['due', '--json', '--json'], /--json is given twice/);
    usageError(['due', '--json=yes'], /--json takes no value/);
    usageError(['log'], /"log" needs NAME/);
    usageError(['due', 'a.yaml', 'b.yaml'], /too many arguments for "due": "b.yaml"/);
    usageError(['log', 'A', 'f.yaml', 'extra'], /too many arguments/);
  });
});
