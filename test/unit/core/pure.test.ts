import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');
const CORE_SOURCES = join(ROOT, 'src', 'core');

describe('the core is pure', () => {
  it('loads and reads a plan in a process where requiring vscode fails', () => {
    const script = `
      const Module = require('module');
      const load = Module._load;
      Module._load = function (request, ...rest) {
        if (request === 'vscode') throw new Error('the core required vscode');
        return load.call(this, request, ...rest);
      };
      const core = require(${JSON.stringify(join(ROOT, 'out', 'src', 'core', 'index.js'))});
      const plan = core.readPlan('people:\\n  - name: Dana Lee\\n    stage: building\\n');
      const view = core.deriveView(plan, '2026-12-01');
      process.stdout.write(JSON.stringify({ names: plan.people.map((p) => p.name), due: core.dueWithin(view, 0).length }));
    `;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), { names: ['Dana Lee'], due: 1 });
  });

  it('never imports vscode nor reads the clock in src/core', () => {
    const files = readdirSync(CORE_SOURCES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    assert.ok(files.length > 40, `only ${files.length} files found`);
    for (const file of files) {
      const source = readFileSync(join(CORE_SOURCES, file), 'utf8');
      assert.doesNotMatch(source, /from ['"]vscode['"]|require\(['"]vscode['"]\)/, `${file} imports vscode`);
      assert.doesNotMatch(source, /new Date\(\s*\)|Date\.now\(/, `${file} reads the clock`);
    }
  });
});
