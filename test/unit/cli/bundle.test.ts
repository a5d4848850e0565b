import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { DEMO_PLAN, FIXTURES } from './memoryIo';

const ROOT = path.resolve(__dirname, '../../../..');

/** The bundled tool, spawned as users run it, against real files in a scratch directory. */
describe('cli bundle (spawned)', function () {
  this.timeout(60_000);
  let dir = '';
  let cli = '';

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'networking-plan-cli-'));
    cli = path.join(dir, 'cli.js');
    // The same options as `npm run build`, into a scratch directory so that dist/ is left alone.
    buildSync({
      entryPoints: [path.join(ROOT, 'src/cli.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['vscode'],
      alias: { yaml: './node_modules/yaml/browser/index.js' },
      absWorkingDir: ROOT,
      minify: true,
      outfile: cli,
      logLevel: 'silent',
    });
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function run(args: string[], cwd = dir) {
    const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, TZ: 'Pacific/Kiritimati' } });
    return { code: result.status, out: result.stdout, err: result.stderr };
  }

  function planFile(name: string, text = DEMO_PLAN, mode = 0o640): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    fs.chmodSync(file, mode);
    return file;
  }

  it('starts with a shebang line and does not load vscode', () => {
    assert.ok(fs.readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n'));
    assert.ok(!/require\(["']vscode["']\)/.test(fs.readFileSync(cli, 'utf8')));
    const help = run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /^Usage: networking-plan/);
  });

  it('answers due --json from the default file in the current directory', () => {
    planFile('networking-plan.yaml');
    const { code, out, err } = run(['due', '--today', '2026-11-30', '--json']);
    assert.equal(err, '');
    assert.equal(code, 0);
    assert.deepEqual((JSON.parse(out) as { name: string }[]).map((row) => row.name), ['Dana Lee', 'Aisha Okafor', 'Marcus Chen']);
  });

  it('takes today from the local clock, in the machine time zone', () => {
    planFile('networking-plan.yaml');
    const script = 'const d = new Date(); console.log([d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, "0")).join("-"))';
    const localToday = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, TZ: 'Pacific/Kiritimati' } }).stdout.trim();
    const rows = JSON.parse(run(['due', '--json']).out) as { name: string; next: string; daysLate: number }[];
    assert.deepEqual(rows.find((row) => row.name === 'Aisha Okafor'), { name: 'Aisha Okafor', next: localToday, daysLate: 0 });
  });

  it('imports a vCard and a semicolon CSV with a byte-order mark into a real file, with the parsers bundled in', () => {
    const file = planFile('imported.yaml');
    for (const fixture of ['contacts-3.0.vcf', 'semicolon-bom.csv']) {
      const { code, out, err } = run(['import', path.join(FIXTURES, 'import', fixture), file, '--list', 'help']);
      assert.equal(code, 0, err);
      assert.match(out, /^Imported \d+ (person|people) from /);
    }
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(text.startsWith(DEMO_PLAN.slice(0, DEMO_PLAN.indexOf('\njournal:'))), 'the plan before the new people is untouched');
    assert.match(text, /- name: Jürgen Müller\n {4}lists: \[help\]/);
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.equal(run(['check', file]).code, 0);
  });

  it('logs a contact in place, keeping the rest byte for byte and the file mode', () => {
    const file = planFile('mine.yaml');
    const { code, out } = run(['log', 'Marcus Chen', '--date', '2026-11-30', '--note', 'Lunch', file]);
    assert.equal(code, 0);
    assert.match(out, /^Logged a contact with Marcus Chen on 2026-11-30/);
    assert.equal(fs.readFileSync(file, 'utf8'), `${DEMO_PLAN}  - date: 2026-11-30\n    with: Marcus Chen\n    note: Lunch\n`);
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file is left');
  });

  it('writes through a symbolic link rather than replacing it', () => {
    const target = planFile('target.yaml');
    const link = path.join(dir, 'link.yaml');
    fs.symlinkSync(target, link);
    assert.equal(run(['log', 'Sofia Rossi', '--date', '2026-11-30', link]).code, 0);
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.ok(fs.readFileSync(target, 'utf8').endsWith('    with: Sofia Rossi\n'));
  });

  it('refuses to rewrite a file that is not UTF-8, leaving it untouched', () => {
    const bytes = Buffer.concat([Buffer.from(DEMO_PLAN), Buffer.from([0x23, 0x20, 0xe9, 0x0a])]);
    const file = path.join(dir, 'latin1.yaml');
    fs.writeFileSync(file, bytes);
    const { code, err } = run(['log', 'Dana Lee', file]);
    assert.equal(code, 2);
    assert.match(err, /^networking-plan: cannot read .*latin1\.yaml: it is not UTF-8 text/);
    assert.ok(fs.readFileSync(file).equals(bytes));
  });

  it('reports errors on one line without a stack trace', () => {
    for (const args of [['check', 'missing.yaml'], ['due', '--today'], ['check', dir], ['log', 'Nobody', path.join(FIXTURES, 'demo-plan.yaml')]]) {
      const { code, out, err } = run(args);
      assert.ok(code === 1 || code === 2, `exit code ${code} for ${args.join(' ')}`);
      assert.equal(out, '');
      assert.match(err, /^networking-plan: [^\n]+\n$/);
    }
    assert.equal(fs.readFileSync(path.join(FIXTURES, 'demo-plan.yaml'), 'utf8'), DEMO_PLAN);
  });

  it('writes the calendar with CRLF line endings', () => {
    planFile('networking-plan.yaml');
    const { code, out } = run(['ics', '--today', '2026-11-30']);
    assert.equal(code, 0);
    assert.ok(out.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
    assert.ok(!/[^\r]\n/.test(out));
  });
});
