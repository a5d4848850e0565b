/**
 * The exclusive lock that commands writing a plan take around reading, checking and writing it: a `plan.yaml.lock`
 * folder next to the plan (the target of a symbolic link), made by `proper-lockfile`. A lock left by a command that
 * died is taken over once it is older than `STALE_MS`.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as lockfile from 'proper-lockfile';
import { CliError } from './io';

/** How long a lock counts as held; a whole read, check and write of the largest plan takes well under this. */
export const STALE_MS = 60_000;
/** How long a command waits for another to release the plan before giving up. */
export const WAIT_MS = 15_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** `plan.yaml.lock` next to the plan; for a name near the longest a file name can be, a short name made from it. */
function lockPathOf(target: string): string {
  const base = path.basename(target);
  if (Buffer.byteLength(base) <= 200) return `${target}.lock`;
  return path.join(path.dirname(target), `.networking-plan-${createHash('sha256').update(base).digest('hex').slice(0, 16)}.lock`);
}

/** The file a symbolic link points at (the plan is written there, so that is what is locked), if it is a regular file. */
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
  const lockPath = lockPathOf(target);
  const deadline = Date.now() + waitMs;
  let release: (() => void) | undefined;
  for (let attempt = 0; !release; attempt++) {
    try {
      release = lockfile.lockSync(target, { stale: STALE_MS, lockfilePath: lockPath, realpath: false });
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
