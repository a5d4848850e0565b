import * as fs from 'node:fs';
import * as path from 'node:path';
import { addDays } from '../../src/core';
import { localToday, makeDemoWorkspace } from './demoPlan';
import { removeDir, repoRoot, resultsDir } from './paths';
import { Workbench } from './workbench';

// `node out/test/harness/meetingsScreenshots.js`: Show Due Contacts and the sidebar with meetings from a calendar,
// in a light and a dark theme, written to test-results/ to be looked at.

const ics = (day: string, time: string) => `${day.replaceAll('-', '')}T${time}00`;

function demoCalendar(today: string): string {
  const event = (uid: string, start: string, summary: string, attendees: string[], extra: string[] = []) => [
    'BEGIN:VEVENT',
    `UID:${uid}@demo`,
    `DTSTART:${start}`,
    `SUMMARY:${summary}`,
    ...extra,
    ...attendees.map((name) => `ATTENDEE;CN=${name};PARTSTAT=ACCEPTED:mailto:${name.toLowerCase().replace(/[^a-z]+/g, '.')}@larkspur.example`),
    'END:VEVENT',
  ];
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Demo//Meetings//EN',
    ...event('staff', ics(addDays(today, 3), '1000'), 'Platform staff meeting', ['Dana Lee', 'Aisha Okafor', 'Priya Raman'], ['RRULE:FREQ=WEEKLY']),
    ...event('review', ics(addDays(today, 1), '1430'), 'Design review: checkout', ['Marcus Chen', 'Sofia Rossi']),
    ...event('lunch', ics(addDays(today, 6), '1230'), 'Lunch with Tomás', []),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

async function shoot(theme: string, suffix: string): Promise<void> {
  const { folder, tempDir } = makeDemoWorkspace();
  const calendar = path.join(tempDir, 'work.ics');
  fs.writeFileSync(calendar, demoCalendar(localToday()));
  const workbench = await Workbench.open({
    folder,
    extensionPath: repoRoot,
    viewport: { width: 1280, height: 720 },
    settings: { 'workbench.colorTheme': theme, 'networkingPlan.meetingCalendars': [calendar] },
  });
  try {
    await workbench.openViewContainer('Networking');
    await workbench.waitUntil(() => workbench.treeLabels(), (l) => l.length > 4, 'people in the tree');
    // The calendar is read after the plan: the tree refreshes once more then.
    await workbench.page.waitForTimeout(3000);
    await workbench.expandTree();
    await workbench.waitUntil(() => workbench.page.locator('.part.sidebar').innerText(), (t) => t.includes('sees you'), 'a person marked "sees you"', 20_000);
    console.log(await workbench.screenshot(`meetings-sidebar-${suffix}`));
    await workbench.runCommand('Networking Plan: Show Due Contacts');
    await workbench.waitUntil(() => workbench.quickPickRows(), (rows) => rows.some((r) => r.includes('Next chance')), 'a next chance in Show Due');
    console.log(await workbench.screenshot(`meetings-show-due-${suffix}`));
    await workbench.page.keyboard.press('Escape');
  } finally {
    await workbench.close();
    removeDir(tempDir);
  }
}

async function main(): Promise<void> {
  fs.mkdirSync(resultsDir, { recursive: true });
  await shoot('Default Light Modern', 'light');
  await shoot('Default Dark Modern', 'dark');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
