import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { runInHost } from './harness/inHost';
import { runVirtualInNode, runVirtualInWebWorker } from './harness/virtualWorkspace';
import { runInWebWorker } from './harness/webInHost';
import { makeTempDir, removeDir, repoRoot } from './harness/paths';
import { startStressIfAsked } from './harness/stress';
import { formatTotals, readSummary, SUMMARY_ENV, type Summary } from './harness/summary';

// `npm test`: unit tests, the integration suite inside a real (Node) extension host, the tests that run in the
// browser's web worker extension host, then the UI tests in the real workbench. Expects dist/ and out/ to be built
// (the npm script does that). The last line is the totals.

const mocha = path.join(repoRoot, 'node_modules', 'mocha', 'bin', 'mocha.js');
const reporter = path.join(repoRoot, 'out', 'test', 'harness', 'reporter.js');
const SUITE_TIMEOUT_MS = 10 * 60_000;

/** Runs mocha in a child process and reads the totals its reporter leaves behind. */
function runMocha(args: string[]): Summary | undefined {
  const dir = makeTempDir('summary');
  const summaryFile = path.join(dir, 'summary.json');
  try {
    spawnSync(process.execPath, [mocha, '--reporter', reporter, ...args], {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, [SUMMARY_ENV]: summaryFile },
      timeout: SUITE_TIMEOUT_MS,
    });
    return readSummary(summaryFile);
  } finally {
    removeDir(dir);
  }
}

/** Runs one workbench after another (each opens its own), adding up their totals. */
async function inTurn(...runs: (() => Promise<Summary>)[]): Promise<Summary> {
  const total: Summary = { passed: 0, failed: 0, pending: 0 };
  for (const run of runs) {
    const { passed, failed, pending } = await run();
    total.passed += passed;
    total.failed += failed;
    total.pending += pending;
  }
  return total;
}

const suites: { name: string; run(): Promise<Summary | undefined> | Summary | undefined }[] = [
  { name: 'unit', run: () => runMocha([]) },
  // The fixture workspace, then a virtual workspace (a plan in an in-memory file system).
  { name: 'integration', run: () => inTurn(() => runInHost(), runVirtualInNode) },
  { name: 'web worker', run: () => inTurn(() => runInWebWorker(), runVirtualInWebWorker) },
  { name: 'ui', run: () => runMocha(['--no-config', '--timeout', '120000', 'out/test/ui/**/*.test.js']) },
];

async function main(): Promise<number> {
  const stopStress = startStressIfAsked();
  const totals = { passed: 0, failed: 0 };
  const lines: string[] = [];
  for (const suite of suites) {
    console.log(`\n=== ${suite.name} tests ===`);
    const started = Date.now();
    const summary = await Promise.resolve(suite.run()).catch((error: unknown) => {
      console.error(error);
      return undefined;
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    // A suite that crashed or ran no test counts as one failure: "0 passed, 0 failed" must never look green.
    let note = '';
    if (!summary) note = ' (did not finish)';
    else if (summary.passed + summary.failed === 0) note = ' (ran no tests)';
    const passed = summary?.passed ?? 0;
    const failed = (summary?.failed ?? 0) + (note ? 1 : 0);
    totals.passed += passed;
    totals.failed += failed;
    lines.push(`${suite.name.padEnd(12)} ${formatTotals({ passed, failed })} in ${seconds} s${note}`);
  }
  console.log(`\n${lines.join('\n')}`);
  stopStress();
  console.log(formatTotals(totals));
  return totals.failed > 0 ? 1 : 0;
}

// A rejection ends the run with its stack, as any unhandled rejection does.
void main().then((code) => process.exit(code));
