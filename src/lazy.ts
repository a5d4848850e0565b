/**
 * Loads code that the activation bundle leaves out (panels, parsers, heavy commands) when it is first needed.
 *
 * Each feature with such code has a `src/<feature>/lazy.ts`, built into its own bundle `dist/lazy/<feature>.js`
 * (see scripts/build.mjs), and adds itself to `LazyModules` from that file:
 *
 *     declare module '../lazy' { interface LazyModules { brief: typeof import('./lazy') } }
 *
 * so that adapters get typed exports without importing the module itself (which would bundle it into activation).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by each feature's lazy.ts
export interface LazyModules {}

export type LazyName = keyof LazyModules;

/** The module's exports; Node caches them, so later calls cost a lookup. */
export function loadLazy<K extends LazyName>(name: K): LazyModules[K] {
  // Bundled, the lazy module sits in dist/lazy next to dist/extension.js; compiled file by file (the tests), in its folder.
  const bundled = path.join(__dirname, 'lazy', `${String(name)}.js`);
  const file = fs.existsSync(bundled) ? bundled : path.join(__dirname, String(name), 'lazy.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a path known only at run time is the point
  return require(file) as LazyModules[K];
}
