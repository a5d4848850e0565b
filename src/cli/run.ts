/** Runs one command line against an I/O surface and returns the exit code; never throws. */
import { DEFAULT_FILE, USAGE, UsageError, parseArgs } from './args';
import { CliError, type CliIo } from './io';
import { runLog } from './logCommand';
import { runCheck, runDue, runIcs, runLists } from './reports';

const PROGRAM = 'networking-plan';

function dispatch(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const { command, positionals, options } = args;
  switch (command) {
    case 'check':
      return runCheck(io, positionals[0] ?? DEFAULT_FILE);
    case 'due':
      return runDue(io, positionals[0] ?? DEFAULT_FILE, options);
    case 'lists':
      return runLists(io, positionals[0] ?? DEFAULT_FILE, options);
    case 'log':
      return runLog(io, positionals[0], positionals[1] ?? DEFAULT_FILE, options);
    case 'ics':
      return runIcs(io, positionals[0] ?? DEFAULT_FILE, options);
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    return dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${PROGRAM}: ${oneLine(error.message)} Run "${PROGRAM} --help" for usage.\n`);
      return 2;
    }
    if (error instanceof CliError) {
      io.stderr(`${PROGRAM}: ${oneLine(error.message)}\n`);
      return error.exitCode;
    }
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`${PROGRAM}: unexpected error: ${oneLine(reason)}\n`);
    return 1;
  }
}
