/**
 * The plan's lock taken by the extension around an edit (Node only): the same `plan.yaml.lock` that the command line
 * holds while it reads, checks and writes the plan. Bundled as `dist/planLock.js`, loaded on the first edit. VS Code's own check before a save (is the file newer than what
 * the editor read?) and its write are two steps; the command line replacing the file between them would be
 * overwritten. Holding the lock makes the two take turns instead.
 */
import * as lockfile from 'proper-lockfile';
import { lockPathOf, lockTarget, STALE_MS } from '../planLockPath';

/** How long an edit waits for the command line to finish with the plan. */
const WAIT_MS = 15_000;

/** Thrown when the lock stays taken past `WAIT_MS`; the message names the lock folder. */
export class PlanLockedError extends Error {
  constructor(readonly lockPath: string) {
    super(`held: ${lockPath}`);
    this.name = 'PlanLockedError';
  }
}

/** Runs `body` holding the lock of the plan at `file`; a missing file or one that is not regular needs none. */
export async function withPlanFileLock<T>(file: string, body: () => Promise<T>): Promise<T> {
  const target = lockTarget(file);
  if (target === undefined) return body();
  const lockPath = lockPathOf(target);
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(target, {
      stale: STALE_MS,
      lockfilePath: lockPath,
      realpath: false,
      // About WAIT_MS in all, in growing, randomized steps.
      retries: { retries: 60, factor: 1.2, minTimeout: 20, maxTimeout: 400, randomize: true, maxRetryTime: WAIT_MS },
      // The lock folder removed or taken over under us: the plan's own checks still stand, so go on quietly
      // (the default would throw where nobody catches it).
      onCompromised: () => undefined,
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ELOCKED') throw new PlanLockedError(lockPath);
    throw error;
  }
  try {
    return await body();
  } finally {
    await release().catch(() => undefined);
  }
}
