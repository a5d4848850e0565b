/**
 * The exclusive lock that commands writing a plan take around reading, checking and writing it: a `plan.yaml.lock`
 * folder next to the plan (the target of a symbolic link), made by `proper-lockfile`. A lock left by a command that
 * died is taken over once it is older than `STALE_MS`.
 */
import * as fs from 'node:fs';
import * as lockfile from 'proper-lockfile';
import { CliError } from './io';

/** How long a lock counts as held; a whole read, check and write of the largest plan takes well under this. */
export const STALE_MS = 60_000;
/** How long a command waits for another to release the plan before giving up. */
export const WAIT_MS = 15_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function regularFile(file: string): string | undefined {
  try {
    return fs.statSync(file).isFile() ? fs.realpathSync(file) : undefined;
  } catch {
    return undefined;
  }
}

export function withPlanLock<T>(file: string, body: () => T, waitMs = WAIT_MS): T {
  // Nothing to lock for a missing file, a folder or a pipe: the read in `body` refuses them with the right message.
  const target = regularFile(file);
  if (target === undefined) return body();
  // proper-lockfile locks the file a symbolic link points at.
  const lockPath = `${target}.lock`;
  const deadline = Date.now() + waitMs;
  let release: (() => void) | undefined;
  for (let attempt = 0; !release; attempt++) {
    try {
      release = lockfile.lockSync(file, { stale: STALE_MS });
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'ELOCKED') throw new CliError(`cannot lock ${file} for writing (${lockPath}): ${(error as Error).message}; nothing was written.`);
      if (Date.now() >= deadline) {
        throw new CliError(
          `${file} is being written by another networking-plan command (it holds ${lockPath}); nothing was written. ` +
            `Try again. If no other command is running, the lock is removed by itself ${STALE_MS / 1000} s after it was taken, or remove ${lockPath} yourself.`,
        );
      }
      // Randomized, growing pauses, so that many waiting commands do not all retry at once.
      sleep(Math.min(250, 10 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
    }
  }
  try {
    return body();
  } finally {
    try {
      release();
    } catch {
      // Already released or taken over as stale: the plan itself was checked before it was written.
    }
  }
}
