/**
 * Mocha in the web worker extension host. Imported before the test files (so that `describe` and `it` exist when
 * they load); `runTests()` is what the test entries export as `run()`. Report lines go to the console, which the
 * workbench hands to the page's `codeAutomationLog`; the last line holds the totals for the harness.
 */
import mocha from 'mocha/mocha.js';

/** Marks the report's lines among the rest of the workbench's log (see `test/harness/webInHost.ts`). */
export const REPORT_PREFIX = 'networking-plan-test ';
export const SUMMARY_PREFIX = 'networking-plan-summary ';

mocha.setup({ ui: 'bdd', timeout: 30_000, color: false });

function report(runner: Mocha.Runner): void {
  const failures: { title: string; error: Error }[] = [];
  const counts = { passed: 0, failed: 0, pending: 0 };
  let depth = 0;
  const write = (text: string) => text.split('\n').forEach((line) => console.log(REPORT_PREFIX + line));
  const indent = () => '  '.repeat(depth);
  runner.on('suite', (suite) => {
    if (!suite.root) write(indent() + suite.title);
    depth++;
  });
  runner.on('suite end', () => depth--);
  runner.on('pass', (test) => {
    counts.passed++;
    write(`${indent()}✔ ${test.title} (${test.duration ?? 0} ms)`);
  });
  runner.on('pending', (test) => {
    counts.pending++;
    write(`${indent()}- ${test.title} (pending)`);
  });
  runner.on('fail', (test, error: Error) => {
    counts.failed++;
    failures.push({ title: test.fullTitle(), error });
    write(`${indent()}✘ ${failures.length}) ${test.title}`);
  });
  runner.once('end', () => {
    failures.forEach(({ title, error }, i) => write(`\n${i + 1}) ${title}\n${error.stack ?? error.message}`));
    write(`\n${counts.passed} passing, ${counts.failed} failing${counts.pending ? `, ${counts.pending} pending` : ''}`);
    console.log(SUMMARY_PREFIX + JSON.stringify(counts));
  });
}

export function runTests(): Promise<void> {
  mocha.reporter(report as unknown as Mocha.ReporterConstructor);
  if (NETWORKING_PLAN_TEST_GREP) mocha.grep(NETWORKING_PLAN_TEST_GREP);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed in the web worker`)) : resolve()));
  });
}
