/** Asks git whether it would commit a file (Node's extension host only: it runs the `git` program). */
import { execFile } from 'node:child_process';
import * as path from 'node:path';

function git(cwd: string, args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, timeout: 10_000, windowsHide: true }, (error, stdout) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout: String(stdout) });
    });
  });
}

/**
 * True when `file` is in a git work tree and not ignored (so `git add .` would commit it), false when git ignores
 * it, undefined when it is not in a work tree or git cannot tell (no git, no folder).
 */
export async function wouldCommit(file: string): Promise<boolean | undefined> {
  const cwd = path.dirname(file);
  const inside = await git(cwd, ['rev-parse', '--is-inside-work-tree']);
  if (inside.code !== 0 || inside.stdout.trim() !== 'true') return undefined;
  const ignored = await git(cwd, ['check-ignore', '-q', '--', path.basename(file)]);
  return ignored.code === 0 ? false : ignored.code === 1 ? true : undefined;
}
