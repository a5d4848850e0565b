/** What the command-line tool needs from the outside world, so that tests can run it in memory. */
export interface CliIo {
  /** The file's text; throws (with a Node-style `code` when it can) if it cannot be read. */
  readFile(path: string): string;
  /** Replaces the file's content, all at once. */
  writeFile(path: string, text: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Today on the user's clock, `YYYY-MM-DD`. */
  today: string;
}

/** A command's failure: printed as one line on standard error, with this exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
  ) {
    super(message);
  }
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file (pass the plan\'s path, or create one from the "Networking Plan" view in VS Code)',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
};

/** Reads the plan, turning any failure into a CliError with exit code 2. */
export function readPlanText(io: CliIo, file: string): string {
  try {
    return io.readFile(file);
  } catch (error) {
    const code = (error as { code?: unknown })?.code;
    const reason = typeof code === 'string' && Object.hasOwn(READ_ERRORS, code) ? READ_ERRORS[code] : (error as Error)?.message ?? String(error);
    throw new CliError(`cannot read ${file}: ${reason}.`, 2);
  }
}
