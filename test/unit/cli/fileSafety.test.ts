import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { MAX_PLAN_BYTES } from '../../../src/core/read';
import { buildCli, runCliSync } from './bundledCli';
import { DEMO_PLAN } from './memoryIo';

const LOG = ['log', 'Dana Lee', '--date', '2026-11-30', '--note', 'Lunch'];
const ENTRY = '  - date: 2026-11-30\n    with: Dana Lee\n    note: Lunch\n';

/** What a write keeps of the user's file, and what the tool refuses to read, with the real file system. */
describe('cli: the user\'s file (spawned)', function () {
  this.timeout(60_000);
  let dir = '';
  let cli = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'networking-plan-files-'));
    cli = buildCli(dir);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function plan(name: string, text = DEMO_PLAN): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  }

  it('keeps the owner and group of another user\'s plan when run as root', function () {
    if (process.getuid?.() !== 0) this.skip();
    const file = plan('theirs.yaml');
    fs.chownSync(file, 4321, 8765);
    fs.chmodSync(file, 0o600);
    const run = runCliSync(cli, [...LOG, file], dir);
    assert.equal(run.code, 0, run.err);
    const stat = fs.statSync(file);
    assert.deepEqual([stat.uid, stat.gid, stat.mode & 0o777], [4321, 8765, 0o600]);
    assert.equal(fs.readFileSync(file, 'utf8'), DEMO_PLAN + ENTRY);
  });

  it('keeps the file mode, writes through a symbolic link, and says that other hard links keep the old version', () => {
    const file = plan('linked.yaml');
    fs.chmodSync(file, 0o604);
    const hard = path.join(dir, 'hard-link.yaml');
    fs.linkSync(file, hard);
    const soft = path.join(dir, 'soft-link.yaml');
    fs.symlinkSync(file, soft);
    const run = runCliSync(cli, [...LOG, soft], dir);
    assert.equal(run.code, 0, run.err);
    assert.match(run.err, /^networking-plan: warning: .*soft-link\.yaml had 1 other hard link\(s\): they still hold the previous version/);
    assert.ok(fs.lstatSync(soft).isSymbolicLink());
    assert.equal(fs.readFileSync(file, 'utf8'), DEMO_PLAN + ENTRY);
    assert.equal(fs.statSync(file).mode & 0o777, 0o604);
    assert.equal(fs.readFileSync(hard, 'utf8'), DEMO_PLAN, 'the hard link is the old file');
  });

  it('writes a plan whose name is as long as a file name can be', () => {
    const name = `${'p'.repeat(250)}.yaml`;
    plan(name);
    const run = runCliSync(cli, [...LOG, name], dir);
    assert.equal(run.code, 0, run.err);
    assert.equal(fs.readFileSync(path.join(dir, name), 'utf8'), DEMO_PLAN + ENTRY);
  });

  it('refuses at once a named pipe, a device and a socket, for every command', async () => {
    const fifo = path.join(dir, 'fifo.yaml');
    execFileSync('mkfifo', [fifo]);
    const socketPath = path.join(dir, 'socket.yaml');
    const server = net.createServer().listen(socketPath);
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const cases: [string, RegExp][] = [
        [fifo, /it is a named pipe \(FIFO\), not a file/],
        ['/dev/zero', /it is a device, not a file/],
        [socketPath, /it is a socket, not a file/],
      ];
      for (const [file, reason] of cases) {
        for (const args of [['check'], ['due'], ['lists'], ['ics'], ['log', 'Dana Lee']]) {
          const run = runCliSync(cli, [...args, file], dir, 10_000);
          assert.equal(run.code, 2, `${args[0]} ${file}: ${run.err}`);
          assert.equal(run.out, '');
          assert.match(run.err, new RegExp(`^networking-plan: cannot read ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${reason.source}\\.\\n$`));
        }
      }
    } finally {
      server.close();
    }
  });

  it('reports a file past the size limit as a too-large problem without reading it, and writes nothing', () => {
    const file = path.join(dir, 'huge.yaml');
    fs.writeFileSync(file, DEMO_PLAN);
    fs.truncateSync(file, MAX_PLAN_BYTES + 1);
    const check = runCliSync(cli, ['check', file], dir);
    assert.equal(check.code, 1);
    assert.match(check.out, /^.*huge\.yaml:1:1: error too-large The file is too large to be a plan \(32 MB or more; plans are read up to 32 MB\)/);
    const log = runCliSync(cli, [...LOG, file], dir);
    assert.equal(log.code, 1);
    assert.match(log.err, /cannot log a contact: .*huge\.yaml: The file is too large to be a plan/);
    assert.equal(fs.statSync(file).size, MAX_PLAN_BYTES + 1);
  });

  it('exits 0 once the contact is written, even when the output cannot be', function () {
    if (!fs.existsSync('/dev/full')) this.skip();
    const file = plan('full.yaml');
    const out = fs.openSync('/dev/full', 'w');
    try {
      const result = execFileSyncStatus(cli, [...LOG, file], out);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stderr, /cannot write the output|could not be printed/);
    } finally {
      fs.closeSync(out);
    }
    assert.equal(fs.readFileSync(file, 'utf8'), DEMO_PLAN + ENTRY, 'logged once');
    const failed = fs.openSync('/dev/full', 'w');
    try {
      assert.equal(execFileSyncStatus(cli, ['due', '--today', '2026-11-30', file], failed).status, 1, 'a report that cannot be printed fails');
    } finally {
      fs.closeSync(failed);
    }
  });
});

function execFileSyncStatus(cli: string, args: string[], stdout: number): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { stdio: ['ignore', stdout, 'pipe'], encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}
