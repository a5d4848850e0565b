import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadCase } from '../../hostile/cases';

const OUT = path.resolve(__dirname, '../..');
const SURFACE_CHILD = path.join(OUT, 'hostile/surfaceChild.js');
const CLI = path.resolve(OUT, '../src/cli.js');
const LIMIT_MS = 60_000;

/** Inputs that push the parser's recursion or memory; each surface runs in a process of its own, cold. */
const DEEP = [
  'generated/nesting-200-block',
  'generated/nesting-200-flow',
  'generated/nesting-5000-flow',
  'generated/nesting-5000-unclosed',
  'generated/nesting-10000-compact-sequences',
  'generated/nesting-3000-complex-keys',
  'generated/nesting-1000-indentation',
  'generated/alias-bomb-deep',
  'corpus/alias-bomb.yaml',
];
/** Inputs a file can hold but a text editor would not save: the command-line tool reads them as bytes. */
const BYTES = ['generated/binary-random', 'generated/invalid-utf8', 'generated/utf16le-bom', 'generated/only-nul-bytes', 'corpus/lone-cr.yaml', 'corpus/bom-crlf.yaml'];

function crashFault(result: ReturnType<typeof spawnSync>): string | undefined {
  const stderr = String(result.stderr ?? '');
  if (result.error) return `did not finish: ${result.error.message}`;
  if (result.signal) return `killed by ${result.signal}: ${stderr.slice(-500)}`;
  if (/FATAL ERROR|out of memory|Maximum call stack|^\s+at /m.test(stderr)) return `crashed: ${stderr.slice(0, 500)}`;
  return undefined;
}

describe('hostile plans in fresh processes: no crash, no hang', function () {
  this.timeout(DEEP.length * 3 * LIMIT_MS);

  for (const name of DEEP) {
    for (const surface of ['readPlan', 'PlanReader', 'applyEdit']) {
      it(`${surface} on ${name}`, () => {
        const result = spawnSync(process.execPath, [SURFACE_CHILD, name, surface], { encoding: 'utf8', timeout: LIMIT_MS });
        assert.equal(crashFault(result), undefined);
        assert.equal(result.status, 0, result.stderr);
        assert.equal(result.stdout, 'ok\n');
      });
    }
  }

  describe('the command-line tool, spawned', () => {
    let dir = '';
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'networking-plan-spawned-'));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    function run(args: string[]) {
      const result = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: LIMIT_MS });
      return { result, code: result.status, err: result.stderr };
    }

    for (const name of [...DEEP, ...BYTES]) {
      // due and lists read as ics does; the corpus runs all five in process on every input.
      it(`check, ics and log on ${name}: a clear message, the file changed only by log`, () => {
        const bytes = loadCase(name).bytes;
        fs.writeFileSync(path.join(dir, 'plan.yaml'), bytes);
        for (const args of [['check'], ['ics'], ['log', '--date', '2026-11-29', '--', 'Dana Lee']]) {
          const { result, code, err } = run([...args, 'plan.yaml']);
          assert.equal(crashFault(result), undefined, args[0]);
          assert.ok(code === 0 || code === 1 || code === 2, `${args[0]} exited ${code}`);
          if (code !== 0 && args[0] !== 'check') assert.match(err, /^networking-plan: [^\n]+\n$/, `${args[0]}: ${err}`);
          assert.ok(!/unexpected error/.test(err), `${args[0]}: ${err}`);
          assert.deepEqual(fs.readdirSync(dir), ['plan.yaml'], `${args[0]} left another file`);
          if (args[0] !== 'log' || code !== 0) assert.ok(fs.readFileSync(path.join(dir, 'plan.yaml')).equals(bytes), `${args[0]} (exit ${code}) changed the file`);
        }
      });
    }
  });
});
