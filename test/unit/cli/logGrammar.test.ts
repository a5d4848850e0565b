import assert from 'node:assert/strict';
import { parseArgs, UsageError } from '../../../src/cli/args';
import { runCli } from '../../../src/cli/run';
import { readPlan } from '../../../src/core/read';
import { DEMO_PLAN, memoryIo, type MemoryIo } from './memoryIo';

const FILE = 'networking-plan.yaml';

function run(argv: string[], io: MemoryIo = memoryIo({ [FILE]: DEMO_PLAN })) {
  const code = runCli(argv, io);
  return { code, out: io.out.join(''), err: io.err.join(''), io };
}

/** The entries the run appended to `file`. */
function added(io: MemoryIo, file = FILE): string {
  return io.files.get(file)!.slice(DEMO_PLAN.length);
}

describe('cli log: several people, the FILE rule, --with, and dates', () => {
  it('logs one contact with several people given as arguments, in the journal\'s list form', () => {
    const { code, out, err, io } = run(['log', 'Marcus Chen', 'dana lee', '--date', '2026-11-30', '--note', 'Lunch']);
    assert.equal(code, 0, err);
    assert.equal(added(io), '  - date: 2026-11-30\n    with: [Marcus Chen, Dana Lee]\n    note: Lunch\n');
    assert.match(out, /^Logged a contact with Marcus Chen and Dana Lee on 2026-11-30 in networking-plan\.yaml\. Next contact: Marcus Chen 2026-12-30 \(in 30 days, every month\); Dana Lee 2026-12-14 \(in 14 days, every 2 weeks\)\.\n$/);
    assert.deepEqual(readPlan(io.files.get(FILE)!).problems, []);
  });

  it('takes names from a repeated --with, after any given as arguments, each person once', () => {
    const { code, io } = run(['log', 'Aisha Okafor', '--with', 'Wei Zhang', '--with=aisha okafor', '--date', '2026-11-30', 'plans/p.yaml'], memoryIo({ 'plans/p.yaml': DEMO_PLAN }));
    assert.equal(code, 0);
    assert.equal(added(io, 'plans/p.yaml'), '  - date: 2026-11-30\n    with: [Aisha Okafor, Wei Zhang]\n');
    assert.deepEqual(parseArgs(['log', '--with', 'A', '--with', 'B']), { kind: 'command', command: 'log', positionals: [], options: { with: ['A', 'B'] } });
  });

  it('takes the last argument as the FILE when it ends in .yaml or .yml, or names an existing file', () => {
    for (const file of ['mine.yaml', 'MINE.YML', 'plan.txt']) {
      const io = memoryIo({ [file]: DEMO_PLAN, [FILE]: DEMO_PLAN });
      assert.equal(runCli(['log', 'Dana Lee', '--date', '2026-11-30', file], io), 0, io.err.join(''));
      assert.deepEqual(io.writes, [file]);
    }
    // Without a file of that name, the last argument is a second person, and the default plan is written.
    const io = memoryIo({ [FILE]: DEMO_PLAN });
    assert.equal(runCli(['log', 'Dana Lee', 'Wei Zhang', '--date', '2026-11-30'], io), 0);
    assert.deepEqual(io.writes, [FILE]);
    assert.equal(added(io), '  - date: 2026-11-30\n    with: [Dana Lee, Wei Zhang]\n');
  });

  it('takes an existing file as the FILE only when someone is named before it', () => {
    const io = memoryIo({ [FILE]: DEMO_PLAN, 'Dana Lee': 'not a plan' });
    assert.equal(runCli(['log', 'Dana Lee', '--date', '2026-11-30'], io), 0);
    assert.deepEqual(io.writes, [FILE]);
  });

  it('never writes a file it was not given: an unknown second name refuses the whole contact', () => {
    const { code, err, io } = run(['log', 'Dana Lee', 'Dana Le', '--date', '2026-11-30']);
    assert.equal(code, 1);
    assert.match(err, /^networking-plan: nobody named "Dana Le" in networking-plan\.yaml; nothing was written\. Did you mean "Dana Lee"\?\n$/);
    assert.deepEqual(io.writes, []);
  });

  it('refuses a plan file given before other arguments, and "--note --"', () => {
    const usage = (argv: string[], pattern: RegExp) => assert.throws(() => parseArgs(argv), (e: unknown) => e instanceof UsageError && pattern.test(e.message));
    usage(['log', 'A', 'f.yaml', 'B'], /too many arguments for "log" after "f\.yaml": "B" \(the plan FILE comes last/);
    usage(['log', 'A', '--note', '--'], /^--note needs a value/);
    usage(['log', '--note', '--', 'A'], /^--note needs a value/);
    usage(['log', '--date', '2026-11-30'], /"log" needs NAME/);
    const { code, err } = run(['log', 'Dana Lee', '--note', '--']);
    assert.equal(code, 2);
    assert.match(err, /^networking-plan: --note needs a value/);
  });

  it('warns of a --date after today on standard error, and still logs it', () => {
    const { code, out, err, io } = run(['log', 'Dana Lee', '--date', '2027-06-01']);
    assert.equal(code, 0);
    assert.match(out, /^Logged a contact with Dana Lee on 2027-06-01/);
    assert.equal(err, 'networking-plan: warning: --date 2027-06-01 is after today (2026-11-30): the next contact is counted from that day.\n');
    assert.match(added(io), /date: 2027-06-01/);
    assert.equal(run(['log', 'Dana Lee', '--date', '2026-11-30']).err, '', 'today is no warning');
  });

  it('compares names after Unicode normalization and case folding', () => {
    const plan = 'people:\n  - name: Jos\u00e9 Mart\u00ednez\n  - name: Stra\u00dfe\njournal: []\n';
    const io = memoryIo({ [FILE]: plan });
    assert.equal(runCli(['log', 'JOSE\u0301 MARTI\u0301NEZ', 'strasse', '--date', '2026-11-30'], io), 0, io.err.join(''));
    assert.equal(io.files.get(FILE), `${plan.replace('journal: []', 'journal:')}  - date: 2026-11-30\n    with: [Jos\u00e9 Mart\u00ednez, Stra\u00dfe]\n`);
  });

  it('tells a plan that keeps failing checks apart from a passing one only by YAML syntax: other errors do not block', () => {
    const withError = DEMO_PLAN.replace('lists: [like, help]', 'lists: [like, hepl]');
    const { code, io } = run(['log', 'Dana Lee', '--date', '2026-11-30'], memoryIo({ [FILE]: withError }));
    assert.equal(code, 0);
    const before = readPlan(withError).problems.map((p) => p.code);
    assert.deepEqual(readPlan(io.files.get(FILE)!).problems.map((p) => p.code), before);
  });
});
