/** Runs one command line against an I/O surface and returns the exit code; never throws. */
import { DEFAULT_FILE, USAGE, UsageError, looksLikePlanFile, parseArgs, type Options } from './args';
import { CliError, type CliIo } from './io';
import { runBrief } from './briefCommand';
import { runImport } from './importCommand';
import { runLog } from './logCommand';
import { runMeetings } from './meetingsCommand';
import { runCheck, runDue, runIcs, runLists } from './reports';
import { runStats } from './statsCommand';
import { printable } from './terminalText';

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
    case 'log': {
      const { names, file } = logTargets(io, positionals, options);
      return runLog(io, names, file, options);
    }
    case 'ics':
      return runIcs(io, positionals[0] ?? DEFAULT_FILE, options);
    case 'meetings':
      return runMeetings(io, positionals[0] ?? DEFAULT_FILE, options);
    case 'brief':
      return runBrief(io, positionals[0], positionals[1] ?? DEFAULT_FILE, options);
    case 'stats':
      return runStats(io, positionals[0] ?? DEFAULT_FILE, options);
    case 'import':
      return runImport(io, positionals[0], positionals[1] ?? DEFAULT_FILE, options);
  }
}

/**
 * `log`'s names and plan FILE. With a name given before it (as an argument or with --with), the last argument is
 * the FILE when it ends in .yaml or .yml or names an existing file; every other argument is a name.
 */
function logTargets(io: CliIo, positionals: readonly string[], options: Options): { names: string[]; file: string } {
  const withNames = Array.isArray(options.with) ? options.with : [];
  const last = positionals[positionals.length - 1];
  const isFile = last !== undefined && positionals.length + withNames.length > 1 && (looksLikePlanFile(last) || io.isFile?.(last) === true);
  const names = [...(isFile ? positionals.slice(0, -1) : positionals), ...withNames];
  return { names, file: isFile ? last : DEFAULT_FILE };
}

function oneLine(text: string): string {
  return printable(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
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
