/** What is measured for one plan size: the baselines, loads, re-checks as you type, edits and views. */
import { load } from 'js-yaml';
import { parseDocument } from 'yaml';
import { applyEdit, deriveView, dueWithin, exportCalendar, guessMapping, importEdit, insightsOf, PlanReader, readPlan, reviewOf, rowsToContacts, selectNew, upcomingMeetings, weekAhead, type ImportTable, type PlanEdit } from '../../src/core';
import { FilterMatcher } from '../../src/tree/peopleFilter';
import { groupShapes } from '../../src/tree/treeShape';
import { readContactsFile } from '../../src/import/contactsFile';
import { readCalendar, spanOf } from '../../src/meetings/lazy';
import { generateCalendar } from './generateCalendar';
import { generatePlan, personName } from './generatePlan';
import type { Case } from './measure';

export const TODAY = '2026-11-30';

export interface Runs {
  /** Full parses and loads. */
  slow: number;
  /** Re-checks, edits and views. */
  fast: number;
  /** Re-checks that fall back to a full read. */
  fallback: number;
}

export interface SizeCases {
  n: number;
  text: string;
  cases: Case[];
}

/** Offsets of the first character of each `key: value` after `from`: distinct places to edit, one per run. */
function valueStarts(text: string, key: string, from: number, count: number): number[] {
  const found: number[] = [];
  let at = text.indexOf(key, from);
  while (at >= 0 && found.length < count) {
    found.push(at + key.length);
    at = text.indexOf(key, at + key.length);
  }
  return found;
}

const replaceAt = (text: string, at: number, c: string): string => text.slice(0, at) + c + text.slice(at + 1);
const insertAt = (text: string, at: number, c: string): string => text.slice(0, at) + c + text.slice(at);
/** A flat copy, as an editor hands over a document's text (a concatenation would be flattened inside the timed read). */
const flat = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');

/** An export of `rows` contacts as a contacts app writes it; a tenth of them already in a plan of `n` people. */
export function contactsTable(rows: number, n: number): ImportTable {
  const header = ['First Name', 'Last Name', 'Company', 'Job Title', 'E-mail Address', 'Notes'];
  return {
    header,
    headerLine: 1,
    rows: Array.from({ length: rows }, (_, i) => {
      const [first, ...last] = (i % 10 === 0 ? personName(i % n) : `Imported Contact ${i}`).split(' ');
      return { line: i + 2, cells: [first, last.join(' '), 'Larkspur', 'Engineer', `contact${i}@larkspur.example`, i % 3 === 0 ? 'Met at the offsite' : ''] };
    }),
  };
}

/** The same contacts as a CSV file (quoted where a cell needs it), for the parser's share of an import. */
export function contactsCsv(table: ImportTable): string {
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return [table.header, ...table.rows.map((r) => r.cells)].map((cells) => cells.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** Core time of an import: the columns guessed, rows read, the plan's people left out, and the one edit applied. */
function importRows(text: string, plan: ReturnType<typeof readPlan>, table: ImportTable, read: (t: string) => ReturnType<typeof readPlan>): string {
  const { contacts } = rowsToContacts(table, guessMapping(table.header));
  const edit = importEdit(selectNew(plan, contacts).toImport, ['like']);
  return edit ? applyEdit(text, edit, plan, read) : text;
}

export function casesFor(n: number, runs: Runs, rounds: number): SizeCases {
  const text = generatePlan(n);
  const json = JSON.stringify(load(text));
  const reader = new PlanReader();
  // The same plan as readPlan(text) (checked by the benchmark), sharing memory with the reader's cache.
  const plan = reader.read(text);
  const view = deriveView(plan, TODAY);
  const matcher = new FilterMatcher();
  const notes = valueStarts(text, '    note: ', text.length >> 1, rounds);
  const hows = valueStarts(text, '    how: ', 0, rounds);
  // Tiny plans have fewer places than runs: then places repeat.
  const middle = (i: number) => notes[i % notes.length];
  const head = (i: number) => hows[i % hows.length];
  let edited = text;
  const other = (i: number) => personName(((n >> 1) + i) % n);
  // Each run edits a different place, so that no run finds the previous one's result in the cache.
  const recheck = (name: string, edit: (i: number) => string, withView = false, count = runs.fast): Case => ({
    name,
    group: 'recheck',
    runs: count,
    before: (i) => {
      reader.read(text);
      edited = flat(edit(i));
    },
    run: () => {
      const read = reader.read(edited);
      return withView ? deriveView(read, TODAY) : read;
    },
  });
  // An edit reads its whole result back (through a reader that has read the text, as the CLI and the extension do).
  const edit = (name: string, make: (i: number) => PlanEdit): Case => ({
    name,
    group: 'edit',
    runs: runs.fast,
    before: () => void reader.read(text),
    run: (i) => applyEdit(text, make(i), plan, (t) => reader.read(t)),
  });

  const contacts = contactsTable(5000, n);
  const contactsText = contactsCsv(contacts);
  // A busy year of meetings (2,000 events) against the plan's people, over the default 4-week window.
  const calendar = generateCalendar(n);
  const window = { today: TODAY, within: 28 };
  const events = readCalendar(calendar, 'bench.ics', spanOf(window)).events;

  const cases: Case[] = [
    { name: 'JSON.parse (same data)', group: 'baseline', runs: runs.slow, heavy: true, run: () => JSON.parse(json) as unknown },
    { name: 'js-yaml load', group: 'baseline', runs: runs.slow, heavy: true, run: () => load(text) },
    { name: 'yaml parseDocument', group: 'baseline', runs: runs.slow, heavy: true, run: () => parseDocument(text) },
    { name: 'full load: PlanReader + deriveView', group: 'load', runs: runs.slow, heavy: true, run: () => deriveView(new PlanReader().read(text), TODAY) },
    { name: 'full load: readPlan + deriveView', group: 'load', runs: runs.slow, heavy: true, run: () => deriveView(readPlan(text), TODAY) },
    recheck('re-check: replace 1 char (middle)', (i) => replaceAt(text, middle(i), text[middle(i)] === 'Q' ? 'R' : 'Q')),
    recheck('re-check: insert 1 char (middle)', (i) => insertAt(text, middle(i), 'x')),
    recheck('re-check: insert 1 char (first people)', (i) => insertAt(text, head(i), 'x')),
    recheck('as you type: insert + deriveView', (i) => insertAt(text, middle(i), 'x'), true),
    { ...recheck('re-check: edit breaking the YAML', (i) => insertAt(text, middle(i), '"'), false, runs.fallback), heavy: true },
    edit('edit: log contact', (i) => ({ kind: 'logContact', date: TODAY, with: [other(i)], note: 'Coffee' })),
    edit('edit: snooze (set next)', (i) => ({ kind: 'setField', name: other(i), field: 'next', value: '2027-03-15' })),
    edit('edit: add person', (i) => ({ kind: 'addPerson', person: { name: `Bench Person ${i}`, lists: ['like'], stage: 'planned' } })),
    { name: 'import: 5,000 rows (map, skip known, one edit)', group: 'import', runs: runs.slow, heavy: true, before: () => void reader.read(text), run: () => importRows(text, plan, contacts, (t) => reader.read(t)) },
    { name: 'import: read a 5,000-row CSV (csv-parse)', group: 'import', runs: runs.slow, heavy: true, run: () => readContactsFile('contacts.csv', contactsText).rows.length },
    { name: 'tree groups: deriveView', group: 'view', runs: runs.fast, run: () => deriveView(plan, TODAY).lists },
    { name: 'due list: dueWithin', group: 'view', runs: runs.fast, run: () => dueWithin(view, 3) },
    { name: 'calendar: exportCalendar', group: 'view', runs: runs.fast, run: () => exportCalendar(plan, view) },
    // The People filter as the tree applies it: every group of the plan, filtered (a new matcher: nothing cached yet).
    { name: 'filter: text, first time', group: 'view', runs: runs.fast, run: (i) => groupShapes(view, 3, new FilterMatcher().test({ text: `person ${i}` })) },
    { name: 'filter: text, again', group: 'view', runs: runs.fast, run: (i) => groupShapes(view, 3, matcher.test({ text: `person ${i}` })) },
    { name: 'filter: stage + list + due', group: 'view', runs: runs.fast, run: () => groupShapes(view, 3, matcher.test({ stages: ['building'], lists: ['like'], due: ['overdue', 'lapsed'] })) },
    { name: 'this week: weekAhead', group: 'view', runs: runs.fast, run: () => weekAhead(view) },
    { name: 'review: reviewOf', group: 'view', runs: runs.fast, run: () => reviewOf(plan, view, TODAY) },
    { name: 'meetings: read 2,000-event .ics (ical.js)', group: 'view', runs: runs.slow, run: () => readCalendar(calendar, 'bench.ics', spanOf(window)) },
    { name: 'meetings: match (core)', group: 'view', runs: runs.fast, run: () => upcomingMeetings(plan.people, events, window) },
    // The Insights panel and `stats` (its own deriveView included): reported as a ratio to deriveView (vsDeriveView).
    { name: 'insights: insightsOf', group: 'view', runs: runs.fast, run: () => insightsOf(plan, TODAY) },
  ];
  return { n, text, cases };
}
