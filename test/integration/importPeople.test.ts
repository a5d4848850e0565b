import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NetworkingPlanApi } from '../../src/extension';
import { EXTENSION_ID, fixturePlanText, openPlan, readPlanFromDisk, waitFor, workspaceRoot } from './helpers';
import { captureMessages, snapshot, usePlanApi } from './planApi';

const CSV = [
  'First Name,Last Name,Job Title,Company,E-mail Address,Notes',
  'Marie,Curie,Research Director,Institut du Radium,marie@example.org,"Met at the lab tour,',
  'asked about mentoring"',
  'Ada,LOVELACE,Staff Engineer,Payments,ada@example.com,',
  '<img src=x onerror=alert(1)>,Bold,Intern,Acme,,',
  ',,,Acme,nobody@example.com,no name here',
  'Alan,Turing,Researcher,Bletchley,alan@example.com,',
  '',
].join('\n');

describe('Import People', () => {
  let api: NetworkingPlanApi;
  const file = () => path.join(workspaceRoot(), 'contacts.csv');
  usePlanApi((found) => (api = found));
  afterEach(() => {
    api.importPeople.current()?.dispose();
    fs.rmSync(file(), { force: true });
  });

  it('previews a CSV with its guessed columns, then appends the people ticked onto the lists chosen in one edit (one Undo)', async () => {
    fs.writeFileSync(file(), CSV);
    const editor = await openPlan();
    assert.equal(await vscode.commands.executeCommand('networkingPlan.importPeople', vscode.Uri.file(file())), true);
    const panel = api.importPeople.current();
    assert.ok(panel, 'the preview is open');
    const body = panel.body;
    assert.match(body, /<h1>Import people from contacts\.csv<\/h1>/);
    assert.match(body, /<select id="map-firstName" data-field="firstName">.*<option value="0" selected>First Name<\/option>/);
    assert.match(body, /<input type="checkbox" data-line="2" checked aria-label="Import Marie Curie">/);
    assert.match(body, /<input type="checkbox" data-line="7" checked aria-label="Import Alan Turing">/);
    assert.match(body, /<td>Ada LOVELACE<\/td><td>already in the plan as &#34;Ada Lovelace&#34;<\/td><td class="line">4<\/td>/);
    assert.match(body, /<td class="line">6<\/td><td>the row has no name\.<\/td>/);
    assert.doesNotMatch(body, /<img/);
    assert.match(panel.body, /data-count="3">Import 3 people<\/button>/);

    // What the page sends as the user works: Alan unticked, both lists chosen, then Import with who is ticked.
    await panel.receive({ type: 'selection', unchecked: '7', lists: 'like,help' });
    const { messages } = await captureMessages(() => panel.receive({ type: 'import', selected: '2,5', lists: 'like,help' }));
    assert.deepEqual(messages, ['Imported 2 people from contacts.csv into networking-plan.yaml.']);
    assert.equal(api.importPeople.current(), undefined, 'the preview closes once the people are in');
    const text = editor.document.getText();
    assert.ok(text.startsWith(fixturePlanText().slice(0, fixturePlanText().lastIndexOf('\njournal:'))), 'nothing before the new people changed');
    const people = snapshot(api).plan.people;
    const marie = people.find((p) => p.name === 'Marie Curie');
    assert.ok(marie, 'Marie is in the plan');
    assert.deepEqual([marie.lists, marie.role, marie.emails, marie.notes], [['like', 'help'], 'Research Director, Institut du Radium', ['marie@example.org'], 'Met at the lab tour,\nasked about mentoring']);
    assert.ok(people.some((p) => p.name === '<img src=x onerror=alert(1)> Bold'));
    assert.ok(!people.some((p) => p.name === 'Alan Turing'), 'Alan was unticked');
    assert.equal(readPlanFromDisk(), text, 'saved');
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), fixturePlanText(), 'one Undo takes the whole import back');
  });

  it('lets the user choose another column for a field, and keeps their choices when the page is drawn again', async () => {
    fs.writeFileSync(file(), 'Name,Nickname,Email\nMarie Curie,Marie,marie@example.org\n');
    assert.equal(await vscode.commands.executeCommand('networkingPlan.importPeople', { file: file() }), true);
    const panel = api.importPeople.current()!;
    await panel.receive({ type: 'selection', unchecked: '', lists: 'help' });
    await panel.receive({ type: 'mapping', field: 'name', column: '1' });
    assert.match(panel.body, /<select id="map-name" data-field="name">.*<option value="1" selected>Nickname<\/option>/);
    assert.match(panel.body, /aria-label="Import Marie">/);
    assert.match(panel.body, /<input type="checkbox" name="list" value="help" checked>/);
    // A column out of range, or a field that does not exist, changes nothing.
    await panel.receive({ type: 'mapping', field: 'name', column: '9' });
    await panel.receive({ type: 'mapping', field: 'salary', column: '0' });
    assert.match(panel.body, /<option value="1" selected>Nickname<\/option>/);
    // The plan changing meanwhile: the person now in it moves to "Already known".
    await vscode.commands.executeCommand('networkingPlan.addPerson', { name: 'Marie', lists: ['like'] });
    await waitFor(() => /already in the plan as &#34;Marie&#34;/.test(panel.body), { message: 'the preview to see Marie in the plan' });
    assert.match(panel.body, /Select people to import<\/button>/);
  });

  it('says what is wrong with a file it cannot read, and opens nothing', async () => {
    fs.writeFileSync(file(), 'Name,Notes\nAda,"never closed\n');
    const { result, messages } = await captureMessages(() => vscode.commands.executeCommand('networkingPlan.importPeople', vscode.Uri.file(file())));
    assert.equal(result, false);
    assert.equal(messages.length, 1);
    assert.match(messages[0], /^Cannot import contacts\.csv: cannot read the file as CSV/);
    assert.equal(api.importPeople.current(), undefined);
    assert.equal(readPlanFromDisk(), fixturePlanText());
  });

  it('is offered in the palette, the People view\'s menu and the Explorer\'s menu of contacts files', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { menus: Record<string, { command: string; when?: string }[]> } };
    const where = (menu: string) => manifest.contributes.menus[menu].find((m) => m.command === 'networkingPlan.importPeople');
    assert.ok(where('view/title')?.when?.includes('view == networkingPlan.people'));
    assert.ok(where('commandPalette'));
    const explorer = where('explorer/context')?.when ?? '';
    const match = /resourceExtname =~ \/(.+)\/i/.exec(explorer);
    assert.ok(match, explorer);
    const pattern = new RegExp(match[1], 'i');
    assert.deepEqual(['.csv', '.VCF', '.vcard', '.yaml'].map((ext) => pattern.test(ext)), [true, true, true, false]);
  });
});
