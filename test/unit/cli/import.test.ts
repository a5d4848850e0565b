import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs, UsageError } from '../../../src/cli/args';
import { runCli } from '../../../src/cli/run';
import { readPlan } from '../../../src/core';
import { DEMO_PLAN, FIXTURES, memoryIo } from './memoryIo';

const FILE = 'networking-plan.yaml';
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, 'import', name), 'utf8');

const CSV = 'First Name,Last Name,Job Title,Company,Email,Notes\nAda,Lovelace,Staff Engineer,Analytical Ltd,ada@example.com,"Met at the offsite,\nwants help with hiring"\nDana,Lee,Director,Platform,dana@example.com,\n,,,,,\nGrace,Hopper,Director,Navy,not-an-address,\nToo,Short\n';

describe('cli import', () => {
  it('appends the new people at the end of people, on the lists asked for, keeping every other byte', () => {
    const io = memoryIo({ [FILE]: DEMO_PLAN, 'people.csv': CSV });
    assert.equal(runCli(['import', 'people.csv', '--list', 'like'], io), 0);
    assert.deepEqual(io.writes, [FILE]);
    const updated = io.files.get(FILE)!;
    const before = readPlan(DEMO_PLAN);
    const last = before.people[before.people.length - 1].span;
    const added = updated.slice(last.end, updated.length - (DEMO_PLAN.length - last.end));
    assert.equal(updated.slice(0, last.end), DEMO_PLAN.slice(0, last.end));
    assert.equal(updated.slice(last.end + added.length), DEMO_PLAN.slice(last.end));
    assert.match(added, /- name: Ada Lovelace\n {4}lists: \[like\]\n {4}role: Staff Engineer, Analytical Ltd\n {4}notes: /);
    assert.match(added, /- name: Grace Hopper\n {4}lists: \[like\]\n {4}role: Director, Navy\n(?! {4}email)/);
    const plan = readPlan(updated);
    assert.deepEqual(plan.problems, []);
    const ada = plan.people.find((p) => p.name === 'Ada Lovelace')!;
    assert.deepEqual(ada.lists, ['like']);
    assert.equal(ada.notes, 'Met at the offsite,\nwants help with hiring');
    assert.deepEqual(ada.emails, ['ada@example.com']);
    assert.equal(plan.people.length, before.people.length + 2);
    const out = io.out.join('');
    assert.match(out, /^Imported 2 people from people\.csv into networking-plan\.yaml onto the like list:\n {2}Ada Lovelace \(Staff Engineer, Analytical Ltd; ada@example\.com\) — line 2\n {2}Grace Hopper \(Director, Navy\) — line 6\n/);
    assert.match(out, /Skipped 1 person already known:\n {2}Dana Lee — line 4, already in the plan as "Dana Lee"\n/);
    assert.match(out, /2 rows were not imported: lines 5, 7 \(why: on standard error\)\.\n$/);
    assert.deepEqual(io.err, [
      'people.csv:5: not imported: the row has no name.\n',
      'people.csv:7: not imported: the row has 2 fields, the header 6.\n',
      'people.csv:6: warning: "not-an-address" does not look like an email address; Grace Hopper is imported without it.\n',
    ]);
  });

  it('reads vCards, puts them on no list without --list, and on both with --list like,help or twice', () => {
    const vcf = fixture('contacts-4.0.vcf');
    const none = memoryIo({ [FILE]: DEMO_PLAN, 'cards.vcf': vcf });
    assert.equal(runCli(['import', 'cards.vcf'], none), 0);
    const imported = readPlan(none.files.get(FILE)!).people.slice(readPlan(DEMO_PLAN).people.length);
    assert.ok(imported.length > 0);
    assert.ok(imported.every((p) => p.lists.length === 0));
    assert.match(none.out.join(''), /into networking-plan\.yaml \(on no list yet\):/);
    for (const args of [['--list', 'like,help'], ['--list', 'help', '--list', 'LIKE'], ['--list', 'both']]) {
      const io = memoryIo({ 'mine.yaml': DEMO_PLAN, 'cards.vcf': vcf });
      assert.equal(runCli(['import', 'cards.vcf', 'mine.yaml', ...args], io), 0, io.err.join(''));
      const people = readPlan(io.files.get('mine.yaml')!).people.slice(readPlan(DEMO_PLAN).people.length);
      assert.deepEqual(people.map((p) => [...p.lists].sort()), imported.map(() => ['help', 'like']));
    }
  });

  it('writes nothing on --dry-run, and says which columns it used', () => {
    const io = memoryIo({ [FILE]: DEMO_PLAN, 'people.csv': CSV });
    assert.equal(runCli(['import', 'people.csv', '--dry-run', '--list', 'help'], io), 0);
    assert.deepEqual(io.writes, []);
    assert.equal(io.files.get(FILE), DEMO_PLAN);
    const out = io.out.join('');
    assert.match(out, /^Dry run: nothing was written\. Columns: Name ← “First Name” \+ “Last Name” · Role ← “Job Title”, “Company” · Email ← “Email” · Notes ← “Notes”\.\n/);
    assert.match(out, /Would import 2 people from people\.csv into networking-plan\.yaml onto the help list:/);
  });

  it('skips a name already in the plan written in another Unicode form, and a name repeated in the file', () => {
    const plan = `${DEMO_PLAN.replace('people:\n', 'people:\n  - name: Jürgen Müller\n')}`;
    const decomposed = 'Ju\u0308rgen Mu\u0308ller';
    const io = memoryIo({ [FILE]: plan, 'p.csv': `Name,Email\n${decomposed},j@example.com\nAna Souza,a@example.com\nana  SOUZA,b@example.com\n` });
    assert.equal(runCli(['import', 'p.csv'], io), 0);
    const out = io.out.join('');
    assert.match(out, /Imported 1 person from p\.csv/);
    assert.match(out, new RegExp(`${decomposed} — line 2, already in the plan as "Jürgen Müller"`));
    assert.match(out, /ana SOUZA — line 4, repeats "Ana Souza" of line 3/);
    assert.equal(readPlan(io.files.get(FILE)!).people.filter((p) => p.key === readPlan(io.files.get(FILE)!).people.find((q) => q.name === 'Ana Souza')!.key).length, 1);
  });

  it('writes nothing and says so when everyone is already in the plan', () => {
    const io = memoryIo({ [FILE]: DEMO_PLAN, 'p.csv': 'Name\nDana Lee\n' });
    assert.equal(runCli(['import', 'p.csv'], io), 0);
    assert.deepEqual(io.writes, []);
    assert.match(io.out.join(''), /^Nobody new to import from p\.csv into networking-plan\.yaml\.\n/);
  });

  const refusals: [string, Record<string, string>, string[], RegExp, number][] = [
    ['a file without a name column', { [FILE]: DEMO_PLAN, 'p.csv': 'Company,Email\nAcme,a@example.com\n' }, ['import', 'p.csv'], /cannot import p\.csv: no column holds names \(its header: "Company", "Email"\)/, 1],
    ['a missing contacts file', { [FILE]: DEMO_PLAN }, ['import', 'p.csv'], /cannot read p\.csv: no such file\./, 2],
    ['an empty contacts file', { [FILE]: DEMO_PLAN, 'p.csv': '\n' }, ['import', 'p.csv'], /cannot import p\.csv: the file is empty\./, 2],
    ['a CSV with an unclosed quote', { [FILE]: DEMO_PLAN, 'p.csv': 'Name,Notes\nAda,"open\n' }, ['import', 'p.csv'], /cannot import p\.csv: cannot read the file as CSV/, 2],
    ['a missing plan', { 'p.csv': CSV }, ['import', 'p.csv'], /cannot read networking-plan\.yaml: no such file/, 2],
    ['a plan with YAML syntax errors', { [FILE]: `${DEMO_PLAN}  - [\n`, 'p.csv': CSV }, ['import', 'p.csv'], /cannot import people: networking-plan\.yaml has YAML syntax errors/, 1],
    ['an unknown list', { [FILE]: DEMO_PLAN, 'p.csv': CSV }, ['import', 'p.csv', '--list', 'friends'], /--list must be like, help or both, not "friends"/, 2],
  ];
  for (const [what, files, argv, message, exitCode] of refusals) {
    it(`refuses ${what} and writes nothing`, () => {
      const io = memoryIo(files);
      assert.equal(runCli(argv, io), exitCode);
      assert.deepEqual(io.writes, []);
      assert.match(io.err.join(''), message);
    });
  }

  it('takes FILE, then an optional PLAN, --list (repeatable) and --dry-run', () => {
    assert.deepEqual(parseArgs(['import', 'a.csv', 'plan.yaml', '--list', 'like', '--dry-run']), { kind: 'command', command: 'import', positionals: ['a.csv', 'plan.yaml'], options: { list: ['like'], 'dry-run': true } });
    assert.throws(() => parseArgs(['import']), (e: unknown) => e instanceof UsageError && /"import" needs FILE/.test(e.message));
    assert.throws(() => parseArgs(['import', 'a.csv', 'b.yaml', 'c']), UsageError);
    assert.throws(() => parseArgs(['import', 'a.csv', '--dry-run=yes']), /--dry-run takes no value/);
  });
});
