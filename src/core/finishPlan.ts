import { closest } from './suggest';
import { yamlScalar } from './nodeValues';
import { defaultSettings } from './readSettings';
import type { RawPlan } from './readTop';
import { finishJournalEntry, finishPerson } from './shift';
import type { Cadence, JournalEntry, Person, Plan, Problem } from './types';

/** Suggestions cost a scan of every name; past this many unknown names, the rest get none. */
const MAX_SUGGESTED_UNKNOWN_NAMES = 100;

/** Applies defaults and the checks that span entries (duplicate names, unknown people, over-commit). */
export function finishPlan(text: string, raw: RawPlan, problems: Problem[], reuse = false): Plan {
  const settings = raw.settings ?? defaultSettings();
  const people = finishPeople(raw, settings.defaultCadence, reuse);
  const journal = finishJournal(raw, reuse);
  const byKey = checkDuplicates(people, problems);
  checkJournalNames(journal, byKey, people, problems);
  checkOverCommit(people, settings.maxNewRelationships, problems);
  problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    version: raw.version,
    settings,
    people,
    journal,
    problems,
    syntaxOk: !problems.some((p) => p.code === 'yaml-syntax' && p.severity === 'error'),
    sections: raw.sections,
    eol: lineEndingOf(text),
  };
}

function sameCadence(a: Cadence, b: Cadence): boolean {
  return a === b || (a.count === b.count && a.unit === b.unit);
}

/** With `reuse`, an item's finished entry from an earlier read is given again when nothing it depends on changed. */
function finishPeople(raw: RawPlan, defaultCadence: Cadence, reuse: boolean): Person[] {
  const people: Person[] = [];
  const items = raw.people;
  const shifts = raw.shifts?.people;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const entry = item.entry;
    if (!entry) continue;
    const shift = shifts ? shifts[index] : 0;
    const cadence = entry.ownCadence ?? defaultCadence;
    let person = reuse ? (item.finished as Person | undefined) : undefined;
    if (!person || person.index !== index || item.finishedShift !== shift || !sameCadence(person.cadence, cadence)) {
      person = finishPerson(entry, index, cadence, shift);
      if (reuse) {
        item.finished = person;
        item.finishedShift = shift;
      }
    }
    people.push(person);
  }
  return people;
}

function finishJournal(raw: RawPlan, reuse: boolean): JournalEntry[] {
  const journal: JournalEntry[] = [];
  const items = raw.journal;
  const shifts = raw.shifts?.journal;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (!item.entry) continue;
    const shift = shifts ? shifts[index] : 0;
    let entry = reuse ? (item.finished as JournalEntry | undefined) : undefined;
    if (!entry || entry.index !== index || item.finishedShift !== shift) {
      entry = finishJournalEntry(item.entry, index, shift);
      if (reuse) {
        item.finished = entry;
        item.finishedShift = shift;
      }
    }
    journal.push(entry);
  }
  return journal;
}

function checkDuplicates(people: Person[], problems: Problem[]): Map<string, Person> {
  const byKey = new Map<string, Person>();
  for (const person of people) {
    if (!person.key) continue;
    const first = byKey.get(person.key);
    if (!first) {
      byKey.set(person.key, person);
      continue;
    }
    problems.push({
      code: 'duplicate-name',
      severity: 'error',
      message: `"${person.name}" is already in the plan (person ${first.index + 1}): names must be unique, ignoring case and surrounding spaces. Rename one of them or merge the entries.`,
      span: person.fields.name ?? person.span,
    });
  }
  return byKey;
}

function checkJournalNames(journal: JournalEntry[], byKey: Map<string, Person>, people: Person[], problems: Problem[]): void {
  const suggestions = new Map<string, string | undefined>();
  let names: string[] | undefined;
  for (const entry of journal) {
    const keys = entry.withKeys;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (byKey.has(key)) continue;
      const name = entry.with[i];
      let guess = suggestions.get(key);
      if (!suggestions.has(key) && suggestions.size < MAX_SUGGESTED_UNKNOWN_NAMES) {
        names ??= people.filter((p) => p.name).map((p) => p.name);
        guess = closest(name, names);
        suggestions.set(key, guess);
      }
      const span = entry.withSpans[i];
      problems.push({
        code: 'unknown-person',
        severity: 'warning',
        message: guess
          ? `"${name}" is not in people: did you mean "${guess}"? Otherwise add them to people so this contact counts.`
          : `"${name}" is not in people: add them to people (or fix the spelling) so this contact counts.`,
        span,
        ...(guess ? { fix: { title: `Change to "${guess}"`, span, replacement: yamlScalar(guess) } } : {}),
      });
    }
  }
}

function checkOverCommit(people: Person[], max: number, problems: Problem[]): void {
  const building = people.filter((p) => p.stage === 'building');
  if (building.length <= max) return;
  const within = building.slice(0, max).map((p) => p.name || '(no name)');
  for (const person of building.slice(max)) {
    problems.push({
      code: 'over-commit',
      severity: 'warning',
      message:
        `Over-commit: ${building.length} people are in stage "building" but settings.maxNewRelationships is ${max}` +
        (within.length ? ` (the first ${max}: ${within.join(', ')})` : '') +
        `. Build a few relationships at a time: set this one to "planned" until a slot frees up.`,
      span: person.fields.stage ?? person.span,
    });
  }
}

function lineEndingOf(text: string): '\n' | '\r\n' {
  const newline = text.indexOf('\n');
  return newline > 0 && text.charCodeAt(newline - 1) === 13 ? '\r\n' : '\n';
}
