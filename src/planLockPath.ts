/**
 * Where the lock of a plan file lives, shared by the command line and the extension so that both take the same one:
 * a `plan.yaml.lock` folder next to the plan (the target of a symbolic link), made by `proper-lockfile`.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** How long a lock counts as held; a whole read, check and write of the largest plan takes well under this. */
export const STALE_MS = 60_000;

/** `plan.yaml.lock` next to the plan; for a name near the longest a file name can be, a short name made from it. */
export function lockPathOf(target: string): string {
  const base = path.basename(target);
  if (Buffer.byteLength(base) <= 200) return `${target}.lock`;
  return path.join(path.dirname(target), `.networking-plan-${createHash('sha256').update(base).digest('hex').slice(0, 16)}.lock`);
}

/** The file a symbolic link points at (the plan is written there, so that is what is locked), if it is a regular file. */
export function lockTarget(file: string): string | undefined {
  try {
    return fs.statSync(file).isFile() ? fs.realpathSync(file) : undefined;
  } catch {
    return undefined;
  }
}
