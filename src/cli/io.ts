/** What the command-line tool needs from the outside world, so that tests can run it in memory. */
export interface CliIo {
  /**
   * The file's text; throws (with a Node-style `code` when it can) if it cannot be read, a `NotAFileError` for a
   * pipe, socket or device, and a `TooLargeError` past `MAX_PLAN_BYTES`.
   */
  readFile: (path: string) => string;
  /** The file's bytes, with `readFile`'s refusals; for files that need not be UTF-8 (contacts files to import). */
  readBytes?(path: string): Uint8Array;
  /**
   * Replaces the file's content, all at once; returns warnings worth telling the user (e.g. hard links). Throws a
   * `ChangedMeanwhileError`, writing nothing, when the file changes while the new content is being prepared.
   */
  writeFile: (path: string, text: string) => void | string[];
  /**
   * Runs `body` holding the plan's exclusive lock, so that commands writing the same plan take turns; throws a
   * `CliError` when another holds it for too long. Without it, `body` just runs.
   */
  withLock?<T>(path: string, body: () => T): T;
  /** Whether `path` names an existing entry that is not a directory (to tell `log`'s FILE from a NAME). */
  isFile?(path: string): boolean;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Today on the user's clock, `YYYY-MM-DD`. */
  today: string;
  /** The language of messages (`de_DE.UTF-8`, from `LC_ALL`/`LC_MESSAGES`/`LANG`); English when unset. */
  language?: string;
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

/** The path is a pipe, a socket or a device: reading it could wait for ever or never end. */
export class NotAFileError extends Error {
  readonly code = 'ENOTFILE';
}

/** The file changed (by a program that takes no lock: an editor, a sync tool) while the new version was being written. */
export class ChangedMeanwhileError extends Error {}

/** The file is larger than a plan can be (`MAX_PLAN_BYTES`); `bytes` is how much it has, at least. */
export class TooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`the file has ${bytes} bytes or more`);
  }
}

/** Why a file cannot be read, by the error's code. */
const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ENXIO: 'it is a socket or a device, not a file',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
};

const PLAN_ERRORS: Record<string, string> = {
  ...FILE_ERRORS,
  ENOENT: 'no such file (pass the plan\'s path, or create one from the "Networking Plan" view in VS Code)',
};

/** Why reading a file failed, in a few words: a pipe or device, a known error code, or the error's own message. */
export function readFailureReason(error: unknown, reasons: Record<string, string> = FILE_ERRORS): string {
  if (error instanceof NotAFileError) return error.message;
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && Object.hasOwn(reasons, code) ? reasons[code] : ((error as Error)?.message ?? String(error));
}

/** Reads the plan, turning any failure into a CliError with exit code 2 (a `TooLargeError` is let through). */
export function readPlanText(io: CliIo, file: string): string {
  try {
    return io.readFile(file);
  } catch (error) {
    if (error instanceof TooLargeError) throw error;
    throw new CliError(`cannot read ${file}: ${readFailureReason(error, PLAN_ERRORS)}.`, 2);
  }
}
