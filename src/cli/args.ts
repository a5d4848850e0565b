/** Command-line arguments: which command, its positional arguments and its options. */

export const DEFAULT_FILE = 'networking-plan.yaml';

export const USAGE = `Usage: networking-plan <command> [options]

Commands:
  check [FILE]                      List the plan's problems as FILE:LINE:COL: severity CODE message.
                                    Exits 1 if there is an error, 2 if the file cannot be read.
  due [FILE] [--today YYYY-MM-DD] [--within N] [--json]
                                    Who is due today, or within the next N days.
  lists [FILE] [--json]             The "like" and "help" lists, and the people on both.
  log NAME [--date YYYY-MM-DD] [--note TEXT] [--gave TEXT] [--got TEXT] [FILE]
                                    Log a contact with NAME in the journal (date defaults to today).
  ics [FILE] [--today YYYY-MM-DD]   The next contacts as an iCalendar file, on standard output.

FILE defaults to ./${DEFAULT_FILE}. Use --name=value or --name value; "--" ends the options.
Run "networking-plan --help" to see this text.`;

type OptionKind = 'flag' | 'value';

interface CommandSpec {
  options: Record<string, OptionKind>;
  /** Names of the positional arguments, the optional ones last and marked with '?'. */
  positionals: string[];
}

export const COMMANDS: Record<string, CommandSpec> = {
  check: { options: {}, positionals: ['FILE?'] },
  due: { options: { today: 'value', within: 'value', json: 'flag' }, positionals: ['FILE?'] },
  lists: { options: { json: 'flag' }, positionals: ['FILE?'] },
  log: { options: { date: 'value', note: 'value', gave: 'value', got: 'value' }, positionals: ['NAME', 'FILE?'] },
  ics: { options: { today: 'value' }, positionals: ['FILE?'] },
};

export type CommandName = 'check' | 'due' | 'lists' | 'log' | 'ics';

export type ParsedArgs =
  | { kind: 'help' }
  | { kind: 'command'; command: CommandName; positionals: string[]; options: Record<string, string | true> };

/** A mistake in the command line: reported with a hint, exit code 2. */
export class UsageError extends Error {}

function hasOwn(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

function optionList(spec: CommandSpec): string {
  const names = Object.keys(spec.options).map((name) => `--${name}`);
  return names.length > 0 ? `its options are ${names.join(', ')}` : 'it takes no options';
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.some((arg, i) => (arg === '--help' || arg === '-h') && !argv.slice(0, i).includes('--'))) return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('no command given.');
  if (!hasOwn(COMMANDS, command)) throw new UsageError(`unknown command "${command}" (commands: ${Object.keys(COMMANDS).join(', ')}).`);
  const spec = COMMANDS[command];
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  let onlyPositionals = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.startsWith('--') ? arg.slice(2, equals >= 0 ? equals : undefined) : '';
    if (!hasOwn(spec.options, name)) throw new UsageError(`unknown option "${arg.split('=')[0]}" for "${command}": ${optionList(spec)}.`);
    if (hasOwn(options, name)) throw new UsageError(`--${name} is given twice.`);
    if (spec.options[name] === 'flag') {
      if (equals >= 0) throw new UsageError(`--${name} takes no value.`);
      options[name] = true;
    } else if (equals >= 0) {
      options[name] = arg.slice(equals + 1);
    } else {
      const value = rest[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) {
        throw new UsageError(`--${name} needs a value (to give one that starts with "--", write --${name}=VALUE).`);
      }
      options[name] = value;
      i++;
    }
  }
  const required = spec.positionals.filter((p) => !p.endsWith('?'));
  if (positionals.length < required.length) throw new UsageError(`"${command}" needs ${required.join(' and ')}.`);
  if (positionals.length > spec.positionals.length) {
    throw new UsageError(`too many arguments for "${command}": ${positionals.slice(spec.positionals.length).map((p) => JSON.stringify(p)).join(' ')}.`);
  }
  return { kind: 'command', command: command as CommandName, positionals, options };
}
