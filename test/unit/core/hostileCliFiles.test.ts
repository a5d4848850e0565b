import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readPlan } from '../../../src/core';
import { runInProcess } from '../../hostile/cliProbe';

const PLAN = 'version: 1\nsettings:\n  maxNewRelationships: 2\npeople:\n  - name: Dana Lee   # start here\n    stage: building\njournal: []\n';

/** Every file under `root` with its bytes (links as links), to prove that nothing else was written. */
function tree(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const key = path.relative(root, full);
      if (entry.isSymbolicLink()) out.set(key, `-> ${fs.readlinkSync(full)}`);
      else if (entry.isDirectory()) walk(full);
      else out.set(key, fs.readFileSync(full, 'latin1'));
    }
  };
  walk(root);
  return out;
}

function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => before.get(n) !== after.get(n)).sort();
}

describe('the command-line tool writes only the plan file it was given', () => {
  let root = '';
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'networking-plan-files-'));
    fs.mkdirSync(path.join(root, 'work'));
    fs.writeFileSync(path.join(root, 'work', 'plan.yaml'), PLAN);
    fs.writeFileSync(path.join(root, 'bystander.yaml'), PLAN);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('keeps YAML typed into --note, --gave and --got inside the new entry', () => {
    const injected = 'x\n  - date: 2001-01-01\n    with: Evil\nsettings: {maxNewRelationships: 99}\n# "quoted" #';
    const before = tree(root);
    const run = runInProcess(['log', 'Dana Lee', '--date', '2026-11-29', '--note', injected, '--gave', '- a\n- b', '--got', '{x: 1}', 'plan.yaml'], path.join(root, 'work'));
    assert.equal(run.code, 0, run.err);
    assert.deepEqual(changedFiles(before, tree(root)), [path.join('work', 'plan.yaml')]);
    const text = fs.readFileSync(path.join(root, 'work', 'plan.yaml'), 'utf8');
    assert.ok(text.startsWith(PLAN.slice(0, PLAN.indexOf('journal:'))), 'the people and settings are untouched');
    const plan = readPlan(text);
    assert.deepEqual(plan.problems, []);
    assert.equal(plan.settings.maxNewRelationships, 2);
    assert.equal(plan.journal.length, 1);
    assert.deepEqual([plan.journal[0].note, plan.journal[0].gave, plan.journal[0].got], [injected.trim(), '- a\n- b', '{x: 1}']);
  });

  it('treats a name that looks like a path as a name, and writes nothing', () => {
    const before = tree(root);
    for (const name of ['../bystander.yaml', '/etc/passwd', '..', '-']) {
      const run = runInProcess(['log', '--', name, 'plan.yaml'], path.join(root, 'work'));
      assert.equal(run.code, 1, `${name}: ${run.err}`);
      assert.match(run.err, /nobody named/);
    }
    assert.deepEqual(changedFiles(before, tree(root)), []);
  });

  it('writes through a symbolic link to its target, keeping the link and leaving no temporary file', () => {
    fs.mkdirSync(path.join(root, 'elsewhere'));
    fs.renameSync(path.join(root, 'work', 'plan.yaml'), path.join(root, 'elsewhere', 'real.yaml'));
    fs.symlinkSync(path.join('..', 'elsewhere', 'real.yaml'), path.join(root, 'work', 'plan.yaml'));
    const before = tree(root);
    const run = runInProcess(['log', 'Dana Lee', '--date', '2026-11-29', 'plan.yaml'], path.join(root, 'work'));
    assert.equal(run.code, 0, run.err);
    assert.deepEqual(changedFiles(before, tree(root)), [path.join('elsewhere', 'real.yaml')]);
    assert.ok(fs.lstatSync(path.join(root, 'work', 'plan.yaml')).isSymbolicLink());
  });

  it('refuses a directory, a missing file or a broken link with exit code 2 and writes nothing', () => {
    fs.mkdirSync(path.join(root, 'work', 'folder.yaml'));
    fs.symlinkSync('missing-target.yaml', path.join(root, 'work', 'dangling.yaml'));
    const before = tree(root);
    for (const file of ['folder.yaml', 'missing.yaml', 'dangling.yaml']) {
      for (const args of [['check'], ['log', 'Dana Lee'], ['ics']]) {
        const run = runInProcess([...args, file], path.join(root, 'work'));
        assert.equal(run.code, 2, `${args[0]} ${file}: ${run.err}`);
        assert.match(run.err, /^networking-plan: cannot read [^\n]+\n$/);
      }
    }
    assert.deepEqual(changedFiles(before, tree(root)), []);
  });

  it('leaves a file that is not UTF-8 byte-identical, with a message', () => {
    const bytes = Buffer.concat([Buffer.from(PLAN.slice(0, 40)), Buffer.from([0xff, 0xfe]), Buffer.from(PLAN.slice(40))]);
    fs.writeFileSync(path.join(root, 'work', 'plan.yaml'), bytes);
    const before = tree(root);
    const run = runInProcess(['log', 'Dana Lee', 'plan.yaml'], path.join(root, 'work'));
    assert.equal(run.code, 2);
    assert.match(run.err, /not UTF-8/);
    assert.deepEqual(changedFiles(before, tree(root)), []);
  });
});
