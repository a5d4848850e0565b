/** The command-line tool bundled as `npm run build` bundles it, into a scratch directory, and ways to run it there. */
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = path.resolve(__dirname, '../../../..');

export interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** Builds `dist/cli.js`'s bundle as `cli.js` in `dir` (dist/ is left alone); returns its path. */
export function buildCli(dir: string): string {
  const cli = path.join(dir, 'cli.js');
  buildSync({
    entryPoints: [path.join(ROOT, 'src/cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    minify: true,
    outfile: cli,
    logLevel: 'silent',
  });
  return cli;
}

export function runCliSync(cli: string, args: string[], cwd: string, timeout = 20_000): Run {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout, env: { ...process.env, TZ: 'UTC' } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Starts the tool without waiting for it: many of these run at once. */
export function runCliAsync(cli: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, TZ: 'UTC' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}
