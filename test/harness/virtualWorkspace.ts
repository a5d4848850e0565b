import * as fs from 'node:fs';
import * as path from 'node:path';
import { runInHost } from './inHost';
import { fixturesDir, makeTempDir, removeDir, repoRoot } from './paths';
import { formatTotals, type Summary } from './summary';
import { runInWebWorker } from './webInHost';

/** The test extension that keeps a file system in memory (scheme `memfs`) holding a copy of the fixture plan. */
const MEMFS_EXTENSION = { id: 'networking-plan-tests.memfs', version: '0.0.1', dir: path.join(fixturesDir, 'memfs-extension') };

interface VirtualSetup {
  /** A workspace file whose only folder is `memfs:/plans`. */
  workspace: string;
  /** An extensions folder with the test extension installed (the workbench URL takes one extension under development). */
  extensionsDir: string;
}

async function withVirtualWorkspace(body: (setup: VirtualSetup) => Promise<Summary>): Promise<Summary> {
  const dir = makeTempDir('virtual');
  const workspace = path.join(dir, 'memfs.code-workspace');
  fs.writeFileSync(workspace, JSON.stringify({ folders: [{ uri: 'memfs:/plans', name: 'plans' }] }, null, 2));
  const extensionsDir = path.join(dir, 'extensions');
  const installed = path.join(extensionsDir, `${MEMFS_EXTENSION.id}-${MEMFS_EXTENSION.version}`);
  fs.cpSync(MEMFS_EXTENSION.dir, installed, { recursive: true });
  // What it serves: the fixture plan.
  fs.copyFileSync(path.join(fixturesDir, 'workspaces', 'basic', 'networking-plan.yaml'), path.join(installed, 'networking-plan.yaml'));
  try {
    return await body({ workspace, extensionsDir });
  } finally {
    removeDir(dir);
  }
}

/** The virtual-workspace test (`test/virtual/memfs.test.ts`) in Node's extension host. */
export function runVirtualInNode(): Promise<Summary> {
  const testsPath = path.join(repoRoot, 'out', 'test', 'virtual', 'nodeIndex.js');
  return withVirtualWorkspace(({ workspace, extensionsDir }) => runInHost({ workspacePath: workspace, testsPath, extensionsDir }));
}

/** The same test in the browser's web worker extension host (the test extension runs there too). */
export function runVirtualInWebWorker(): Promise<Summary> {
  return withVirtualWorkspace(({ workspace, extensionsDir }) => runInWebWorker({ entry: 'virtual', workspace, extensionsDir, moreWebExtensions: [MEMFS_EXTENSION.id] }));
}

if (require.main === module) {
  const run = process.argv[2] === 'node' ? runVirtualInNode : runVirtualInWebWorker;
  run().then(
    (summary) => {
      console.log(formatTotals(summary));
      process.exit(summary.failed > 0 || summary.passed === 0 ? 1 : 0);
    },
    (error: unknown) => {
      console.error(error);
      console.log(formatTotals({ passed: 0, failed: 1 }));
      process.exit(1);
    },
  );
}
