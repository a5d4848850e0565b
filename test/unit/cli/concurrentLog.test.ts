import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as lockfile from 'proper-lockfile';
import { withPlanLock } from '../../../src/cli/planLock';
import { CliError } from '../../../src/cli/io';
import { readPlan } from '../../../src/core/read';
import { buildCli, runCliAsync, runCliSync } from './bundledCli';
import { DEMO_PLAN } from './memoryIo';

const WRITERS = 30;
const ROUNDS = 3;

/** Many `log` commands on one plan at once, as two terminals, an alias and a scheduled job would run them. */
describe('cli log: concurrent writers (spawned)', function () {
  this.timeout(240_000);
  let dir = '';
  let cli = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'networking-plan-concurrent-'));
    cli = buildCli(dir);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it(`never reports success for a lost entry: ${WRITERS} writers at once, ${ROUNDS} rounds`, async () => {
    const file = path.join(dir, 'plan.yaml');
    fs.writeFileSync(file, DEMO_PLAN);
    let logged = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const notes = Array.from({ length: WRITERS }, (_, i) => `round ${round} writer ${i}`);
      const runs = await Promise.all(notes.map((note) => runCliAsync(cli, ['log', 'Dana Lee', '--date', '2026-11-30', '--note', note, 'plan.yaml'], dir)));
      const plan = readPlan(fs.readFileSync(file, 'utf8'));
      assert.deepEqual(plan.problems, [], `round ${round}: the plan checks clean`);
      const inFile = new Set(plan.journal.map((e) => e.note));
      runs.forEach((run, i) => {
        if (run.code === 0) {
          assert.ok(inFile.has(notes[i]), `round ${round}: writer ${i} reported success but its entry is not in the file`);
          assert.match(run.out, /^Logged a contact with Dana Lee on 2026-11-30 in plan\.yaml\./);
        } else {
          assert.equal(run.code, 1, `writer ${i}: ${run.err}`);
          assert.match(run.err, /^networking-plan: [^\n]+(nothing was written)[^\n]*\n$/, `writer ${i} was refused with a message`);
          assert.ok(!inFile.has(notes[i]), `round ${round}: writer ${i} was refused but its entry is in the file`);
        }
      });
      logged += runs.filter((r) => r.code === 0).length;
      assert.equal(plan.journal.length, readPlan(DEMO_PLAN).journal.length + logged, 'every entry in the file was reported');
    }
    assert.ok(logged > 0, 'some writers succeeded');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['cli.js', 'plan.yaml'], 'no lock or temporary file is left');
  });

  it('takes over a lock left by a command that died, once it is stale', () => {
    const file = path.join(dir, 'stale.yaml');
    fs.writeFileSync(file, DEMO_PLAN);
    fs.mkdirSync(`${file}.lock`);
    const longAgo = new Date(Date.now() - 10 * 60_000);
    fs.utimesSync(`${file}.lock`, longAgo, longAgo);
    const run = runCliSync(cli, ['log', 'Dana Lee', '--date', '2026-11-30', 'stale.yaml'], dir);
    assert.equal(run.code, 0, run.err);
    assert.ok(!fs.existsSync(`${file}.lock`));
    assert.match(fs.readFileSync(file, 'utf8'), /with: Dana Lee\n$/);
  });

  it('waits a bounded time for a lock that is held, then refuses naming the lock', () => {
    const file = path.join(dir, 'held.yaml');
    fs.writeFileSync(file, DEMO_PLAN);
    const release = lockfile.lockSync(file, { stale: 60_000 });
    try {
      let ran = false;
      assert.throws(
        () => withPlanLock(file, () => (ran = true), 300),
        (error: unknown) => error instanceof CliError && /is being written by another networking-plan command or by VS Code's Networking Plan extension \(it holds .*held\.yaml\.lock\); nothing was written\. Try again\./.test(error.message),
      );
      assert.equal(ran, false);
    } finally {
      release();
    }
    assert.equal(withPlanLock(file, () => 'done', 300), 'done', 'free again once released');
    assert.ok(!fs.existsSync(`${file}.lock`));
  });
});
