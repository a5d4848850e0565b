import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../../..');
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

/** Manifest properties whose strings VS Code shows to the user (inside `contributes`). */
const USER_FACING = new Set([
  'title', 'shortTitle', 'category', 'name', 'contextualTitle', 'contents', 'description', 'markdownDescription',
  'enumDescriptions', 'markdownEnumDescriptions', 'deprecationMessage', 'markdownDeprecationMessage', 'label',
  'altText', 'placeholder', 'detail',
]);

interface Found { where: string; value: string }

function userStrings(node: unknown, where: string, facing: boolean, out: Found[]): Found[] {
  if (typeof node === 'string') {
    if (facing) out.push({ where, value: node });
  } else if (Array.isArray(node)) {
    node.forEach((item, i) => userStrings(item, `${where}[${i}]`, facing, out));
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) userStrings(value, `${where}.${key}`, USER_FACING.has(key), out);
  }
  return out;
}

function manifestStrings(): Found[] {
  const pkg = readJson('package.json') as Record<string, unknown> & { capabilities?: unknown; contributes?: unknown };
  const found: Found[] = [
    { where: 'displayName', value: String(pkg.displayName) },
    { where: 'description', value: String(pkg.description) },
  ];
  userStrings(pkg.capabilities, 'capabilities', false, found);
  return userStrings(pkg.contributes, 'contributes', false, found);
}

/** The Markdown page of each walkthrough step (`media.markdown`), which VS Code also reads through `%key%`. */
function walkthroughPages(): Found[] {
  const pkg = readJson('package.json') as { contributes: { walkthroughs: { id: string; steps: { id: string; media: { markdown?: string } }[] }[] } };
  return pkg.contributes.walkthroughs.flatMap((w) =>
    w.steps.filter((step) => step.media.markdown !== undefined).map((step) => ({ where: `${w.id}.${step.id}`, value: step.media.markdown! })),
  );
}

const placeholderKey = (value: string): string | undefined => /^%([^%\s]+)%$/.exec(value)?.[1];

describe('manifest localization (package.nls*.json)', () => {
  const english = readJson('package.nls.json') as Record<string, string>;

  it('sends every user-facing string of package.json through a %key% of package.nls.json', () => {
    const strings = manifestStrings();
    assert.ok(strings.length > 50, `only ${strings.length} user-facing strings found: is the walk broken?`);
    const literal = strings.filter((s) => placeholderKey(s.value) === undefined).map((s) => `${s.where}: ${s.value}`);
    assert.deepEqual(literal, [], 'hard-coded manifest strings: move them to package.nls.json');
    const unknown = strings.filter((s) => !(placeholderKey(s.value)! in english)).map((s) => `${s.where}: ${s.value}`);
    assert.deepEqual(unknown, [], 'keys missing from package.nls.json');
  });

  it('keeps no unused key in package.nls.json', () => {
    const used = new Set([...manifestStrings(), ...walkthroughPages()].map((s) => placeholderKey(s.value)));
    assert.deepEqual(Object.keys(english).filter((key) => !used.has(key)), []);
  });

  it('points each walkthrough step at its Markdown page through a %key%, in English and in every translation', () => {
    const pages = walkthroughPages();
    assert.ok(pages.length >= 6, `only ${pages.length} walkthrough pages found`);
    const literal = pages.filter((p) => placeholderKey(p.value) === undefined).map((p) => `${p.where}: ${p.value}`);
    assert.deepEqual(literal, [], 'walkthrough pages should go through package.nls.json so that each language gets its own');
    const languages = ['package.nls.json', ...fs.readdirSync(root).filter((f) => /^package\.nls\.[a-z-]+\.json$/i.test(f))];
    const missing: string[] = [];
    for (const file of languages) {
      const nls = readJson(file) as Record<string, string>;
      const paths = pages.map((p) => nls[placeholderKey(p.value)!]);
      for (const page of paths) if (typeof page !== 'string' || !/^media\/walkthrough\/.+\.md$/.test(page) || !fs.statSync(path.join(root, page), { throwIfNoEntry: false })?.isFile()) missing.push(`${file}: ${page}`);
      if (file !== 'package.nls.json') {
        const englishPages = pages.map((p) => english[placeholderKey(p.value)!]);
        const same = paths.filter((page, i) => page === englishPages[i]);
        assert.deepEqual(same, [], `${file} should point at translated pages, not the English ones`);
      }
    }
    assert.deepEqual(missing, [], 'walkthrough pages that do not exist');
  });

  const translations = fs.readdirSync(root).filter((f) => /^package\.nls\.[a-z-]+\.json$/i.test(f));
  it('ships at least one translation of the manifest', () => assert.ok(translations.length > 0));
  for (const file of translations) {
    it(`${file} has exactly the keys of package.nls.json, each translated and non-empty`, () => {
      const translated = readJson(file) as Record<string, unknown>;
      assert.deepEqual(Object.keys(english).filter((key) => !(key in translated)), [], 'missing keys');
      assert.deepEqual(Object.keys(translated).filter((key) => !(key in english)), [], 'stale keys');
      const empty = Object.entries(translated).filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
      assert.deepEqual(empty, [], 'empty translations');
    });
  }
});
