/** The derived view: lists, last and next contacts, who is due, reciprocity and free slots. */
import { lapsedAfterDays } from './cadence';
import { addCadence, addDays, daysBetween, isValidDate } from './dates';
import { tallyJournal, type JournalTally } from './journalTally';
import { runSteps, type Steps } from './steps';
import type { Cadence, JournalEntry, Person, PersonState, PersonStatus, Plan, PlanView } from './types';
import { formatDayCount, formatDaysFromToday } from './wording';

function isScheduled(person: Person): boolean {
  return (person.stage === 'building' || person.stage === 'established') && person.archived === undefined;
}

function emptyStatus(person: Person): PersonStatus {
  const state: PersonState = person.archived !== undefined ? 'archived' : person.stage === 'paused' ? 'paused' : 'planned';
  // Every property is present from the start so that all statuses share one object shape (much faster loops).
  return {
    person,
    scheduled: isScheduled(person),
    lastContact: undefined,
    next: undefined,
    daysLate: undefined,
    state,
    gave: 0,
    got: 0,
    entries: [],
  };
}

/** Fills in journal facts; people sharing a name (a duplicate-name problem) all get the entries naming it. */
function applyTally(members: PersonStatus[], tally: JournalTally, group: number): void {
  let lastContact = tally.latestDate[group];
  // Dates are validated here, once per person, rather than once per journal entry.
  if (lastContact !== undefined && !isValidDate(lastContact)) lastContact = latestValidDate(tally.entries[group]);
  members.forEach((status, i) => {
    status.entries = i === 0 ? tally.entries[group] : tally.entries[group].slice();
    status.gave = tally.gave[group];
    status.got = tally.got[group];
    status.lastContact = lastContact;
  });
}

/** The latest valid date among the entries (the slow path, for when the latest date written is invalid). */
function latestValidDate(entries: JournalEntry[]): string | undefined {
  let latest: string | undefined;
  for (const entry of entries) {
    if (entry.date !== undefined && (latest === undefined || entry.date > latest) && isValidDate(entry.date)) {
      latest = entry.date;
    }
  }
  return latest;
}

/**
 * The date arithmetic of one derivation, remembered by its arguments: thousands of people share a few
 * hundred last-contact dates and a handful of cadences, and the same few next dates.
 */
class DayMemo {
  private readonly afterCadence = new Map<string, string>();
  private readonly lateness = new Map<string, number>();

  constructor(private readonly today: string) {}

  addCadence(date: string, cadence: Cadence): string {
    const key = `${date} ${cadence.count} ${cadence.unit}`;
    let next = this.afterCadence.get(key);
    if (next === undefined) this.afterCadence.set(key, (next = addCadence(date, cadence)));
    return next;
  }

  /** Calendar days from `next` to today. */
  daysLate(next: string): number {
    let days = this.lateness.get(next);
    if (days === undefined) this.lateness.set(next, (days = daysBetween(next, this.today)));
    return days;
  }
}

function schedule(status: PersonStatus, today: string, days: DayMemo, lapsedPercent: number): void {
  if (!status.scheduled) return;
  const { person, lastContact } = status;
  const explicit = person.next !== undefined && isValidDate(person.next) ? person.next : undefined;
  let next: string;
  if (explicit !== undefined && (lastContact === undefined || explicit > lastContact)) next = explicit;
  else if (lastContact !== undefined) next = days.addCadence(lastContact, person.cadence);
  else next = today;
  const daysLate = days.daysLate(next);
  status.next = next;
  status.daysLate = daysLate;
  status.state = daysLate > 0 ? lateState(daysLate, person, lapsedPercent) : daysLate === 0 ? 'due' : 'upcoming';
}

/** Overdue, or lapsed once late by more than `lapsedPercent` of the person's cadence. */
function lateState(daysLate: number, person: Person, lapsedPercent: number): PersonState {
  return daysLate > lapsedAfterDays(person.cadence, lapsedPercent) ? 'lapsed' : 'overdue';
}

/** Derives everything the surfaces show from a plan, as of `today` (`YYYY-MM-DD`). */
export function deriveView(plan: Plan, today: string): PlanView {
  return runSteps(deriveViewSteps(plan, today));
}

/** `deriveView` in steps of a few tens of milliseconds (it walks every journal entry). Checks `today` before the first step. */
export function deriveViewSteps(plan: Plan, today: string): Steps<PlanView> {
  if (!isValidDate(today)) throw new RangeError(`Today must be a calendar date (YYYY-MM-DD), got ${JSON.stringify(today)}`);
  return deriveSteps(plan, today);
}

function* deriveSteps(plan: Plan, today: string): Steps<PlanView> {
  const people = plan.people.map(emptyStatus);
  const groupOfKey = new Map<string, number>();
  const groups: PersonStatus[][] = [];
  for (const status of people) {
    const key = status.person.key;
    if (key === '') continue;
    const group = groupOfKey.get(key);
    if (group !== undefined) groups[group].push(status);
    else groupOfKey.set(key, groups.push([status]) - 1);
  }
  yield;
  const tally = yield* tallyJournal(plan.journal, groupOfKey, groups.length);
  yield;
  groups.forEach((members, group) => applyTally(members, tally, group));
  const days = new DayMemo(today);
  const lists: PlanView['lists'] = { like: [], help: [], both: [], none: [] };
  const archived: PersonStatus[] = [];
  const building: PersonStatus[] = [];
  const lapsedPercent = plan.settings.lapsedAfterPercent;
  for (const status of people) {
    schedule(status, today, days, lapsedPercent);
    if (status.person.archived !== undefined) {
      archived.push(status);
      continue;
    }
    const { lists: on, stage } = status.person;
    const like = on.includes('like');
    const help = on.includes('help');
    if (like) lists.like.push(status);
    if (help) lists.help.push(status);
    if (like && help) lists.both.push(status);
    if (!like && !help) lists.none.push(status);
    if (stage === 'building') building.push(status);
  }
  const byKey = new Map<string, PersonStatus>();
  for (const [key, group] of groupOfKey) byKey.set(key, groups[group][0]);
  const freeSlots = Math.max(0, plan.settings.maxNewRelationships - building.length);
  return { today, people, lists, archived, building, freeSlots, byKey };
}

function byNextThenName(a: PersonStatus, b: PersonStatus): number {
  if (a.next !== b.next) return (a.next ?? '') < (b.next ?? '') ? -1 : 1;
  if (a.person.key !== b.person.key) return a.person.key < b.person.key ? -1 : 1;
  return a.person.index - b.person.index;
}

/** Overdue or lapsed: late by a day or more. */
export function isLate(status: PersonStatus): boolean {
  return status.state === 'overdue' || status.state === 'lapsed';
}

/** Scheduled people whose next contact is on or before today + `days`, by next date, then name. */
export function dueWithin(view: PlanView, days: number): PersonStatus[] {
  const limit = addDays(view.today, days);
  return view.people.filter((s) => s.scheduled && s.next !== undefined && s.next <= limit).sort(byNextThenName);
}

/** "3 days overdue", "1 day overdue", "due today", "due tomorrow", "in 5 days", or the stage ("archived") when unscheduled. */
export function describeDue(status: PersonStatus): string {
  if (status.state === 'archived') return 'archived';
  const late = status.daysLate;
  if (!status.scheduled || late === undefined) return status.person.stage;
  if (late > 0) return `${formatDayCount(late)} overdue`;
  if (late === 0) return 'due today';
  if (late === -1) return 'due tomorrow';
  return formatDaysFromToday(-late);
}
