import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ICAL from 'ical.js';
import * as vscode from 'vscode';
import type { NetworkingPlanApi } from '../../src/extension';
import { fakeCreateQuickPick } from './fakeQuickPick';
import { planUri, readPlanFromDisk, waitFor, workspaceRoot } from './helpers';
import { captureMessages, personItem, storeHas, usePlanApi } from './planApi';

/** The events of an .ics file, read with ical.js. */
export function calendarEvents(ics: string): ICAL.Event[] {
  return new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('Add to Calendar', () => {
  let api!: NetworkingPlanApi;
  usePlanApi((found) => (api = found));

  it('writes one late person\'s event on today, with the date it was due, and returns the file', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | false>('networkingPlan.addToCalendar', { name: 'Ada Lovelace', uri: planUri(), open: false });
    assert.ok(uri instanceof vscode.Uri, 'the written file');
    assert.match(uri.path, /Ada-Lovelace\.ics$/);
    const events = calendarEvents(fs.readFileSync(uri.fsPath, 'utf8'));
    assert.equal(events.length, 1);
    assert.equal(events[0].summary, 'Networking: Ada Lovelace');
    assert.equal(events[0].startDate.toString(), api.store.today());
    assert.match(events[0].description, /^Due 2020-01-06 \(\d+ days late\)/);
  });

  it('takes a tree item, and refuses a person who is not scheduled', async () => {
    const item = await personItem(api, 'Start here', 'Ada Lovelace');
    const window = vscode.env as unknown as Record<string, unknown>;
    const original = window.openExternal;
    const opened: vscode.Uri[] = [];
    window.openExternal = (target: vscode.Uri) => (opened.push(target), Promise.resolve(true));
    try {
      const uri = await vscode.commands.executeCommand<vscode.Uri | false>('networkingPlan.addToCalendar', item);
      assert.ok(uri instanceof vscode.Uri);
      assert.deepEqual(opened.map((u) => u.fsPath), [uri.fsPath], 'opened with the system\'s calendar program');
    } finally {
      window.openExternal = original;
    }
    const { result, messages } = await captureMessages(() => vscode.commands.executeCommand('networkingPlan.addToCalendar', 'Margaret Hamilton', planUri()));
    assert.equal(result, false);
    assert.ok(messages.some((m) => /Margaret Hamilton has no next contact/.test(m)), messages.join('\n'));
  });
  it('is one of Show Due Contacts\' actions', async () => {
    const window = vscode.window as unknown as Record<string, unknown>;
    const env = vscode.env as unknown as Record<string, unknown>;
    const originals = { pick: window.showQuickPick, create: window.createQuickPick, open: env.openExternal };
    const opened: vscode.Uri[] = [];
    const answers: (string | RegExp)[] = ['Ada Lovelace', /Add to calendar/];
    const answer = (items: readonly vscode.QuickPickItem[]) => {
      const label = answers.shift()!;
      return items.find((i) => (typeof label === 'string' ? i.label === label : label.test(i.label)));
    };
    // Show Due's first pick is a created quick pick (it has item buttons), the actions a plain one.
    window.createQuickPick = fakeCreateQuickPick(answer);
    window.showQuickPick = async (items: Thenable<readonly vscode.QuickPickItem[]> | readonly vscode.QuickPickItem[]) => answer(await items);
    env.openExternal = (target: vscode.Uri) => (opened.push(target), Promise.resolve(true));
    try {
      assert.equal(await vscode.commands.executeCommand<boolean>('networkingPlan.showDue'), true);
    } finally {
      window.showQuickPick = originals.pick;
      window.createQuickPick = originals.create;
      env.openExternal = originals.open;
    }
    assert.equal(opened.length, 1);
    assert.match(opened[0].fsPath, /Ada-Lovelace\.ics$/);
    assert.equal(calendarEvents(fs.readFileSync(opened[0].fsPath, 'utf8'))[0].summary, 'Networking: Ada Lovelace');
  });
});

describe('the calendar file (networkingPlan.calendarFile)', () => {
  let api!: NetworkingPlanApi;
  usePlanApi((found) => (api = found));
  const setCalendarFile = (value: string | undefined) => vscode.workspace.getConfiguration('networkingPlan').update('calendarFile', value, vscode.ConfigurationTarget.Workspace);
  const file = () => path.join(workspaceRoot(), 'next-contacts.ics');
  const adaIn = (ics: string) => calendarEvents(ics).find((e) => e.summary === 'Networking: Ada Lovelace');
  afterEach(async () => {
    await setCalendarFile(undefined);
    fs.rmSync(file(), { force: true });
  });

  it('is rewritten when a contact is logged: the same UID, a higher SEQUENCE, the new day', async () => {
    fs.rmSync(file(), { force: true });
    await setCalendarFile('next-contacts.ics');
    const first = await waitFor(() => fs.existsSync(file()) && adaIn(fs.readFileSync(file(), 'utf8')), { message: 'the calendar file to be written' });
    assert.equal(first.startDate.toString(), api.store.today());
    const before = fs.readFileSync(file(), 'utf8');
    assert.equal(await vscode.commands.executeCommand('networkingPlan.logContact', { names: ['Ada Lovelace'], uri: planUri(), note: 'Coffee' }), true);
    const after = await waitFor(() => {
      const text = fs.readFileSync(file(), 'utf8');
      return text !== before && adaIn(text);
    }, { message: 'the calendar file to be rewritten' });
    assert.equal(after.uid, first.uid);
    assert.ok(after.sequence > first.sequence, `${after.sequence} > ${first.sequence}`);
    assert.ok(after.startDate.toString() > api.store.today(), 'the next contact moved on');
  });

  it('leaves a file that is not a calendar alone, and says so once, naming it', async () => {
    fs.writeFileSync(file(), 'my notes\n');
    const window = vscode.window as unknown as Record<string, unknown>;
    const original = window.showErrorMessage;
    const errors: string[] = [];
    window.showErrorMessage = (message: string) => (errors.push(message), Promise.resolve(undefined));
    try {
      await setCalendarFile(file());
      await waitFor(() => errors.length > 0, { message: 'an error message' });
      await vscode.commands.executeCommand('networkingPlan.logContact', { names: ['Ada Lovelace'], uri: planUri(), note: 'Tea' });
      await storeHas(api, readPlanFromDisk());
      await new Promise((resolve) => setTimeout(resolve, 1500));
    } finally {
      window.showErrorMessage = original;
    }
    assert.equal(fs.readFileSync(file(), 'utf8'), 'my notes\n');
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.ok(errors[0].includes(file()) && /not a calendar/.test(errors[0]), errors[0]);
  });
});
