/**
 * The exclusive lock that commands writing a plan take around reading, checking and writing it: a `plan.yaml.lock`
 * folder next to the plan (the target of a symbolic link), made by `proper-lockfile`. A lock left by a command that
 * died is taken over once it is older than `STALE_MS`.
 */
import * as lockfile from 'proper-lockfile';
import { lockPathOf, lockTarget, STALE_MS } from '../planLockPath';
import { CliError } from './io';

export { STALE_MS };
/** How long a command waits for another (or the extension) to release the plan before giving up. */
export const WAIT_MS = 15_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function withPlanLock<T>(file: string, body: () => T, waitMs = WAIT_MS): T {
  // Nothing to lock for a missing file, a folder or a pipe: the read in `body` refuses them with the right message.
  const target = lockTarget(file);
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
          `${file} is being written by another networking-plan command or by VS Code's Networking Plan extension (it holds ${lockPath}); nothing was written. ` +
            `Try again. If no other command or edit is running, the lock is removed by itself ${STALE_MS / 1000} s after it was taken, or remove ${lockPath} yourself.`,
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
