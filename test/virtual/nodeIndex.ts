import * as path from 'node:path';
import Mocha = require('mocha');
import SummaryReporter = require('../harness/reporter');

/** Runs the virtual-workspace test in Node's extension host (its twin in the web worker is `test/web/virtual.ts`). */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 20_000, color: false, reporter: SummaryReporter });
  mocha.addFile(path.join(__dirname, 'memfs.test.js'));
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} virtual-workspace test(s) failed`);
}
