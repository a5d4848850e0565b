import * as fs from 'node:fs';
import * as path from 'node:path';
import { openBrowser } from './browser';
import { startCodeServer } from './codeServer';
import { withTimeout } from './processes';
import { copyFixtureWorkspace, makeTempDir, removeDir, repoRoot } from './paths';
import { startStressIfAsked } from './stress';
import { formatTotals, GREP_ENV, LOG_ENV, readSummary, SUMMARY_ENV, type Summary } from './summary';

export interface InHostOptions {
  /** Fixture under test/fixtures/workspaces/ to open (copied first). */
  workspace?: string;
  timeoutMs?: number;
  /** Only run tests whose full title matches. */
  grep?: string;
  /** The extension under development; the repository by default. */
  extensionPath?: string;
  /** Opens this folder or `.code-workspace` file as it is, instead of a copy of `workspace`. */
  workspacePath?: string;
  /** The tests' module; the integration suite (`out/test/integration/index.js`) by default. */
  testsPath?: string;
  /** Installed extensions (e.g. a test extension): see `CodeServerOptions.extensionsDir`. */
  extensionsDir?: string;
}

/**
 * Runs the integration suite (out/test/integration/index.js) inside a real extension host: code-server on a free
 * loopback port with the repository as the extension under development, and headless chromium as the thin client
 * (the server starts an extension host only for a connected workbench).
 */
export async function runInHost(options: InHostOptions = {}): Promise<Summary> {
  const timeoutMs = options.timeoutMs ?? 300_000;
  const workspace = options.workspacePath ?? copyFixtureWorkspace(options.workspace ?? 'basic');
  const reportDir = makeTempDir('report');
  const summaryFile = path.join(reportDir, 'summary.json');
  const logFile = path.join(reportDir, 'log.txt');
  fs.writeFileSync(logFile, '');
  const env: Record<string, string> = { [SUMMARY_ENV]: summaryFile, [LOG_ENV]: logFile };
  if (options.grep) env[GREP_ENV] = options.grep;

  const server = await startCodeServer({ env, extensionsDir: options.extensionsDir });
  const session = await openBrowser().catch(async (error) => {
    await server.stop();
    throw error;
  });
  const stopLog = followFile(logFile);
  try {
    const exitCode = new Promise<number>((resolve) => {
      void session.page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    // The workbench also sends its log lines here; the report comes through LOG_ENV's file instead.
    await session.page.exposeFunction('codeAutomationLog', () => undefined);
    const testsPath = options.testsPath ?? path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
    await session.page.goto(server.workbenchUrl(workspace, { extensionPath: options.extensionPath ?? repoRoot, testsPath }));
    const outcome = await withTimeout(exitCode, timeoutMs);
    if (outcome === 'timeout') console.error(`The integration suite did not finish within ${timeoutMs / 1000} s.`);
    if (session.blocked.length > 0) console.error(`Refused requests beyond loopback:\n  ${session.blocked.join('\n  ')}`);
    const summary = readSummary(summaryFile);
    if (!summary) return { passed: 0, failed: 1, pending: 0 };
    // A run that rejected without a failing test (e.g. a test file that does not load) still fails.
    if (outcome !== 0 && summary.failed === 0) summary.failed = 1;
    return summary;
  } finally {
    stopLog();
    await session.close().catch(() => undefined);
    await server.stop();
    if (!options.workspacePath) removeDir(workspace);
    removeDir(reportDir);
  }
}

/** Prints what is appended to `file` until the returned function is called (which prints the rest). */
function followFile(file: string): () => void {
  let offset = 0;
  const flush = (): void => {
    const text = fs.readFileSync(file, 'utf8');
    process.stdout.write(text.slice(offset));
    offset = text.length;
  };
  const timer = setInterval(flush, 250);
  return () => {
    clearInterval(timer);
    flush();
  };
}

if (require.main === module) {
  const grep = process.argv[2];
  const stopStress = startStressIfAsked();
  runInHost({ grep }).finally(stopStress).then(
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
