/**
 * Loads code that the activation bundle leaves out (panels, parsers, heavy commands) when it is first needed.
 *
 * Each feature with such code has a `src/<feature>/lazy.ts`, built into its own bundle `dist/lazy/<feature>.js`
 * (see scripts/build.mjs), adds itself to `LazyModules` from that file:
 *
 *     declare module '../lazy' { interface LazyModules { brief: typeof import('./lazy') } }
 *
 * and has a line in `inWebBundle` below. Adapters get typed exports without importing the module itself (which
 * would bundle it into activation).
 */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by each feature's lazy.ts
export interface LazyModules {}

export type LazyName = keyof LazyModules;

// Declared here rather than taken from Node's types, so that the web build's type check (no Node types) accepts
// this file: the browser bundle never reaches them (see `WEB_BUILD`).
declare const require: (id: string) => unknown;
declare const __dirname: string;
/** Defined by the build: true in the browser bundle, false in Node's; undefined when compiled file by file (tests). */
declare const WEB_BUILD: boolean | undefined;

/**
 * A browser's web worker cannot load a file of its own, so the web bundle holds the lazy modules and evaluates one
 * on first use. Keyed by every name in `LazyModules`: a feature that forgets its line does not compile.
 */
const inWebBundle: { [K in LazyName]: () => LazyModules[K] } = {
  brief: () => require('./brief/lazy') as LazyModules['brief'],
  calendarFile: () => require('./calendarFile/lazy') as LazyModules['calendarFile'],
  catalogues: () => require('./catalogues/lazy') as LazyModules['catalogues'],
  commands: () => require('./commands/lazy') as LazyModules['commands'],
  insights: () => require('./insights/lazy') as LazyModules['insights'],
  import: () => require('./import/lazy') as LazyModules['import'],
  meetings: () => require('./meetings/lazy') as LazyModules['meetings'],
  privacy: () => require('./privacy/lazy') as LazyModules['privacy'],
};

/** The module's exports; Node caches them, and so does the web bundle, so later calls cost a lookup. */
export function loadLazy<K extends LazyName>(name: K): LazyModules[K] {
  // The constant test lets the bundler drop the branch a build does not use, with everything it requires.
  return typeof WEB_BUILD !== 'undefined' && WEB_BUILD ? inWebBundle[name]() : loadFile(name);
}

function loadFile<K extends LazyName>(name: K): LazyModules[K] {
  // Bundled, the lazy module sits in dist/lazy: beside dist/extension.js, or beside the lazy bundle asking for it (a
  // command that opens a panel, say). Compiled file by file (the tests), in its folder.
  const places = [`${__dirname}/lazy/${name}.js`, `${__dirname}/${name}.js`, `${__dirname}/${name}/lazy.js`];
  for (const [i, place] of places.entries()) {
    try {
      return require(place) as LazyModules[K];
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'MODULE_NOT_FOUND' || i === places.length - 1) throw error;
    }
  }
  throw new Error(`no lazy module ${name}`);
}
