/**
 * Child process that probes hostile cases one after another, their names given one a line on
 * standard input. It writes one JSON line when it starts a case and one with the report when it is
 * done, so that the parent can time out or notice a crash on exactly the case that caused it.
 */
import * as fs from 'node:fs';
import * as readline from 'node:readline';
import { loadCase } from './cases';
import { probeCase } from './probe';

function send(message: object): void {
  fs.writeSync(1, `${JSON.stringify(message)}\n`);
}

readline.createInterface({ input: process.stdin }).on('line', (name) => {
  send({ start: name });
  const started = performance.now();
  const report = probeCase(loadCase(name));
  send({ done: name, report, ms: performance.now() - started });
});
