import * as fs from 'node:fs';
import Mocha = require('mocha');
import { LOG_ENV, SUMMARY_ENV, type Summary } from './summary';

const { EVENT_SUITE_BEGIN, EVENT_SUITE_END, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = Mocha.Runner.constants;

/** A spec-like mocha reporter that can write to a file and leaves the suite's totals behind. */
class SummaryReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const logFile = process.env[LOG_ENV];
    const write = (line: string): void => {
      if (logFile) fs.appendFileSync(logFile, line + '\n');
      else process.stdout.write(line + '\n');
    };
    const failures: { title: string; error: Error }[] = [];
    let depth = 0;
    const indent = (): string => '  '.repeat(depth);
    runner.on(EVENT_SUITE_BEGIN, (suite) => {
      if (!suite.root) write(indent() + suite.title);
      depth++;
    });
    runner.on(EVENT_SUITE_END, () => depth--);
    runner.on(EVENT_TEST_PASS, (test) => write(`${indent()}✔ ${test.title} (${test.duration ?? 0} ms)`));
    runner.on(EVENT_TEST_PENDING, (test) => write(`${indent()}- ${test.title} (pending)`));
    runner.on(EVENT_TEST_FAIL, (test, error) => {
      failures.push({ title: test.fullTitle(), error: error as Error });
      write(`${indent()}✘ ${failures.length}) ${test.title}`);
    });
    runner.once(EVENT_RUN_END, () => {
      failures.forEach(({ title, error }, i) => {
        write(`\n${i + 1}) ${title}\n${error.stack ?? error.message}`);
      });
      const summary: Summary = { passed: runner.stats?.passes ?? 0, failed: failures.length, pending: runner.stats?.pending ?? 0 };
      write(`\n${summary.passed} passing, ${summary.failed} failing${summary.pending ? `, ${summary.pending} pending` : ''}`);
      const summaryFile = process.env[SUMMARY_ENV];
      if (summaryFile) fs.writeFileSync(summaryFile, JSON.stringify(summary));
    });
  }
}

// `export =`: mocha's --reporter loads a module's exports as the reporter class itself.
export = SummaryReporter;
