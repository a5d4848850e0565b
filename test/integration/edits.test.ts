import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addDays } from '../../src/core';
import type { NetworkingPlanApi } from '../../src/extension';
import { fixturePlanText, openPlan, planUri, readPlanFromDisk, waitFor, writePlanOnDisk } from './helpers';
import { captureMessages, personItem, snapshot, storeHas, usePlanApi } from './planApi';

/** Every comment line of the fixture, as written. */
function commentLines(text: string): string[] {
  return text.split('\n').filter((line) => line.includes('#'));
}

describe('actions that edit the plan', () => {
  let api!: NetworkingPlanApi;
  let today: string;
  usePlanApi((found) => {
    api = found;
    today = api.store.today();
  });

  it('logs a contact from a tree item: the YAML gets the entry, comments stay, tree and status bar follow', async () => {
    const ada = await personItem(api, 'Start here', 'Ada Lovelace');
    const saved = await vscode.commands.executeCommand<boolean>('networkingPlan.logContact', ada, { note: 'Coffee: the new API', gave: 'feedback' });
    assert.equal(saved, true);
    const disk = readPlanFromDisk();
    const fixture = fixturePlanText();
    assert.ok(disk.startsWith(fixture.trimEnd()), 'everything before the new entry is byte-identical');
    assert.match(disk.slice(fixture.trimEnd().length), new RegExp(`- date: ${today}\\n\\s+with: \\[?Ada Lovelace\\]?\\n\\s+note: "?Coffee: the new API"?\\n\\s+gave: feedback`));
    assert.deepEqual(commentLines(disk), commentLines(fixture));
    const after = await personItem(api, 'Start here', 'Ada Lovelace');
    assert.equal(after.description, 'in 14 days');
    assert.equal(api.treeView.badge?.value, 1);
    assert.equal(api.statusBar.shown?.text, '$(person) 1 due (1 overdue)');
  });

  it('keeps unsaved typing, saves both, and Undo takes back only the logged contact', async () => {
    const editor = await openPlan();
    const document = editor.document;
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '# typed by hand, not saved yet\n'));
    assert.ok(document.isDirty);
    const { result: saved, messages } = await captureMessages(() =>
      vscode.commands.executeCommand<boolean>('networkingPlan.logContact', { names: ['Grace Hopper'], note: 'Undo me' }),
    );
    assert.deepEqual([saved, messages], [true, []]);
    const disk = readPlanFromDisk();
    assert.ok(disk.startsWith('# typed by hand, not saved yet\n'));
    assert.match(disk, /note: Undo me/);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), '# typed by hand, not saved yet\n' + fixturePlanText());
  });

  it('never overwrites a change made on disk just before the edit', async () => {
    await openPlan();
    const outside = fixturePlanText().replace('notes: Ask Ada for an introduction.', 'notes: Changed by git pull.');
    writePlanOnDisk(outside);
    const saved = await vscode.commands.executeCommand<boolean>('networkingPlan.logContact', { names: ['Grace Hopper'], note: 'After the pull' });
    const disk = readPlanFromDisk();
    assert.match(disk, /notes: Changed by git pull\./, 'the outside change is kept');
    if (saved) assert.match(disk, /note: After the pull/);
    else assert.equal(disk, outside);
  });

  it('applies several quick actions, all of them, in order', async () => {
    const notes = ['first', 'second', 'third', 'fourth'];
    const results = await Promise.all(
      notes.map((note) => vscode.commands.executeCommand<boolean>('networkingPlan.logContact', { names: ['Linus Pauling'], note })),
    );
    assert.deepEqual(results, [true, true, true, true]);
    const disk = readPlanFromDisk();
    const positions = notes.map((n) => disk.indexOf(`note: ${n}`));
    assert.ok(positions.every((p, i) => p > 0 && (i === 0 || p > positions[i - 1])), `in order: ${positions.join(', ')}`);
    await storeHas(api, disk);
    assert.equal(snapshot(api).plan.journal.length, 5);
  });

  it('snoozes, sets fields and lists, renames and removes through commands', async () => {
    const run = (command: string, ...args: unknown[]) => vscode.commands.executeCommand<boolean>(`networkingPlan.${command}`, ...args);
    assert.equal(await run('snooze', { names: ['Ada Lovelace'], days: 7 }), true);
    assert.equal(await run('setHow', { names: ['Ada Lovelace'], value: 'lunch' }), true);
    assert.equal(await run('setCadence', { names: ['Ada Lovelace'], value: 'monthly' }), true);
    assert.equal(await run('setStage', { names: ['Margaret Hamilton'], stage: 'building' }), true);
    assert.equal(await run('addToList', { names: ['Alan Kay'], list: 'help' }), true);
    assert.equal(await run('removeFromList', { names: ['Linus Pauling'], list: 'like' }), true);
    assert.equal(await run('renamePerson', { names: ['Grace Hopper'], newName: 'Grace B. Hopper' }), true);
    assert.equal(await run('addPerson', { name: 'Katherine Johnson', lists: ['like', 'help'], how: 'walk', cadence: 'every 3 weeks', stage: 'planned' }), true);
    assert.equal(await run('removePerson', { names: ['Alan Kay'], confirm: true }), true);
    await storeHas(api, readPlanFromDisk());
    const people = new Map(snapshot(api).plan.people.map((p) => [p.name, p]));
    const ada = people.get('Ada Lovelace')!;
    assert.deepEqual([ada.next, ada.how, ada.cadenceText], [addDays(today, 7), 'lunch', 'monthly']);
    assert.equal(people.get('Margaret Hamilton')!.stage, 'building');
    assert.match(readPlanFromDisk(), new RegExp(`history: \\[${today} building\\]`), 'Set Stage records the day of the change');
    assert.deepEqual(people.get('Linus Pauling')!.lists, []);
    assert.ok(people.has('Grace B. Hopper') && !people.has('Grace Hopper'));
    assert.deepEqual(people.get('Katherine Johnson')!.lists, ['like', 'help']);
    assert.ok(!people.has('Alan Kay'));
    assert.deepEqual(snapshot(api).plan.problems, []);
  });

  it('refuses every action while the YAML is broken, and leaves the file byte-identical', async () => {
    const broken = fixturePlanText().replace('journal:', 'journal: [\n');
    writePlanOnDisk(broken);
    await storeHas(api, broken);
    await waitFor(() => vscode.languages.getDiagnostics(planUri()).some((d) => d.severity === vscode.DiagnosticSeverity.Error), {
      message: 'diagnostics for the broken YAML',
    });
    const { result, messages } = await captureMessages(async () => [
      await vscode.commands.executeCommand<boolean>('networkingPlan.logContact', { names: ['Ada Lovelace'], note: 'x' }),
      await vscode.commands.executeCommand<boolean>('networkingPlan.snooze', { names: ['Ada Lovelace'], days: 1 }),
      await vscode.commands.executeCommand<boolean>('networkingPlan.addPerson', { name: 'Someone New' }),
    ]);
    assert.deepEqual(result, [false, false, false]);
    assert.equal(messages.length, 3);
    for (const message of messages) assert.match(message, /syntax errors/);
    assert.equal(readPlanFromDisk(), broken);
    assert.ok(snapshot(api).stale, 'the tree keeps the last good plan');
  });

  it('refuses bad values from scripts with a reason, without touching the file', async () => {
    const { result, messages } = await captureMessages(async () => [
      await vscode.commands.executeCommand<boolean>('networkingPlan.logContact', { names: ['Ada Lovelace'], date: '2026-02-30' }),
      await vscode.commands.executeCommand<boolean>('networkingPlan.setCadence', { names: ['Ada Lovelace'], value: 'sometimes' }),
      await vscode.commands.executeCommand<boolean>('networkingPlan.addPerson', { name: 'ada lovelace' }),
    ]);
    assert.deepEqual(result, [false, false, false]);
    assert.match(messages[0], /not a day in the calendar/);
    assert.match(messages[1], /not a cadence/);
    assert.match(messages[2], /already in the plan/);
    assert.equal(readPlanFromDisk(), fixturePlanText());
  });
  it('logs contacts between keystrokes while auto-save keeps saving, without a "Could not save"', async () => {
    const files = vscode.workspace.getConfiguration('files');
    await files.update('autoSaveDelay', 20, vscode.ConfigurationTarget.Workspace);
    await files.update('autoSave', 'afterDelay', vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await openPlan();
      const notes: string[] = [];
      for (let round = 0; round < 8; round++) {
        await editor.edit((b) => b.insert(new vscode.Position(0, 0), `# typed ${round}\n`));
        // A few milliseconds later auto-save starts writing: the edit meets it (before, during or right after).
        await new Promise((resolve) => setTimeout(resolve, round * 5));
        const note = `Between keystrokes ${round}`;
        notes.push(note);
        const outcome = await captureMessages(() => vscode.commands.executeCommand<boolean>('networkingPlan.logContact', { names: ['Grace Hopper'], note }));
        assert.deepEqual(outcome, { result: true, messages: [] }, `round ${round}`);
      }
      await waitFor(() => !editor.document.isDirty, { message: 'auto-save to finish' });
      const disk = readPlanFromDisk();
      for (let round = 0; round < 8; round++) assert.ok(disk.includes(`# typed ${round}\n`), `typing ${round} was saved`);
      assert.deepEqual(notes.filter((note) => !disk.includes(`note: ${note}`)), [], 'every contact is in the file');
    } finally {
      await files.update('autoSaveDelay', undefined, vscode.ConfigurationTarget.Workspace);
      await files.update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});

