import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { buildSync } from 'esbuild';
import { openBrowser } from './browser';
import { startCodeServer } from './codeServer';
import { copyFixtureWorkspace, removeDir, repoRoot } from './paths';
import { withTimeout } from './processes';
import { startStressIfAsked } from './stress';
import { formatTotals, type Summary } from './summary';

export const EXTENSION_ID = 'networking-plan.networking-plan';
/** What the tests' reporter puts before its lines, and before its last line (the totals): see `test/web/mochaSetup.ts`. */
const REPORT_PREFIX = 'networking-plan-test ';
const SUMMARY_PREFIX = 'networking-plan-summary ';

export interface WebRunOptions {
  /** The tests' entry under test/web/ (without `.ts`). */
  entry?: string;
  /** Opens this (folder or `.code-workspace` file) instead of a copy of the fixture workspace `basic`. */
  workspace?: string;
  /** Installed extensions (see `CodeServerOptions.extensionsDir`), and which of them to force into the web worker too. */
  extensionsDir?: string;
  moreWebExtensions?: string[];
  grep?: string;
  timeoutMs?: number;
}

/** Bundles a tests' entry for the browser into the extension's folder (the tests run in the host that runs the extension). */
export function bundleWebTests(entry: string, grep = ''): string {
  const outfile = path.join(repoRoot, 'dist', 'test', `web-${entry}.js`);
  buildSync({
    entryPoints: [path.join(repoRoot, 'test', 'web', `${entry}.ts`)],
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    define: { NETWORKING_PLAN_TEST_GREP: JSON.stringify(grep) },
    sourcemap: 'inline',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

/**
 * Runs tests inside code-server's web worker extension host: the repository is the extension under development, and
 * the user setting `remote.extensionKind` makes the workbench run it (its `browser` entry) in the page's web worker
 * instead of the Node extension host. The tests report through the console, which reaches the page's `codeAutomationLog`.
 */
export async function runInWebWorker(options: WebRunOptions = {}): Promise<Summary> {
  const timeoutMs = options.timeoutMs ?? 300_000;
  const testsPath = bundleWebTests(options.entry ?? 'index', options.grep);
  const workspace = options.workspace ?? copyFixtureWorkspace('basic');
  const web = Object.fromEntries([EXTENSION_ID, ...(options.moreWebExtensions ?? [])].map((id) => [id, ['web']]));
  const server = await startCodeServer({ settings: { 'remote.extensionKind': web }, extensionsDir: options.extensionsDir });
  const session = await openBrowser().catch(async (error) => {
    await server.stop();
    throw error;
  });
  let summary: Summary | undefined;
  // The workbench's own log, shown only when the run fails.
  const workbenchLog: string[] = [];
  try {
    const exitCode = new Promise<number>((resolve) => {
      void session.page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    await session.page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      if (line.startsWith(SUMMARY_PREFIX)) summary = JSON.parse(line.slice(SUMMARY_PREFIX.length)) as Summary;
      else if (line.startsWith(REPORT_PREFIX)) process.stdout.write(`${line.slice(REPORT_PREFIX.length)}\n`);
      else workbenchLog.push(`[${type}] ${line}`);
    });
    await session.page.goto(server.workbenchUrl(workspace, { extensionPath: repoRoot, testsPath }));
    const outcome = await withTimeout(exitCode, timeoutMs);
    if (outcome === 'timeout') console.error(`The web worker suite did not finish within ${timeoutMs / 1000} s.`);
    if (session.blocked.length > 0) console.error(`Refused requests beyond loopback:\n  ${session.blocked.join('\n  ')}`);
    const result: Summary = summary ?? { passed: 0, failed: 1, pending: 0 };
    // A run that failed without a failing test (a test file that does not load, say) still fails.
    if (outcome !== 0 && result.failed === 0) result.failed = 1;
    if (result.failed > 0) console.error(`The workbench's log:\n${workbenchLog.join('\n')}`);
    return result;
  } finally {
    await session.close().catch(() => undefined);
    await server.stop();
    if (!options.workspace) removeDir(workspace);
    fs.rmSync(testsPath, { force: true });
  }
}

if (require.main === module) {
  const grep = process.argv[2];
  const stopStress = startStressIfAsked();
  runInWebWorker({ grep }).finally(stopStress).then(
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
