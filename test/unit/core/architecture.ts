/**
 * The core's parts and the one way their dependencies run, checked on the sources' imports.
 *
 * A part is a folder of `src/core/` with an `index.ts`. Its files import each other freely, and other
 * parts only through their `index.ts`, and only the parts listed for it in `PARTS`. A new part is one
 * line in `PARTS` (and its folder with its `index.ts`): a folder not listed there fails the check until
 * it is declared. Outside the core (the adapters in `src/`, and the tests) imports go through
 * `src/core/index.ts` or a part's `index.ts`; only the unit tests of a part (`test/unit/core/<part>/`)
 * reach its inner files.
 */
import * as path from 'node:path';
import ts from 'typescript';

export interface Part {
  /** The parts its files may import (through their `index.ts`). */
  imports: readonly string[];
  /** Reached only through `src/core/index.ts`: neither other parts nor anything outside the core import it. */
  coreOnly?: boolean;
}

export const PARTS: Readonly<Record<string, Part>> = {
  model: { imports: [] },
  read: { imports: ['model'] },
  incremental: { imports: ['model', 'read'], coreOnly: true },
  edit: { imports: ['model', 'read'] },
  export: { imports: ['model'] },
  ledger: { imports: ['model', 'read'] },
  review: { imports: ['model'] },
  meetings: { imports: ['model'] },
  messages: { imports: ['model'] },
  insights: { imports: ['model', 'ledger'] },
  import: { imports: ['model', 'edit'] },
};

/** Source files by path relative to the repository (`src/...`, `test/...`), with `/` separators. */
export type Sources = ReadonlyMap<string, string>;

const CORE = 'src/core';

/** Where a relative import of `from` leads, as a source path; undefined for packages and files that do not exist. */
function resolve(sources: Sources, from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  for (const candidate of [`${target}.ts`, `${target}/index.ts`]) if (sources.has(candidate)) return candidate;
  return undefined;
}

function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

/** `src/core/<part>/<rest>` as [part, rest]; [undefined, name] for a file right in `src/core/`. */
function placeInCore(file: string): [string | undefined, string] | undefined {
  if (!file.startsWith(`${CORE}/`)) return undefined;
  const rest = file.slice(CORE.length + 1);
  const slash = rest.indexOf('/');
  return slash < 0 ? [undefined, rest] : [rest.slice(0, slash), rest.slice(slash + 1)];
}

/** A cycle in the table of parts, as "a → b → a", if there is one. */
function cycleIn(parts: Readonly<Record<string, Part>>): string | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (name: string, trail: string[]): string | undefined => {
    if (state.get(name) === 'done') return undefined;
    if (state.get(name) === 'open') return [...trail.slice(trail.indexOf(name)), name].join(' → ');
    state.set(name, 'open');
    for (const next of parts[name]?.imports ?? []) {
      const found = visit(next, [...trail, name]);
      if (found) return found;
    }
    state.set(name, 'done');
    return undefined;
  };
  for (const name of Object.keys(parts)) {
    const found = visit(name, []);
    if (found) return found;
  }
  return undefined;
}

/** Every breach of the layout in `sources`, one line each; empty when the layout holds. */
export function checkArchitecture(sources: Sources, parts: Readonly<Record<string, Part>> = PARTS): string[] {
  const problems: string[] = [];
  const cycle = cycleIn(parts);
  if (cycle) problems.push(`The parts' dependencies go round in a circle: ${cycle}.`);
  for (const [name, part] of Object.entries(parts)) {
    for (const used of part.imports) if (!(used in parts)) problems.push(`Part "${name}" is declared to import "${used}", which is not a declared part.`);
    const index = sources.get(`${CORE}/${name}/index.ts`);
    if (index === undefined) problems.push(`Part "${name}" is declared but ${CORE}/${name}/index.ts does not exist.`);
    else if (!/^\/\*\*[\s\S]*?Imports:[\s\S]*?\*\//.test(index)) {
      problems.push(`${CORE}/${name}/index.ts must open with a comment that says what the part owns and what it imports ("Imports: ...").`);
    }
  }
  const undeclared = new Set<string>();
  for (const file of sources.keys()) {
    const place = placeInCore(file);
    if (!place) continue;
    const [part, rest] = place;
    if (part === undefined && rest !== 'index.ts') problems.push(`${file}: files of the core belong in one of its parts (${Object.keys(parts).join(', ')}).`);
    if (part !== undefined && !(part in parts) && !undeclared.has(part)) {
      undeclared.add(part);
      problems.push(`${CORE}/${part}/ is not a declared part: add it to PARTS (test/unit/core/architecture.ts) with the parts it may import.`);
    }
  }
  for (const [file, source] of sources) {
    for (const specifier of importsOf(source)) {
      const problem = checkImport(sources, parts, file, specifier);
      if (problem) problems.push(`${file} imports '${specifier}': ${problem}`);
    }
  }
  return problems;
}

function checkImport(sources: Sources, parts: Readonly<Record<string, Part>>, file: string, specifier: string): string | undefined {
  const from = placeInCore(file);
  if (from && specifier === 'vscode') return 'the core never imports vscode.';
  const target = resolve(sources, file, specifier);
  const to = target ? placeInCore(target) : undefined;
  if (from) {
    const [fromPart] = from;
    if (!target) return specifier.startsWith('.') ? 'no such file.' : undefined;
    if (!to) return 'the core imports nothing outside src/core.';
    const [toPart, toRest] = to;
    if (fromPart === undefined) return toPart !== undefined && toRest === 'index.ts' ? undefined : "src/core/index.ts re-exports the parts' index.ts only.";
    if (toPart === fromPart) return toRest === 'index.ts' ? `inside "${fromPart}", import its files directly, not its own index.ts.` : undefined;
    if (toPart === undefined) return "a part never imports the core's index.ts.";
    if (toRest !== 'index.ts') return `reach "${toPart}" through its index.ts, not one of its files.`;
    if (parts[toPart]?.coreOnly) return `"${toPart}" is reached only through src/core/index.ts.`;
    if (!parts[fromPart]?.imports.includes(toPart)) return `"${fromPart}" may import ${describeList(parts[fromPart]?.imports ?? [])}, not "${toPart}".`;
    return undefined;
  }
  if (!to) return undefined;
  const [toPart, toRest] = to;
  if (toPart === undefined) return undefined;
  const ownTests = file.startsWith(`test/unit/core/${toPart}/`);
  if (ownTests) return undefined;
  if (toRest !== 'index.ts') return `outside the core, import from src/core or from a part's index.ts, not "${toPart}/${toRest}".`;
  if (parts[toPart]?.coreOnly) return `"${toPart}" is reached only through src/core/index.ts.`;
  return undefined;
}

function describeList(names: readonly string[]): string {
  return names.length === 0 ? 'no other part' : names.map((n) => `"${n}"`).join(', ');
}
