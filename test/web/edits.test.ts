import * as vscode from 'vscode';
import type { NetworkingPlanApi } from '../../src/activate';
import * as assert from './assert';
import { captureMessages, fixturePlanText, fixtureText, openPlan, personItem, readPlanFile, snapshot, storeHas, usePlanApi, waitFor, writePlanFile } from './helpers';

describe('edits in the web worker, through WorkspaceEdits and workspace.fs', () => {
  let api!: NetworkingPlanApi;
  let today: string;
  usePlanApi((found) => {
    api = found;
    today = api.store.today();
  });

  it('logs a contact from a tree item: the file gets the entry, the rest byte for byte, and the tree follows', async () => {
    const ada = await personItem(api, 'Start here', 'Ada Lovelace');
    const saved = await vscode.commands.executeCommand<boolean>('networkingPlan.logContact', ada, { note: 'Coffee: the new API', gave: 'feedback' });
    assert.equal(saved, true);
    const disk = await readPlanFile();
    const fixture = (await fixturePlanText()).trimEnd();
    assert.ok(disk.startsWith(fixture), 'everything before the new entry is byte-identical');
    assert.match(disk.slice(fixture.length), new RegExp(`- date: ${today}\\n\\s+with: \\[?Ada Lovelace\\]?\\n\\s+note: "?Coffee: the new API"?\\n\\s+gave: feedback`));
    assert.equal((await personItem(api, 'Start here', 'Ada Lovelace')).description, 'in 14 days');
    assert.equal(api.statusBar.shown?.text, '$(person) 1 due (1 overdue)');
  });

  it('keeps unsaved typing, saves both, and Undo takes back only the logged contact', async () => {
    const editor = await openPlan();
    const document = editor.document;
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '# typed by hand, not saved yet\n'));
    const { result: saved, messages } = await captureMessages(() =>
      vscode.commands.executeCommand<boolean>('networkingPlan.logContact', { names: ['Grace Hopper'], note: 'Undo me' }),
    );
    assert.deepEqual([saved, messages], [true, []]);
    const disk = await readPlanFile();
    assert.ok(disk.startsWith('# typed by hand, not saved yet\n'), 'the typing is saved too');
    assert.match(disk, /note: Undo me/);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), '# typed by hand, not saved yet\n' + (await fixturePlanText()));
  });

  it('snoozes, sets fields, adds and removes people through commands', async () => {
    const run = (command: string, ...args: unknown[]) => vscode.commands.executeCommand<boolean>(`networkingPlan.${command}`, ...args);
    assert.equal(await run('snooze', { names: ['Ada Lovelace'], days: 7 }), true);
    assert.equal(await run('setCadence', { names: ['Ada Lovelace'], value: 'monthly' }), true);
    assert.equal(await run('addPerson', { name: 'Katherine Johnson', lists: ['like', 'help'], stage: 'planned' }), true);
    assert.equal(await run('removePerson', { names: ['Alan Kay'], confirm: true }), true);
    await storeHas(api, await readPlanFile());
    const people = new Map(snapshot(api).plan.people.map((p) => [p.name, p]));
    assert.equal(people.get('Ada Lovelace')?.cadenceText, 'monthly');
    assert.deepEqual(people.get('Katherine Johnson')?.lists, ['like', 'help']);
    assert.ok(!people.has('Alan Kay'));
    assert.deepEqual(snapshot(api).plan.problems, []);
  });

  it('imports people from a vCard and a semicolon CSV: the parsers run in the web worker too', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const files = [
      { name: 'contacts.vcf', text: await fixtureText('import', 'contacts-4.0.vcf') },
      { name: 'contacts.csv', text: await fixtureText('import', 'semicolon-bom.csv') },
    ];
    try {
      for (const { name, text } of files) {
        const uri = vscode.Uri.joinPath(folder, name);
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
        assert.equal(await vscode.commands.executeCommand('networkingPlan.importPeople', uri), true);
        const panel = api.importPeople.current();
        assert.ok(panel, `the preview of ${name}`);
        const lines = [...panel.body.matchAll(/data-line="(\d+)" checked/g)].map((m) => m[1]);
        assert.ok(lines.length > 0, `people to import from ${name}`);
        await captureMessages(() => panel.receive({ type: 'import', selected: lines.join(','), lists: 'like' }));
        assert.equal(api.importPeople.current(), undefined);
      }
      await storeHas(api, await readPlanFile());
      const people = new Map(snapshot(api).plan.people.map((p) => [p.name, p]));
      // Zoë is in both files: the vCard, imported first, gave her notes; the CSV's Zoë was skipped as known.
      assert.deepEqual(people.get('Zoë Ñúñez')?.lists, ['like']);
      assert.equal(people.get('Zoë Ñúñez')?.notes, 'Prefers mornings, speaks Spanish');
      assert.deepEqual(people.get('Klaus Müller')?.emails, ['klaus@example.com']);
      assert.deepEqual(snapshot(api).plan.problems, []);
    } finally {
      for (const { name } of files) await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, name)).then(undefined, () => undefined);
    }
  });

  it('refuses to edit while the YAML is broken, and leaves the file byte-identical', async () => {
    const broken = (await fixturePlanText()).replace('journal:', 'journal: [\n');
    await writePlanFile(broken);
    await storeHas(api, broken);
    const { result, messages } = await captureMessages(() => vscode.commands.executeCommand<boolean>('networkingPlan.logContact', { names: ['Ada Lovelace'], note: 'x' }));
    assert.equal(result, false);
    assert.match(messages[0] ?? '', /syntax errors/);
    assert.equal(await readPlanFile(), broken);
  });

  it('exports the calendar through workspace.fs', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const target = vscode.Uri.joinPath(folder, 'calendar.ics');
    const { result } = await captureMessages(() => vscode.commands.executeCommand<boolean>('networkingPlan.exportCalendar', { target }));
    assert.equal(result, true);
    const ics = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'), 'an iCalendar file');
    assert.match(ics, /SUMMARY:[^\r]*Ada Lovelace/);
    await vscode.workspace.fs.delete(target);
    await waitFor(async () => !(await vscode.workspace.fs.stat(target).then(() => true, () => false)), 'the calendar to be removed');
  });
});
