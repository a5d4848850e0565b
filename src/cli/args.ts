/** Command-line arguments: which command, its positional arguments and its options. */

export const DEFAULT_FILE = 'networking-plan.yaml';

export const USAGE = `Usage: networking-plan <command> [options]

Commands:
  check [FILE]                      List the plan's problems as FILE:LINE:COL: severity CODE message.
                                    Exits 1 if there is an error, 2 if the file cannot be read.
  due [FILE] [--today YYYY-MM-DD] [--within N] [--json]
                                    Who is due today, or within the next N days.
  lists [FILE] [--json]             The "like" and "help" lists, and the people on both.
  log NAME [NAME...] [--with NAME]... [--date YYYY-MM-DD] [--note TEXT] [--gave TEXT] [--got TEXT] [FILE]
                                    Log one contact with one or more people in the journal (date
                                    defaults to today). With two or more arguments, the last one is
                                    the plan FILE when it ends in .yaml or .yml or names an existing
                                    file; otherwise every argument is a NAME. A name that would be
                                    taken for a FILE can be given with --with.
  ics [FILE] [--today YYYY-MM-DD]   The next contacts as an iCalendar file, on standard output.
  meetings [FILE] --calendar ICS [--calendar ICS2 ...] [--today YYYY-MM-DD] [--within DAYS] [--json]
                                    Each person's meetings in your calendar files (.ics exports) from
                                    today to DAYS days ahead (default 28): attendees by name or email,
                                    titles that name them. Times are in this machine's time zone, and
                                    so are floating times. People without a meeting are left out.
  brief NAME [FILE] [--today YYYY-MM-DD] [--json]
                                    Everything to know before a contact with NAME: stage, next
                                    contact and why, topics, open promises, what was given and
                                    received, and the journal with them, newest first.
  import FILE [PLAN] [--list like|help] [--dry-run]
                                    Add the people of a contacts file (CSV with a header row, or
                                    vCard .vcf) to the plan PLAN (default ./networking-plan.yaml):
                                    name, job title and company as role, email, notes. People
                                    already in the plan are skipped; rows that cannot be imported
                                    are reported by line. --list puts them on a list (twice,
                                    like,help or both for both); --dry-run shows what would be
                                    imported and writes nothing.
  stats [FILE] [--today YYYY-MM-DD] [--json]
                                    The plan at a glance: the lists and where they meet, contacts
                                    per week over the last 26 weeks (on time, late, missed), who is
                                    most overdue, given vs received per person, people per stage.

FILE defaults to ./${DEFAULT_FILE}. Use --name=value or --name value; "--" ends the options
(a value that starts with "--" is written --name=VALUE).
Run "networking-plan --help" to see this text.`;

/** A flag takes no value, a value is given once, a list may be repeated. */
type OptionKind = 'flag' | 'value' | 'list';

interface CommandSpec {
  options: Record<string, OptionKind>;
  /** Names of the positional arguments, the optional ones last and marked with '?', a repeatable one with '...'. */
  positionals: string[];
}

export const COMMANDS: Record<string, CommandSpec> = {
  check: { options: {}, positionals: ['FILE?'] },
  due: { options: { today: 'value', within: 'value', json: 'flag' }, positionals: ['FILE?'] },
  lists: { options: { json: 'flag' }, positionals: ['FILE?'] },
  log: { options: { with: 'list', date: 'value', note: 'value', gave: 'value', got: 'value' }, positionals: ['NAME...', 'FILE?'] },
  ics: { options: { today: 'value' }, positionals: ['FILE?'] },
  meetings: { options: { calendar: 'list', today: 'value', within: 'value', json: 'flag' }, positionals: ['FILE?'] },
  brief: { options: { today: 'value', json: 'flag' }, positionals: ['NAME', 'FILE?'] },
  stats: { options: { today: 'value', json: 'flag' }, positionals: ['FILE?'] },
  import: { options: { list: 'list', 'dry-run': 'flag' }, positionals: ['FILE', 'PLAN?'] },
};

export type CommandName = 'check' | 'due' | 'lists' | 'log' | 'ics' | 'meetings' | 'brief' | 'stats' | 'import';

export type ParsedArgs =
  | { kind: 'help' }
  | { kind: 'command'; command: CommandName; positionals: string[]; options: Options };

/** Option values: `true` for a flag, the text for a value, every text given for a list. */
export type Options = Record<string, string | true | string[]>;

/** Whether a positional argument of `log` looks like a plan file by its name alone. */
export function looksLikePlanFile(arg: string): boolean {
  return /\.ya?ml$/i.test(arg);
}

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
  const options: Options = {};
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
    if (hasOwn(options, name) && spec.options[name] !== 'list') throw new UsageError(`--${name} is given twice.`);
    if (spec.options[name] === 'flag') {
      if (equals >= 0) throw new UsageError(`--${name} takes no value.`);
      options[name] = true;
    } else {
      let value = arg.slice(equals + 1);
      if (equals < 0) {
        value = rest[i + 1];
        // "--" ends the options: it is never taken as a value.
        if (value === undefined || value.startsWith('--')) {
          throw new UsageError(`--${name} needs a value (to give one that starts with "--", write --${name}=VALUE).`);
        }
        i++;
      }
      if (spec.options[name] === 'list') options[name] = [...((options[name] as string[] | undefined) ?? []), value];
      else options[name] = value;
    }
  }
  if (command === 'log') return { kind: 'command', command, positionals: checkLogPositionals(positionals, options), options };
  const required = spec.positionals.filter((p) => !p.endsWith('?'));
  if (positionals.length < required.length) throw new UsageError(`"${command}" needs ${required.join(' and ')}.`);
  if (positionals.length > spec.positionals.length) {
    throw new UsageError(`too many arguments for "${command}": ${positionals.slice(spec.positionals.length).map((p) => JSON.stringify(p)).join(' ')}.`);
  }
  return { kind: 'command', command: command as CommandName, positionals, options };
}

function checkLogPositionals(positionals: string[], options: Options): string[] {
  if (positionals.length === 0 && options.with === undefined) throw new UsageError('"log" needs NAME (or --with NAME).');
  // A plan file given before other arguments is a mistake, not a person: "log A f.yaml extra".
  const misplaced = positionals.slice(0, -1).findIndex(looksLikePlanFile);
  if (misplaced >= 0 && positionals.length > 1 && !looksLikePlanFile(positionals[positionals.length - 1])) {
    throw new UsageError(
      `too many arguments for "log" after ${JSON.stringify(positionals[misplaced])}: ${positionals.slice(misplaced + 1).map((p) => JSON.stringify(p)).join(' ')} (the plan FILE comes last; give a name that ends in .yaml with --with).`,
    );
  }
  return positionals;
}
