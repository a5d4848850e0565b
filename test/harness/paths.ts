import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The repository root (this file runs from `out/test/harness/`). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const codeServerEntry = path.join(repoRoot, '.code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');
export const resultsDir = path.join(repoRoot, 'test-results');

/** A fresh temporary folder; the caller removes it. */
export function makeTempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `networking-plan-${prefix}-`));
}

/** Copies `test/fixtures/workspaces/<name>` to a temporary folder so that tests never touch committed files. */
export function copyFixtureWorkspace(name: string): string {
  const target = makeTempDir(`workspace-${name}`);
  fs.cpSync(path.join(fixturesDir, 'workspaces', name), target, { recursive: true });
  return target;
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
