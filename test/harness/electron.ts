import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { copyFixtureWorkspace, makeTempDir, removeDir, repoRoot } from './paths';
import { formatTotals, readSummary, SUMMARY_ENV } from './summary';

/**
 * The integration suite under desktop VS Code, for machines that can download it (`node out/test/harness/electron.js`).
 * Same suite as `inHost.ts` runs under code-server; the version matches the one code-server ships.
 */
async function main(): Promise<number> {
  const workspace = copyFixtureWorkspace('basic');
  const reportDir = makeTempDir('electron-report');
  const summaryFile = path.join(reportDir, 'summary.json');
  try {
    const exitCode = await runTests({
      version: process.env.VSCODE_VERSION ?? '1.100.3',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration', 'index.js'),
      extensionTestsEnv: { [SUMMARY_ENV]: summaryFile },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    }).catch((error: unknown) => {
      console.error(error);
      return 1;
    });
    const summary = readSummary(summaryFile) ?? { passed: 0, failed: 1, pending: 0 };
    if (exitCode !== 0 && summary.failed === 0) summary.failed = 1;
    console.log(formatTotals(summary));
    return summary.failed > 0 || summary.passed === 0 ? 1 : 0;
  } finally {
    removeDir(workspace);
    removeDir(reportDir);
  }
}

// A rejection ends the run with its stack, as any unhandled rejection does.
void main().then((code) => process.exit(code));
