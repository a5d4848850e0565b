/** Measurements made in fresh processes: the bundle's size and require time, peak memory of a load. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Extra } from './report';
import { median } from './measure';

export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the benchmark');
    dir = parent;
  }
  return dir;
}

// Runs in a fresh `node`: answers every use of the `vscode` module with a do-nothing stand-in (so the
// bundle's top level can subclass and call it, also through the bundler's import wrapper, which reads
// names through the prototype, and read as text: \`vscode.env.language\` is matched against a pattern at load), then
// times the require alone.
const REQUIRE_SCRIPT = `
const Module = require('module');
const original = Module._load;
const asText = () => '';
const handler = { get: (_, key) => (key === Symbol.toPrimitive || key === 'toString' || key === 'valueOf' ? asText : typeof key === 'symbol' || key === 'then' ? undefined : stub), apply: () => stub, construct: () => stub, getPrototypeOf: () => stub };
const stub = new Proxy(function () {}, handler);
Module._load = function (request, ...rest) { return request === 'vscode' ? stub : original.call(this, request, ...rest); };
const start = process.hrtime.bigint();
require(process.argv[1]);
console.log(Number(process.hrtime.bigint() - start) / 1e6);
`;

export function bundleFacts(build: boolean, runs = 5, file = 'dist/extension.js'): Extra | undefined {
  const root = repoRoot();
  const bundle = path.join(root, file);
  if (!fs.existsSync(bundle) && build) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (!fs.existsSync(bundle)) return undefined;
  const bytes = fs.statSync(bundle).size;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(process.execPath, ['-e', REQUIRE_SCRIPT, bundle], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`require(${file}) failed: ${lastLines(child.stderr)}`);
    times.push(Number(child.stdout.trim()));
  }
  return { kind: 'bundle', file, bytes, gzipBytes: gzipSync(fs.readFileSync(bundle)).length, requireMs: Number(median(times).toFixed(2)) };
}

/** The size of the browser's bundle (`npm run build:web`); it runs in a web worker, so it is not required here. */
export function webBundleFacts(): Extra | undefined {
  const bundle = path.join(repoRoot(), 'dist', 'web', 'extension.js');
  if (!fs.existsSync(bundle)) return undefined;
  return { kind: 'bundle', file: 'dist/web/extension.js', bytes: fs.statSync(bundle).size, gzipBytes: gzipSync(fs.readFileSync(bundle)).length };
}

export const MEMORY_PATHS = ['PlanReader + deriveView', 'readPlan + deriveView', 'yaml parseDocument'] as const;
export type MemoryPath = (typeof MEMORY_PATHS)[number];

/** Peak RSS of one full load in a fresh process (the benchmark's main script again, with `--peak-memory`). */
export function peakMemory(n: number, which: MemoryPath): Extra {
  const script = require.main?.filename ?? process.argv[1];
  const child = spawnSync(process.execPath, ['--expose-gc', script, '--peak-memory', String(n), which], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`peak memory child failed: ${lastLines(child.stderr)}`);
  return { kind: 'memory', n, path: which, ...(JSON.parse(child.stdout.trim().split('\n').pop()!) as Record<string, unknown>) };
}

function lastLines(text: string): string {
  return text.split('\n').slice(-12).map((line) => line.slice(0, 300)).join('\n');
}
