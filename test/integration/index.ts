import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha = require('mocha');
import SummaryReporter = require('../harness/reporter');
import { GREP_ENV } from '../harness/summary';

/**
 * Runs every `*.test.js` beside this file inside the extension host (called by VS Code for
 * `extensionTestsPath`, under code-server or `@vscode/test-electron`). Rejects when a test fails.
 */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 20_000, color: false, reporter: SummaryReporter });
  const grep = process.env[GREP_ENV];
  if (grep) mocha.grep(grep);
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
