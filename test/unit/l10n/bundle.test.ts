import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';

const root = path.resolve(__dirname, '../../../..');
const l10nDir = path.join(root, 'l10n');
const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(file) : /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : [];
  });
}

/** What `npm run l10n` would write, computed in memory. */
async function exportedBundle(): Promise<Record<string, unknown>> {
  const files = sourceFiles(path.join(root, 'src')).map((file) => ({ contents: fs.readFileSync(file, 'utf8'), extension: path.extname(file) }));
  return (await getL10nJson(files));
}

const placeholders = (message: string): string[] => [...new Set(message.match(/\{\d+\}/g) ?? [])].sort();
const messageOf = (value: unknown): string => (typeof value === 'string' ? value : (value as { message: string }).message);

describe('runtime localization (l10n/bundle.l10n*.json)', () => {
  const english = readJson(path.join(l10nDir, 'bundle.l10n.json'));

  it('has l10n/bundle.l10n.json exactly as `npm run l10n` exports it from src', async function () {
    this.timeout(60000);
    const exported = await exportedBundle();
    assert.ok(Object.keys(exported).length > 100, 'too few strings found: is the export broken?');
    const added = Object.keys(exported).filter((key) => !(key in english));
    const stale = Object.keys(english).filter((key) => !(key in exported));
    assert.deepEqual({ added, stale }, { added: [], stale: [] }, 'run `npm run l10n` and translate the changes in every l10n/bundle.l10n.<lang>.json');
    assert.deepEqual(english, exported);
  });

  it('points package.json at the l10n folder', () => {
    assert.equal((readJson(path.join(root, 'package.json')) as { l10n?: string }).l10n, './l10n');
  });

  const translations = fs.readdirSync(l10nDir).filter((f) => /^bundle\.l10n\.[a-z-]+\.json$/i.test(f));
  it('ships at least one translation', () => assert.ok(translations.length > 0));
  for (const file of translations) {
    it(`${file} translates every key, no stale one, with the same placeholders`, () => {
      const translated = readJson(path.join(l10nDir, file));
      assert.deepEqual(Object.keys(english).filter((key) => !(key in translated)), [], 'missing keys');
      assert.deepEqual(Object.keys(translated).filter((key) => !(key in english)), [], 'stale keys');
      const wrong = Object.keys(english).filter((key) => {
        const text = translated[key];
        return typeof text !== 'string' || text.trim() === '' || placeholders(text).join() !== placeholders(messageOf(english[key])).join();
      });
      assert.deepEqual(wrong, [], 'empty translations, or placeholders that differ from the English');
    });
  }
});
