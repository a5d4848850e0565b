import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import ICAL from 'ical.js';
import * as vscode from 'vscode';
import type { NetworkingPlanApi } from '../../src/extension';
import { planUri } from './helpers';
import { captureMessages, personItem, usePlanApi } from './planApi';

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
});
