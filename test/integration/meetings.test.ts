import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { addDays, meetingDayWords } from '../../src/core';
import type { NetworkingPlanApi } from '../../src/extension';
import { calendarUri } from '../../src/meetings/calendarPaths';
import type { PersonTreeItem } from '../../src/tree/treeItems';
import { fakeCreateQuickPick } from './fakeQuickPick';
import { openPlan, waitFor } from './helpers';
import { captureMessages, personItem, usePlanApi } from './planApi';

/** `YYYYMMDD` of a day. */
const icsDay = (day: string) => day.replaceAll('-', '');

/** A calendar relative to today, in floating (local) time: a weekly meeting with Linus and Ada, lunch with Grace. */
function calendarText(today: string, withLinus = true): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//Meetings//EN',
    'BEGIN:VEVENT',
    'UID:staff@test',
    `DTSTART:${icsDay(addDays(today, 2))}T100000`,
    `DTEND:${icsDay(addDays(today, 2))}T110000`,
    'RRULE:FREQ=WEEKLY',
    'SUMMARY:Platform staff meeting',
    ...(withLinus ? ['ATTENDEE;CN=Linus Pauling;PARTSTAT=ACCEPTED:mailto:linus@example.com'] : []),
    'ATTENDEE;CN=Ada Lovelace;PARTSTAT=ACCEPTED:mailto:ada@example.com',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:lunch@test',
    `DTSTART:${icsDay(addDays(today, 3))}T120000`,
    'SUMMARY:Lunch with Grace',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:coffee@test',
    `DTSTART:${icsDay(addDays(today, 4))}T090000`,
    'SUMMARY:Coffee with Katherine Johnson',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** Answers the input boxes in order with what `answer` returns for each, recording their options. */
async function answeringInputs<T>(answers: ((box: vscode.InputBoxOptions) => string | undefined)[], picks: ((items: readonly vscode.QuickPickItem[]) => unknown)[], body: () => Thenable<T>): Promise<T> {
  const window = vscode.window as unknown as Record<string, unknown>;
  const originals = { showInputBox: window.showInputBox, showQuickPick: window.showQuickPick, createQuickPick: window.createQuickPick };
  window.showInputBox = (box: vscode.InputBoxOptions) => Promise.resolve(answers.shift()!(box));
  window.showQuickPick = async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>) => picks.shift()!(await items);
  window.createQuickPick = fakeCreateQuickPick((items) => picks.shift()!(items));
  try {
    return await body();
  } finally {
    Object.assign(window, originals);
  }
}

describe('meetings from the user\'s own calendar', () => {
  let api!: NetworkingPlanApi;
  usePlanApi((found) => (api = found));
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'np-calendar-'));
  const calendar = path.join(folder, 'work.ics');
  const broken = path.join(folder, 'broken.ics');
  const setCalendars = (value: string[] | undefined) => vscode.workspace.getConfiguration('networkingPlan').update('meetingCalendars', value, vscode.ConfigurationTarget.Global);
  const next = (name: string) => api.store.meetings.nextMeeting(name);

  before(async () => {
    fs.writeFileSync(calendar, calendarText(api.store.today()));
    const { result, messages } = await captureMessages(() => vscode.commands.executeCommand<boolean>('networkingPlan.useCalendar', vscode.Uri.file(calendar)));
    assert.equal(result, true);
    assert.match(messages.join('\n'), /reads .*work\.ics.*on this machine only, read-only.*Nothing is uploaded/);
    await waitFor(() => next('Linus Pauling'), { message: 'the calendar to be read' });
  });

  after(async () => {
    await setCalendars(undefined);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('shows the next chance in the tree (description, tooltip), the hover and Show Due', async () => {
    const today = api.store.today();
    const staff = next('Linus Pauling');
    assert.equal(staff?.summary, 'Platform staff meeting');
    assert.equal(staff.recurring, true);
    assert.equal(next('Grace Hopper')?.summary, 'Lunch with Grace');
    assert.equal(next('Margaret Hamilton'), undefined);

    const linus = (await personItem(api, 'Know & like', 'Linus Pauling')) as PersonTreeItem;
    assert.match(String(linus.description), new RegExp(`^sees you ${meetingDayWords(staff, today)} · in `));
    const ada = (await personItem(api, 'Start here', 'Ada Lovelace')) as PersonTreeItem;
    assert.doesNotMatch(String(ada.description), /sees you/, 'Ada is overdue: the meeting comes after her contact date');
    api.tree.resolveTreeItem(ada, ada);
    assert.match((ada.tooltip as vscode.MarkdownString).value, /Next chance: Platform staff meeting\\, /);

    const editor = await openPlan();
    const offset = editor.document.getText().indexOf('Ada Lovelace');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset + 2));
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText, /Next chance: Platform staff meeting/);

    let details: (string | undefined)[] = [];
    await answeringInputs([], [(items) => ((details = items.map((i) => i.detail)), undefined)], () => vscode.commands.executeCommand('networkingPlan.showDue'));
    assert.ok(details.some((d) => /^Next chance: Lunch with Grace, \w{3} \d+ \w{3} 12:00 · How: coffee$/.test(d ?? '')), details.join(' | '));

    // The brief leads with it too.
    assert.equal(await vscode.commands.executeCommand('networkingPlan.showBrief', 'Linus Pauling'), true);
    assert.match(api.brief.current()!.body, /<p class="chance" role="note">Next chance: Platform staff meeting, \w{3} \d+ \w{3} 10:00, weekly<\/p>/);
    api.brief.current()!.dispose();
  });

  it('suggests sitting near them at the meeting in Set How and Add Person', async () => {
    const boxes: vscode.InputBoxOptions[] = [];
    await answeringInputs([(box) => (boxes.push(box), undefined)], [], () => vscode.commands.executeCommand('networkingPlan.setHow', 'Linus Pauling'));
    assert.equal(boxes[0].value, 'Sit near them at Platform staff meeting; suggest lunch afterwards');
    assert.match(boxes[0].prompt ?? '', /Next chance: Platform staff meeting/);
    await answeringInputs(
      [() => 'Katherine Johnson', (box) => (boxes.push(box), undefined)],
      [(items) => items.slice(0, 1)],
      () => vscode.commands.executeCommand('networkingPlan.addPerson'),
    );
    assert.equal(boxes[1].value, 'Sit near them at Coffee with Katherine Johnson; suggest lunch afterwards');
  });

  it('reads the file again when it changes, and tells about a calendar it cannot read while the others keep working', async () => {
    fs.writeFileSync(calendar, calendarText(api.store.today(), false));
    await waitFor(() => next('Linus Pauling') === undefined, { message: 'the changed calendar to be read again' });
    assert.equal(next('Ada Lovelace')?.summary, 'Platform staff meeting');
    fs.writeFileSync(broken, 'this is not a calendar\n');
    const { messages } = await captureMessages(async () => {
      await setCalendars([calendar, broken, path.join(folder, 'missing.ics')]);
      await waitFor(() => api.store.meetings.states().length === 3 && api.store.meetings.states().every((s) => s.error !== undefined || s.events.length > 0), { message: 'three calendars read' });
    });
    assert.ok(messages.some((m) => m.includes('broken.ics is not an iCalendar file')), messages.join('\n'));
    assert.ok(messages.some((m) => /Cannot read the calendar .*missing\.ics: no such file/.test(m)), messages.join('\n'));
    assert.equal(next('Grace Hopper')?.summary, 'Lunch with Grace');
  });

  it('finds the files of the setting: absolute, ~/, relative to the first folder, or a URI', () => {
    const folders = [vscode.Uri.file('/work/space')];
    const fsPath = (entry: string, home?: string) => {
      const found = calendarUri(entry, folders, home);
      return found instanceof vscode.Uri ? found.toString() : found.error;
    };
    assert.equal(fsPath('/data/cal.ics'), 'file:///data/cal.ics');
    assert.equal(fsPath('~/Calendars/work.ics', '/home/dana'), 'file:///home/dana/Calendars/work.ics');
    assert.equal(fsPath('~/work.ics', ''), 'there is no home folder here for "~"');
    assert.equal(fsPath('exports/work.ics'), 'file:///work/space/exports/work.ics');
    assert.equal(fsPath('vscode-vfs://github/org/repo/cal.ics'), 'vscode-vfs://github/org/repo/cal.ics', 'a URI with a scheme');
    assert.equal(fsPath('  '), 'an empty path');
    assert.equal((calendarUri('exports/work.ics', []) as { error: string }).error, 'a relative path, and no folder is open');
  });
});
