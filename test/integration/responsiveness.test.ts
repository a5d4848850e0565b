import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NetworkingPlanApi } from '../../src/extension';
import type { PlanSnapshot } from '../../src/planStore';
import { generateCalendar } from '../bench/generateCalendar';
import { generatePlan, personName } from '../bench/generatePlan';
import { workspaceRoot } from './helpers';
import { PhaseRunner } from './phaseRunner';
import { captureMessages, planApi, resetPlan } from './planApi';

const PEOPLE = 10_000;
const FILE = 'responsiveness-10000.yaml';
const NOTE = 'Checked that the editor keeps responding';

/** The offset just after `    <field>: ` in the person whose item starts at or after `from`. */
function valueOffset(text: string, from: number, field: string): number {
  const key = `\n    ${field}: `;
  const at = text.indexOf(key, from);
  assert.ok(at >= 0, `no ${field} after offset ${from}`);
  return at + key.length;
}

function personOffset(text: string, name: string): number {
  const at = text.indexOf(`\n  - name: ${name}\n`);
  assert.ok(at >= 0, `no person named ${name}`);
  return at + 1;
}

function positionIn(text: string, offset: number): vscode.Position {
  let line = 0;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return new vscode.Position(line, offset - lineStart);
}

/** The Workspace value of `networkingPlan.planFile` (undefined removes it). */
function setPlanFile(value: string | undefined): Thenable<void> {
  return vscode.workspace.getConfiguration('networkingPlan').update('planFile', value, vscode.ConfigurationTarget.Workspace);
}

/**
 * The web workbench saves after a second by default (the desktop one does not): off, so that each step measures
 * only itself, and the Log Contact step does not start while the typing is being saved.
 */
function setAutoSave(value: 'off' | undefined): Thenable<void> {
  return vscode.workspace.getConfiguration('files').update('autoSave', value, vscode.ConfigurationTarget.Workspace);
}

describe('responsiveness at 10,000 people: the longest task on the extension host, per step', function () {
  this.timeout(180_000);
  let api: NetworkingPlanApi;
  let runner: PhaseRunner;
  let uri: vscode.Uri;
  let editor: vscode.TextEditor;
  /** The plan's text as the user left it after the last step. */
  let text: string;

  /** Polls `test` on the plan's snapshot, once per new snapshot (comparing megabytes of text is not free). */
  const whenSnapshot = (test: (s: PlanSnapshot) => boolean): (() => boolean) => {
    let checked: PlanSnapshot | undefined;
    return () => {
      const snapshot = api.store.snapshotFor(uri);
      if (!snapshot || snapshot === checked) return false;
      checked = snapshot;
      return test(snapshot);
    };
  };
  const reached = (expected: string, also: (s: PlanSnapshot) => boolean = () => true) =>
    whenSnapshot((s) => s.exists && s.text === expected && also(s));

  /** Types `typed` at `offset` of the open plan, as one keystroke would. */
  const typing = (offset: number, typed: string) => {
    const at = positionIn(text, offset);
    text = text.slice(0, offset) + typed + text.slice(offset);
    return async () => assert.ok(await editor.edit((b) => b.insert(at, typed)), 'the editor took the typing');
  };

  before(async () => {
    api = await planApi();
    runner = new PhaseRunner(api, `${PEOPLE.toLocaleString('en-US')} people`);
    uri = vscode.Uri.file(path.join(workspaceRoot(), FILE));
    text = generatePlan(PEOPLE);
    fs.writeFileSync(uri.fsPath, text);
    await setAutoSave('off');
    // The tree asks for items only while its view is visible.
    await vscode.commands.executeCommand('networkingPlan.people.focus');
  });

  after(async () => {
    runner?.dispose();
    await setPlanFile(undefined);
    await resetPlan(api);
    await setAutoSave(undefined);
    fs.rmSync(uri.fsPath, { force: true });
  });

  it('reads the plan when it becomes the plan file', async () => {
    await runner.run({ name: 'first load', act: () => setPlanFile(FILE), done: reached(text), waitsFor: 'the store to read the plan' });
    assert.equal(api.store.snapshotFor(uri)?.plan.people.length, PEOPLE);
  });

  it('opens the plan in an editor', async () => {
    const open = async () => {
      editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    };
    await runner.run({ name: 'open in an editor', act: open, done: () => vscode.window.activeTextEditor?.document.uri.fsPath === uri.fsPath, waitsFor: 'the editor' });
    assert.equal(api.store.snapshotFor(uri)?.text, text);
  });

  it('follows one character typed in the middle of the file', async () => {
    const type = typing(valueOffset(text, personOffset(text, personName(PEOPLE / 2)), 'how') + 1, 'x');
    await runner.run({ name: 'typing in the middle', act: type, done: reached(text), waitsFor: 'the store to read the typing' });
  });

  it("follows one character typed in the first person's name", async () => {
    const first = personName(0);
    const type = typing(personOffset(text, first) + '  - name: '.length + first.length, 's');
    await runner.run({ name: "typing in the first person's name", act: type, done: reached(text), waitsFor: 'the store to read the typing' });
    assert.ok(api.store.snapshotFor(uri)?.plan.people.some((p) => p.name === `${first}s`));
  });

  let beforeBreak: string;
  it('reports the syntax error of a quote opened near the top', async () => {
    beforeBreak = text;
    const type = typing(valueOffset(text, text.indexOf('\n  - name: '), 'how'), '"');
    const broken = reached(text, (s) => !s.plan.syntaxOk);
    await runner.run({ name: 'breaking the YAML near the top', act: type, done: broken, waitsFor: 'the store to see the syntax error' });
    assert.equal(api.store.snapshotFor(uri)?.stale, true, 'the tree keeps the last good plan');
  });

  it('recovers when the quote is taken back', async () => {
    text = beforeBreak;
    editor = await vscode.window.showTextDocument(editor.document);
    const fixed = reached(text, (s) => s.plan.syntaxOk);
    await runner.run({ name: 'fixing it (undo)', act: () => vscode.commands.executeCommand('undo'), done: fixed, waitsFor: 'the store to read the fixed plan' });
    assert.equal(api.store.snapshotFor(uri)?.stale, false);
  });

  it('logs a contact through the command', async () => {
    const who = personName(1);
    let outcome: { result: boolean | undefined; messages: string[] } | undefined;
    const log = async () => {
      outcome = await captureMessages(() => vscode.commands.executeCommand<boolean>('networkingPlan.logContact', { names: [who], note: NOTE }));
    };
    const logged = whenSnapshot((s) => s.exists && s.plan.syntaxOk && s.plan.journal.some((e) => e.note === NOTE && e.with.includes(who)));
    const done = () => {
      if (outcome && outcome.result !== true) assert.fail(`Log Contact gave ${outcome.result}: ${outcome.messages.join(' / ') || 'no message'}`);
      return logged();
    };
    await runner.run({ name: 'Log Contact', act: log, done, waitsFor: 'the new journal entry' });
    assert.deepEqual(outcome, { result: true, messages: [] });
    const saved = fs.readFileSync(uri.fsPath, 'utf8');
    assert.equal(api.store.snapshotFor(uri)?.text, saved, 'the store holds the saved plan');
    assert.ok(saved.startsWith(text.slice(0, text.indexOf('\njournal:'))), 'the people before the journal are unchanged');
  });

  it('logs a contact right after typing while auto-save is writing the file', async () => {
    await vscode.workspace.getConfiguration('files').update('autoSaveDelay', 100, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.getConfiguration('files').update('autoSave', 'afterDelay', vscode.ConfigurationTarget.Workspace);
    try {
      text = editor.document.getText();
      editor = await vscode.window.showTextDocument(editor.document);
      await typing(valueOffset(text, personOffset(text, personName(3)), 'how') + 1, 'y')();
      // About when the save of the 14 MB file starts: the edit must wait for it rather than call it a conflict.
      await new Promise((resolve) => setTimeout(resolve, 150));
      const who = personName(2);
      const outcome = await captureMessages(() => vscode.commands.executeCommand<boolean>('networkingPlan.logContact', { names: [who], note: NOTE }));
      assert.deepEqual(outcome, { result: true, messages: [] });
      const saved = fs.readFileSync(uri.fsPath, 'utf8');
      assert.ok(saved.includes(text.slice(text.indexOf(personName(3)), text.indexOf(personName(3)) + 400)), 'the typing was saved');
      assert.ok(readJournalNotes(saved, who), 'the contact was logged');
    } finally {
      await vscode.workspace.getConfiguration('files').update('autoSaveDelay', undefined, vscode.ConfigurationTarget.Workspace);
      await setAutoSave('off');
    }
  });

  it("reads a year of 2,000 events from the user's calendar and finds the people's meetings", async () => {
    const calendar = path.join(workspaceRoot(), 'responsiveness-year.ics');
    fs.writeFileSync(calendar, generateCalendar(1000));
    const setCalendars = (value: string[] | undefined) => vscode.workspace.getConfiguration('networkingPlan').update('meetingCalendars', value, vscode.ConfigurationTarget.Global);
    try {
      const found = () => api.store.meetings.states().some((c) => c.events.length > 0) && Array.from({ length: 300 }, (_, i) => personName(i)).some((name) => api.store.meetings.nextMeeting(name, uri) !== undefined);
      await runner.run({ name: 'reading a 2,000-event calendar', act: () => setCalendars([calendar]), done: found, waitsFor: "the calendar's meetings" });
    } finally {
      await setCalendars(undefined);
      fs.rmSync(calendar, { force: true });
    }
  });
});

/** Whether the saved plan's journal has an entry with `who` and the note this suite writes. */
function readJournalNotes(saved: string, who: string): boolean {
  const journal = saved.slice(saved.indexOf('\njournal:'));
  return journal.split('\n  - ').some((entry) => entry.includes(who) && entry.includes(NOTE));
}
