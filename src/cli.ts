#!/usr/bin/env node
/** The `networking-plan` command-line tool: check, due, lists, log, ics and stats on a plan file. */
import { nodeIo } from './cli/nodeIo';
import { runCli } from './cli/run';

function main(): void {
  const io = nodeIo();
  let wrotePlan = false;
  const writeFile = io.writeFile;
  io.writeFile = (file, text) => {
    const warnings = writeFile(file, text);
    wrotePlan = true;
    return warnings;
  };
  // A closed pipe (`networking-plan due | head -1`) is not an error worth a stack trace; a full disk under the
  // output is reported, but a plan that was written stays a success, or a retrying script would log it twice.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`networking-plan: cannot write the output: ${error.message}\n`);
    process.exit(error.code === 'EPIPE' || wrotePlan ? (process.exitCode ?? 0) : 1);
  });
  try {
    process.exitCode = runCli(process.argv.slice(2), io);
  } catch (error) {
    process.stderr.write(`networking-plan: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

main();
