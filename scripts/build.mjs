// Builds the extension's bundles: the activation bundle (dist/extension.js), the CLI, the plan-read worker, the plan
// lock (dist/planLock.js, loaded on the first edit), and one bundle per `src/<feature>/lazy.ts` (dist/lazy/<feature>.js)
// that the extension loads only when the feature is first used. The activation bundle is what every VS Code start pays
// for, so the build fails when it outgrows its budget instead of letting it creep up. The browser's bundles are built
// by `npm run build:web` (package.json).
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ACTIVATION_BUDGET_BYTES = 250 * 1024;

/** `src/<feature>/lazy.ts` files, each one lazy bundle named after its folder. */
export function lazyEntries(root = '.') {
  const src = path.join(root, 'src');
  return fs
    .readdirSync(src, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(src, d.name, 'lazy.ts')))
    .map((d) => ({ in: path.join(src, d.name, 'lazy.ts'), out: `lazy/${d.name}` }));
}

export const nodeOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  // yaml's ES module build lets the bundler leave out the parts the extension never calls (about 18 KB);
  // `@vscode/l10n` becomes VS Code's own l10n.t in the extension host (see src/localize.ts).
  alias: { yaml: './node_modules/yaml/browser/index.js', '@vscode/l10n': './src/localize.ts' },
  // The Node bundles load lazy modules from dist/lazy; only the browser's holds them (see src/lazy.ts).
  define: { WEB_BUILD: 'false' },
  minify: true,
  logLevel: 'warning',
};

async function main() {
  fs.rmSync('dist/lazy', { recursive: true, force: true });
  await esbuild.build({
    ...nodeOptions,
    entryPoints: [
      { in: 'src/extension.ts', out: 'extension' },
      { in: 'src/cli.ts', out: 'cli' },
      { in: 'src/planReadWorker.ts', out: 'planReadWorker' },
      { in: 'src/store/nodePlanLock.ts', out: 'planLock' },
      ...lazyEntries(),
    ],
    sourcemap: true,
    outdir: 'dist',
  });
  const size = fs.statSync('dist/extension.js').size;
  if (size > ACTIVATION_BUDGET_BYTES) {
    console.error(`dist/extension.js is ${size} bytes, over its budget of ${ACTIVATION_BUDGET_BYTES}: move code that activation does not need into a src/<feature>/lazy.ts.`);
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? new URL(import.meta.url).pathname)) {
  await main();
}
