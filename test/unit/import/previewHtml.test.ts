import assert from 'node:assert/strict';
import { guessMapping, readPlan, rowsToContacts, selectNew, type ListName } from '../../../src/core';
import { readCsv } from '../../../src/import/contactsFile';
import { mappingSummary } from '../../../src/import/mappingSummary';
import { previewHtml, type PreviewState } from '../../../src/import/previewHtml';

const PLAN = readPlan('people:\n  - name: Dana Lee\n    lists: [like]\n');

function state(csv: string, options: { unchecked?: number[]; lists?: ListName[] } = {}): PreviewState {
  const table = readCsv(csv);
  const mapping = guessMapping(table.header);
  const read = rowsToContacts(table, mapping);
  return {
    fileName: 'people.csv',
    planName: 'networking-plan.yaml',
    table,
    mapping,
    read,
    selection: selectNew(PLAN, read.contacts),
    unchecked: new Set(options.unchecked ?? []),
    lists: new Set(options.lists ?? []),
  };
}

describe('import preview page', () => {
  it('shows hostile cells as text: names, notes, header cells and examples', () => {
    const csv = 'Name,"<b>Email</b>",Notes\n"<img src=x onerror=alert(1)>",a@example.com,"""><script>alert(2)</script>"\n';
    const html = previewHtml(state(csv));
    assert.doesNotMatch(html, /<img|<script|<b>/);
    assert.match(html, /<td>&#60;img src=x onerror=alert\(1\)&#62;<\/td>/);
    assert.match(html, /aria-label="Import &#60;img src=x onerror=alert\(1\)&#62;"/);
    assert.match(html, /<option value="1">&#60;b&#62;Email&#60;\/b&#62;<\/option>/);
    assert.match(html, /title="&#34;&#62;&#60;script&#62;alert\(2\)&#60;\/script&#62;"/);
  });

  it('marks the guessed column of each field, and offers every column and none', () => {
    const html = previewHtml(state('First Name,Last Name,Job Title,Company\nAda,Lovelace,Engineer,Analytical\n'));
    assert.match(html, /<select id="map-firstName" data-field="firstName"><option value="">\(not imported\)<\/option><option value="0" selected>First Name<\/option><option value="1">Last Name<\/option>/);
    assert.match(html, /<select id="map-name" data-field="name"><option value="" selected>/);
    assert.match(html, /<label for="map-title">Job title<\/label><\/th><td>.*<option value="2" selected>Job Title<\/option>.*<\/select><\/td><td class="example" title="Engineer">Engineer<\/td>/);
  });

  it('lists the new people ticked (but those the user unticked), the known ones, and the bad rows with their lines', () => {
    const csv = 'Name,Email\nAda Lovelace,ada@example.com\nDana Lee,dana@example.com\nGrace Hopper,oops\n,x@example.com\nLinus,l@example.com\n';
    const html = previewHtml(state(csv, { unchecked: [6], lists: ['help'] }));
    assert.match(html, /<input type="checkbox" data-line="2" checked aria-label="Import Ada Lovelace">/);
    assert.match(html, /<input type="checkbox" data-line="6" aria-label="Import Linus">/);
    assert.match(html, /<h2 id="new">New people \(3\)<\/h2>/);
    assert.match(html, /<h2 id="known">Already known \(1\)<\/h2>[\s\S]*<td>Dana Lee<\/td><td>already in the plan as &#34;Dana Lee&#34;<\/td><td class="line">3<\/td>/);
    assert.match(html, /<h2 id="bad">Rows not imported \(1\)<\/h2>[\s\S]*<td class="line">5<\/td><td>the row has no name\.<\/td>/);
    assert.match(html, /<h2 id="warnings">Imported with a warning \(1\)<\/h2>[\s\S]*<td class="line">4<\/td><td>&#34;oops&#34; does not look like an email address/);
    assert.match(html, /<input type="checkbox" name="list" value="help" checked> Can help my career/);
    assert.match(html, /<input type="checkbox" name="list" value="like"> Know &#38; like/);
    assert.match(html, /data-count="2">Import 2 people<\/button>/);
    assert.match(html, /<p class="summary" role="status">New: 3 people\. Already known: 1 person\. Not readable: 1 row\./);
  });

  it('sums up the columns in one line, and opens their table when no column holds names', () => {
    const guessed = state('First Name,Last Name,Job Title,Company,E-mail Address\nAda,Lovelace,Engineer,Analytical,ada@example.com\n');
    assert.equal(mappingSummary(guessed.table.header, guessed.mapping), 'Name ← “First Name” + “Last Name” · Role ← “Job Title”, “Company” · Email ← “E-mail Address”');
    assert.match(previewHtml(guessed), /<details id="columns"><summary>/);
    const nameless = state('Company,Email\nAcme,a@example.com\n');
    assert.equal(mappingSummary(nameless.table.header, nameless.mapping), 'No column holds names · Role ← “Company” · Email ← “Email”');
    assert.match(previewHtml(nameless), /<details id="columns" open><summary>/);
    assert.match(previewHtml(nameless), /<h2 id="bad">Rows not imported \(1\)<\/h2>[\s\S]*<td class="line">1<\/td><td>no column holds names/);
  });

  it('disables the Import button when nobody is ticked', () => {
    const html = previewHtml(state('Name\nAda Lovelace\n', { unchecked: [2] }));
    assert.match(html, /data-count="0" disabled>Select people to import<\/button>/);
  });
});
