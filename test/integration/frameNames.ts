/** Readable names of a CPU profile's call frames: the extension bundle's minified functions by its source map. */
import * as fs from 'node:fs';
import type { Runtime } from 'node:inspector';
import { SourceMap, type SourceMapPayload } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Bundle {
  map: SourceMap;
  lines: string[];
  sources: string[];
  sourcesContent: (string | null)[];
}

interface MapEntry {
  originalSource?: string;
  originalLine?: number;
  name?: string;
}

/** The name a line of TypeScript declares: `export function* finishJournal(`, `const read = (`, `private load(`. */
const DECLARED =
  /^\s*(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?\s*([\w$]+)|(?:const|let|var)\s+([\w$]+)\s*=|(?:(?:private|protected|public|static|readonly|get|set|async)\s+)*\*?\s*([\w$]+)\s*[(<])/;
const KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'return', 'catch', 'await', 'yield', 'new', 'throw', 'typeof', 'super', 'this']);

function declaredName(line: string | undefined): string | undefined {
  const match = line?.match(DECLARED);
  const name = match?.[1] ?? match?.[2] ?? match?.[3];
  return name && !KEYWORDS.has(name) ? name : undefined;
}

export class FrameNames {
  private readonly bundles = new Map<string, Bundle | undefined>();
  private readonly cache = new Map<string, string>();

  isExtension(frame: Runtime.CallFrame): boolean {
    return /\/dist\/extension\.js$/.test(frame.url);
  }

  of(frame: Runtime.CallFrame): string {
    const key = `${frame.functionName}@${frame.url}:${frame.lineNumber}:${frame.columnNumber}`;
    let name = this.cache.get(key);
    if (name === undefined) this.cache.set(key, (name = this.resolve(frame)));
    return name;
  }

  private resolve(frame: Runtime.CallFrame): string {
    const functionName = frame.functionName || '(anonymous)';
    if (!frame.url) return functionName;
    const bundle = this.isExtension(frame) ? this.bundle(frame.url) : undefined;
    if (!bundle) return `${functionName} (${path.basename(frame.url)}:${frame.lineNumber + 1})`;
    const entry = bundle.map.findEntry(frame.lineNumber, frame.columnNumber) as MapEntry;
    if (entry.originalSource === undefined || entry.originalLine === undefined) return `${functionName} (dist/extension.js)`;
    // The frame points at the function's parameters; a renamed function's original name is mapped at its minified name.
    const line = bundle.lines[frame.lineNumber] ?? '';
    const at = frame.functionName ? line.lastIndexOf(frame.functionName, frame.columnNumber) : -1;
    const mapped = at >= 0 && frame.columnNumber - at < 64 ? (bundle.map.findEntry(frame.lineNumber, at) as MapEntry).name : undefined;
    const content = bundle.sourcesContent[bundle.sources.indexOf(entry.originalSource)];
    const declared = declaredName(content?.split('\n')[entry.originalLine]);
    const source = entry.originalSource.replace(/^(\.\.\/)+/, '');
    return `${mapped ?? (frame.functionName ? (declared ?? functionName) : functionName)} (${source}:${entry.originalLine + 1})`;
  }

  private bundle(url: string): Bundle | undefined {
    if (!this.bundles.has(url)) {
      try {
        const file = url.startsWith('file:') ? fileURLToPath(url) : url;
        const payload = JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')) as SourceMapPayload;
        const lines = fs.readFileSync(file, 'utf8').split('\n');
        this.bundles.set(url, { map: new SourceMap(payload), lines, sources: payload.sources ?? [], sourcesContent: payload.sourcesContent ?? [] });
      } catch {
        this.bundles.set(url, undefined);
      }
    }
    return this.bundles.get(url);
  }
}
