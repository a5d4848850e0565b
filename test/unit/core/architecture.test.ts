import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkArchitecture, PARTS, type Part, type Sources } from './architecture';

const ROOT = path.join(__dirname, '..', '..', '..', '..');

function readSources(): Sources {
  const sources = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.ts')) sources.set(rel, readFileSync(path.join(ROOT, rel), 'utf8'));
    }
  };
  walk('src');
  walk('test');
  return sources;
}

const INDEX = (what: string) => `/**\n * ${what}\n *\n * Imports: see the table.\n */\n`;

/** A small core laid out correctly, to break one rule at a time. */
function sampleCore(): Map<string, string> {
  return new Map([
    ['src/core/index.ts', "export * from './model';\nexport * from './read';\nexport { Reader } from './incremental';\n"],
    ['src/core/model/index.ts', `${INDEX('The model.')}export * from './types';\n`],
    ['src/core/model/types.ts', 'export type Day = string;\n'],
    ['src/core/read/index.ts', `${INDEX('Reading.')}export { read } from './read';\n`],
    ['src/core/read/read.ts', "import type { Day } from '../model';\nimport { guard } from './guard';\nexport const read = (d: Day) => guard(d);\n"],
    ['src/core/read/guard.ts', 'export const guard = (d: string) => d;\n'],
    ['src/core/incremental/index.ts', `${INDEX('Fast re-reads.')}export { Reader } from './reader';\n`],
    ['src/core/incremental/reader.ts', "import { read } from '../read';\nexport class Reader { read = read; }\n"],
    ['src/tree/view.ts', "import { read } from '../core';\nimport type { Day } from '../core/model';\n"],
    ['test/unit/core/read/guard.test.ts', "import { guard } from '../../../../src/core/read/guard';\n"],
  ]);
}

const SAMPLE_PARTS: Record<string, Part> = { model: { imports: [] }, read: { imports: ['model'] }, incremental: { imports: ['model', 'read'], coreOnly: true } };

function breaches(change: (sources: Map<string, string>) => void, parts: Record<string, Part> = SAMPLE_PARTS): string[] {
  const sources = sampleCore();
  change(sources);
  return checkArchitecture(sources, parts);
}

describe('the layout of the core', () => {
  it('holds: every folder of src/core is a declared part, and every import follows the table', () => {
    assert.deepEqual(checkArchitecture(readSources()), []);
  });

  it('declares the parts in one table whose dependencies run one way', () => {
    assert.deepEqual(Object.keys(PARTS), ['model', 'read', 'incremental', 'edit', 'export', 'ledger', 'review', 'meetings', 'messages', 'insights', 'import']);
    assert.deepEqual(PARTS.model.imports, []);
    assert.equal(PARTS.incremental.coreOnly, true);
  });

  describe('fails', () => {
    it('not on a core laid out by the rules', () => {
      assert.deepEqual(breaches(() => undefined), []);
    });

    it('on a folder that is not declared, until it is', () => {
      const addLedger = (s: Map<string, string>) => {
        s.set('src/core/ledger/index.ts', `${INDEX('The ledger.')}export { balance } from './balance';\n`);
        s.set('src/core/ledger/balance.ts', "import type { Day } from '../model';\nexport const balance = (d: Day) => d;\n");
      };
      assert.match(breaches(addLedger).join('\n'), /src\/core\/ledger\/ is not a declared part/);
      assert.deepEqual(breaches(addLedger, { ...SAMPLE_PARTS, ledger: { imports: ['model'] } }), []);
    });

    it('on a file right in src/core other than index.ts', () => {
      assert.match(breaches((s) => s.set('src/core/helpers.ts', 'export const x = 1;\n')).join('\n'), /src\/core\/helpers\.ts: files of the core belong in one of its parts/);
    });

    it('on an import against the direction of the table', () => {
      const found = breaches((s) => s.set('src/core/model/types.ts', "import { read } from '../read';\nexport type Day = string;\n"));
      assert.deepEqual(found, [`src/core/model/types.ts imports '../read': "model" may import no other part, not "read".`]);
    });

    it("on an import of another part's inner file instead of its index.ts", () => {
      const found = breaches((s) => s.set('src/core/incremental/reader.ts', "import { guard } from '../read/guard';\nexport class Reader { guard = guard; }\n"));
      assert.deepEqual(found, [`src/core/incremental/reader.ts imports '../read/guard': reach "read" through its index.ts, not one of its files.`]);
    });

    it('on a part importing a part reached only through the core index', () => {
      const parts = { ...SAMPLE_PARTS, read: { imports: ['model', 'incremental'] } };
      const found = breaches((s) => s.set('src/core/read/read.ts', "import { Reader } from '../incremental';\nexport const read = (d: string) => new Reader() && d;\n"), parts);
      assert.ok(found.some((line) => line.includes('"incremental" is reached only through src/core/index.ts')), found.join('\n'));
      assert.ok(found.some((line) => line.includes('go round in a circle: read → incremental → read')), found.join('\n'));
    });

    it("on an adapter reaching into a part's inner file, or into a part kept for the core index", () => {
      const found = breaches((s) => s.set('src/tree/view.ts', "import { guard } from '../core/read/guard';\nimport { Reader } from '../core/incremental';\n"));
      assert.deepEqual(found, [
        `src/tree/view.ts imports '../core/read/guard': outside the core, import from src/core or from a part's index.ts, not "read/guard.ts".`,
        `src/tree/view.ts imports '../core/incremental': "incremental" is reached only through src/core/index.ts.`,
      ]);
    });

    it("on a test reaching into another part's inner file (a part's own tests may)", () => {
      const found = breaches((s) => s.set('test/unit/core/incremental/reader.test.ts', "import { guard } from '../../../../src/core/read/guard';\n"));
      assert.equal(found.length, 1);
      assert.match(found[0], /outside the core, import from src\/core or from a part's index\.ts/);
    });

    it('on vscode in the core, and on an index.ts without its opening comment', () => {
      const found = breaches((s) => {
        s.set('src/core/read/guard.ts', "import * as vscode from 'vscode';\nexport const guard = (d: string) => d + String(vscode);\n");
        s.set('src/core/model/index.ts', "export * from './types';\n");
      });
      assert.deepEqual(found, [
        'src/core/model/index.ts must open with a comment that says what the part owns and what it imports ("Imports: ...").',
        "src/core/read/guard.ts imports 'vscode': the core never imports vscode.",
      ]);
    });
  });
});
