import assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/run';
import { readPlan } from '../../../src/core';
import { DEMO_PLAN, memoryIo } from './memoryIo';

const FILE = 'networking-plan.yaml';

describe('cli log', () => {
  it('appends a journal entry in place, keeping every other byte, with the name as written in people', () => {
    const io = memoryIo({ [FILE]: DEMO_PLAN, 'other.yaml': DEMO_PLAN });
    const code = runCli(['log', '  dana LEE ', '--note', 'Coffee; build-speed project', '--gave', 'Draft slides'], io);
    assert.equal(code, 0);
    assert.deepEqual(io.writes, [FILE]);
    assert.equal(io.files.get('other.yaml'), DEMO_PLAN);
    const updated = io.files.get(FILE)!;
    assert.ok(updated.startsWith(DEMO_PLAN), 'the old text is untouched');
    assert.equal(
      updated.slice(DEMO_PLAN.length),
      '  - date: 2026-11-30\n    with: Dana Lee\n    note: Coffee; build-speed project\n    gave: Draft slides\n',
    );
    assert.equal(io.out.join(''), 'Logged a contact with Dana Lee on 2026-11-30 in networking-plan.yaml. Next contact: 2026-12-14 (in 14 days, every 2 weeks).\n');
    assert.deepEqual(io.err, []);
    assert.deepEqual(readPlan(updated).problems, []);
  });

  it('takes --date, --got, and a file given after the name', () => {
    const io = memoryIo({ 'plans/mine.yaml': DEMO_PLAN });
    assert.equal(runCli(['log', 'Wei Zhang', '--date', '2026-11-02', '--got=Job posting list', 'plans/mine.yaml'], io), 0);
    const added = io.files.get('plans/mine.yaml')!.slice(DEMO_PLAN.length);
    assert.equal(added, '  - date: 2026-11-02\n    with: Wei Zhang\n    got: Job posting list\n');
    assert.equal(io.out.join(''), 'Logged a contact with Wei Zhang on 2026-11-02 in plans/mine.yaml.\n');
  });

  it('keeps CRLF line endings', () => {
    const crlf = DEMO_PLAN.replace(/\n/g, '\r\n');
    const io = memoryIo({ [FILE]: crlf });
    assert.equal(runCli(['log', 'Sofia Rossi', '--note', 'Call'], io), 0);
    assert.equal(io.files.get(FILE), `${crlf}  - date: 2026-11-30\r\n    with: Sofia Rossi\r\n    note: Call\r\n`);
  });

  const refusals: [string, Record<string, string>, string[], RegExp, number][] = [
    ['an unknown name', { [FILE]: DEMO_PLAN }, ['log', 'Dana Le'], /nobody named "Dana Le" in networking-plan\.yaml; nothing was written\. Did you mean "Dana Lee"\?/, 1],
    ['a name far from any', { [FILE]: DEMO_PLAN }, ['log', 'Zebulon'], /nobody named "Zebulon".*Add them to the plan first\./, 1],
    ['an empty name', { [FILE]: DEMO_PLAN }, ['log', '  '], /nobody named ""/, 1],
    ['broken YAML', { [FILE]: `${DEMO_PLAN}  - [\n` }, ['log', 'Dana Lee'], /cannot log a contact: networking-plan\.yaml has YAML syntax errors/, 1],
    ['a bad date', { [FILE]: DEMO_PLAN }, ['log', 'Dana Lee', '--date', '2026-11-31'], /--date must be a calendar day written YYYY-MM-DD, not "2026-11-31"/, 2],
    ['a missing file', {}, ['log', 'Dana Lee'], /cannot read networking-plan\.yaml: no such file/, 2],
  ];
  for (const [what, files, argv, message, exitCode] of refusals) {
    it(`refuses ${what} with one line on stderr and writes nothing`, () => {
      const io = memoryIo(files);
      assert.equal(runCli(argv, io), exitCode);
      assert.deepEqual(io.writes, []);
      assert.deepEqual(io.out, []);
      assert.equal(io.err.length, 1);
      assert.match(io.err[0], message);
      assert.match(io.err[0], /^networking-plan: [^\n]+\n$/);
    });
  }

  it('does not overwrite a file that changed while logging', () => {
    const io = memoryIo({ [FILE]: DEMO_PLAN });
    let reads = 0;
    io.readFile = (file) => (++reads === 1 ? DEMO_PLAN : `${DEMO_PLAN}# saved by an editor meanwhile\n`) + (file === FILE ? '' : '?');
    assert.equal(runCli(['log', 'Dana Lee'], io), 1);
    assert.deepEqual(io.writes, []);
    assert.match(io.err.join(''), /changed while the contact was being logged; nothing was written/);
  });

  it('reports a failed write on one line, exit 1', () => {
    const io = memoryIo({ [FILE]: DEMO_PLAN });
    io.writeFile = () => {
      throw new Error('ENOSPC: no space left on device,\nwrite');
    };
    assert.equal(runCli(['log', 'Dana Lee'], io), 1);
    assert.deepEqual(io.err, ['networking-plan: cannot write networking-plan.yaml: ENOSPC: no space left on device, write; the file was left as it was.\n']);
  });

  it('turns any other failure into one line, exit 1', () => {
    const io = memoryIo({ [FILE]: DEMO_PLAN });
    io.stdout = () => {
      throw new TypeError('stdout is gone');
    };
    assert.equal(runCli(['lists'], io), 1);
    assert.deepEqual(io.err, ['networking-plan: unexpected error: stdout is gone\n']);
  });
});
