import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { catalogueFor, localizeProblems, MESSAGE_CATALOGUES, posixLanguage, readPlan, translateMessage } from '../../../../src/core';
import { runCli } from '../../../../src/cli/run';
import { FIXTURES, memoryIo } from '../../cli/memoryIo';

const TEST_ROOT = path.resolve(__dirname, '../../../../../test');

function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    return e.isDirectory() ? yamlFiles(file) : e.name.endsWith('.yaml') ? [file] : [];
  });
}

/** Every distinct problem the test plans produce (the fixtures cover each check). */
function fixtureProblems() {
  const seen = new Map<string, ReturnType<typeof readPlan>['problems'][number]>();
  for (const file of yamlFiles(TEST_ROOT)) for (const p of readPlan(fs.readFileSync(file, 'utf8')).problems) seen.set(p.message, p);
  return [...seen.values()];
}

const placeholders = (text: string) => [...new Set(text.match(/\{\d+\}/g) ?? [])].sort().join();

describe('core problem messages in other languages', () => {
  it('picks a catalogue from VS Code and POSIX language tags, and none (English) otherwise', () => {
    for (const tag of ['de', 'de-AT', 'de_DE.UTF-8', 'de_CH@euro']) assert.equal(catalogueFor(tag), MESSAGE_CATALOGUES.de, tag);
    for (const tag of [undefined, '', 'C', 'POSIX', 'C.UTF-8', 'en', 'en_US.UTF-8', 'fr_FR.UTF-8']) assert.equal(catalogueFor(tag), undefined, String(tag));
    assert.equal(posixLanguage({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'de_DE.UTF-8' }), 'de_DE.UTF-8');
    assert.equal(posixLanguage({ LANG: 'de_DE.UTF-8', LC_ALL: 'C' }), 'C');
    assert.equal(posixLanguage({ LANG: 'de_DE.UTF-8', LC_ALL: '' }), 'de_DE.UTF-8');
    assert.equal(posixLanguage({}), undefined);
  });

  it('leaves the English messages byte-identical without a catalogue', () => {
    const problems = fixtureProblems();
    assert.deepEqual(localizeProblems(problems, undefined), problems);
  });

  for (const [language, catalogue] of Object.entries(MESSAGE_CATALOGUES)) {
    it(`${language}: every template keeps the placeholders of the English one`, () => {
      const wrong = Object.entries(catalogue.templates).filter(([en, tr]) => tr.trim() === '' || placeholders(en) !== placeholders(tr));
      assert.deepEqual(wrong, []);
    });

    it(`${language}: translates every problem the test plans produce, leaving no English sentence behind`, () => {
      const problems = fixtureProblems();
      assert.ok(problems.length > 50, `only ${problems.length} distinct problems: are the fixtures found?`);
      // The YAML library's own words (after "YAML: ") are not the project's to translate.
      const ours = (message: string) => message.replace(/^YAML: [A-Z][^.]*\.?/, '').replace(/"[^"]*"/g, '""');
      const untranslated = problems
        .map((p) => ({ en: p.message, tr: translateMessage(p.message, catalogue) }))
        .filter(({ en, tr }) => !/^YAML: Unresolved tag/.test(en) && (tr === en || /\b(is not|are in|should be|[Ww]rite|add them|did you mean|is used|is ignored|Known keys|nested)\b/.test(ours(tr))))
        .map(({ en }) => en);
      assert.deepEqual(untranslated, [], 'add a template for these messages to the catalogue');
    });
  }

  it('words when someone is due in German, keeping the stage names of the plan file', () => {
    const de = catalogueFor('de');
    const cases: [string, string][] = [
      ['3 days overdue', '3 Tage überfällig'],
      ['1 day overdue', '1 Tag überfällig'],
      ['due today', 'heute fällig'],
      ['due tomorrow', 'morgen fällig'],
      ['in 5 days', 'in 5 Tagen'],
      ['5 days ago', 'vor 5 Tagen'],
      ['archived', 'archiviert'],
      ['planned', 'planned'],
    ];
    assert.deepEqual(cases.map(([en]) => [en, translateMessage(en, de)]), cases);
  });

  it('prints `check` in German for LANG=de_DE.UTF-8, and exactly as before for C or no LANG', () => {
    const plan = fs.readFileSync(path.join(FIXTURES, 'invalid-plan.yaml'), 'utf8');
    const run = (language?: string) => {
      const io = { ...memoryIo({ 'p.yaml': plan }), ...(language === undefined ? {} : { language }) };
      const code = runCli(['check', 'p.yaml'], io);
      return { code, out: io.out.join('') };
    };
    const english = run();
    assert.deepEqual(run('C'), english);
    assert.deepEqual(run('en_US.UTF-8'), english);
    const german = run('de_DE.UTF-8');
    assert.equal(german.code, english.code);
    assert.equal(german.out.split('\n').length, english.out.split('\n').length);
    assert.match(german.out, /^p\.yaml:9:12: error bad-stage Stage „buildng“ ist keiner der Werte planned, building, established, paused: Meinten Sie „building“\?$/m);
    assert.match(german.out, /^p\.yaml:16:26: warning unknown-person „Linus“ steht nicht unter people: /m);
    assert.match(german.out, /error bad-cadence „evry week“ ist kein Rhythmus\. Schreiben Sie einen Rhythmus als .* Bis dahin wird „every 2 weeks“ verwendet\.$/m);
  });
});
