/** Contacts files read with csv-parse and ical.js: realistic exports, their quirks, and where each row starts. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { guessMapping, rowsToContacts } from '../../../src/core';
import { decodeContactsFile, decodeQuotedPrintable, ImportFileError, kindOf, readContactsFile, readCsv, separatorOf } from '../../../src/import/contactsFile';

const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/import');
const read = (name: string) => readContactsFile(name, fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
const contactsOf = (name: string) => {
  const table = read(name);
  return rowsToContacts(table, guessMapping(table.header));
};

describe('reading contacts files', () => {
  it('reads an Outlook-style CSV with its columns in any order, and reports the short row by its line', () => {
    const { contacts, bad } = contactsOf('outlook.csv');
    assert.deepEqual(contacts.map((c) => [c.line, c.name, c.emails]), [
      [2, 'Ada Lovelace', ['ada.lovelace@example.com']],
      [3, 'Grace Hopper', ['grace@example.com']],
      [5, 'Linus Torvalds', ['linus@example.com']],
    ]);
    assert.equal(contacts[2].notes, 'Runs the "Friday demos"');
    assert.match(contacts[0].role ?? '', /Staff Engineer/);
    assert.deepEqual(bad.map((b) => b.line), [4]);
  });

  it('reads a ;-separated CSV with a BOM and a quoted note over three lines, keeping the lines of later rows', () => {
    const table = read('semicolon-bom.csv');
    assert.equal(table.header[0], 'First Name');
    const { contacts, bad } = rowsToContacts(table, guessMapping(table.header));
    assert.deepEqual(contacts.map((c) => [c.line, c.name]), [[2, 'Zoë Ñúñez'], [5, 'Klaus Müller']]);
    assert.equal(contacts[0].notes, 'Two things:\n1. roadmap; budget\n2. mentoring');
    assert.deepEqual(bad, [{ line: 6, message: 'the row has no name.' }]);
  });

  it('detects the separator from the header line only', () => {
    assert.equal(separatorOf('\uFEFFa;b;c\n"x, y";2;3'), ';');
    assert.equal(separatorOf('a,b\n1;2;3;4'), ',');
    assert.equal(separatorOf('First Name\tLast Name\tE-mail Address\nAda\tLovelace, Countess\tada@example.com'), '\t');
    assert.equal(separatorOf('Name'), ',');
  });

  it('reads a tab-separated export (UTF-16 with its mark, as contacts programs write "Unicode text")', () => {
    const text = 'Name\tCompany\tNotes\r\nAda Lovelace\tAnalytical, Ltd\t"two\r\nlines"\r\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const decoded = decodeContactsFile(bytes);
    assert.equal(decoded.note, undefined);
    const table = readContactsFile('contacts.txt', decoded.text);
    assert.deepEqual(table.header, ['Name', 'Company', 'Notes']);
    assert.deepEqual(table.rows, [{ line: 2, cells: ['Ada Lovelace', 'Analytical, Ltd', 'two\nlines'] }]);
  });

  it('reads bytes that are not UTF-8 as Windows-1252, and says so', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Name\nJos'), 0xe9, ...new TextEncoder().encode(' Mart'), 0xed, 0x6e, 0x0a]);
    const decoded = decodeContactsFile(bytes);
    assert.equal(decoded.text, 'Name\nJosé Martín\n');
    assert.equal(decoded.note, 'windows-1252');
    assert.deepEqual(decodeContactsFile(new TextEncoder().encode('Name\nJosé\n')), { text: 'Name\nJosé\n' });
  });

  it('reads vCard 3.0: quoted-printable UTF-8 with a soft line break, folded lines, ORG parts', () => {
    const { contacts, bad } = contactsOf('contacts-3.0.vcf');
    assert.deepEqual(bad, []);
    assert.deepEqual(contacts.map((c) => [c.line, c.name]), [[1, 'Jürgen Müller'], [11, 'Marie Curie']]);
    assert.equal(contacts[0].notes, 'Kennt alle im Betriebsrat\nund hilft gern bei Fragen zur Größe.');
    assert.deepEqual(contacts[0].emails, ['juergen@example.de']);
    assert.match(contacts[1].role ?? '', /more than one line$/);
  });

  it('reads several vCard 4.0 cards with UTF-8 names, several emails, and a card with N but no FN', () => {
    const { contacts } = contactsOf('contacts-4.0.vcf');
    assert.deepEqual(contacts.map((c) => [c.line, c.name]), [[1, 'Zoë Ñúñez'], [10, '王芳'], [16, 'Chidi Okafor']]);
    assert.deepEqual(contacts[1].emails, ['wang.fang@example.cn', 'fang@example.com']);
    assert.equal(contacts[0].notes, 'Prefers mornings, speaks Spanish');
  });

  it('decodes quoted-printable bytes as UTF-8', () => {
    assert.equal(decodeQuotedPrintable('Zo=C3=AB =C3=91=C3=BA=C3=B1ez'), 'Zoë Ñúñez');
    assert.equal(decodeQuotedPrintable('a=\r\nb=3D'), 'ab=');
  });

  it('tells the kind by extension, else by content', () => {
    assert.equal(kindOf('x.VCF', ''), 'vcard');
    assert.equal(kindOf('x.csv', 'BEGIN:VCARD'), 'csv');
    assert.equal(kindOf('export.txt', '\uFEFFBEGIN:VCARD\r\n'), 'vcard');
    assert.equal(kindOf('export.txt', 'Name,Email\n'), 'csv');
  });

  it('refuses a file it cannot read at all, saying why', () => {
    assert.throws(() => readContactsFile('a.csv', '  \n'), ImportFileError);
    assert.throws(() => readCsv('Name,Notes\nAda,"never closed\n'), (e: unknown) => e instanceof ImportFileError && /CSV/.test(e.message));
    assert.throws(() => readContactsFile('a.vcf', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'), ImportFileError);
  });
});
