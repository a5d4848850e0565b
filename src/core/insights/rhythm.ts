/**
 * The rhythm of contacts: contacts per week over the last 26 weeks, and whether the scheduled contacts in that
 * window came on time.
 *
 * A week is 7 days ending on a day of the form `today - 7k` (the last week ends today), so the bars never depend
 * on where a locale starts its weeks. A contact is a journal entry with a valid date from the window's first day
 * to today (entries dated after today are plans, not contacts; a group entry is one contact).
 *
 * Timeliness, per person who is scheduled now (stage building or established, not archived): each of their
 * contacts in the window that follows an earlier contact with them is due one cadence after that earlier
 * contact; it is **on time** when it happened on or before that day, **late** otherwise (a first contact ever
 * has no due day and is neither). **Missed**: scheduled people whose next contact (as the plan schedules it,
 * honouring `next:`) is past, today excluded, and whose due day falls in the window: the contact that should
 * have happened and has not.
 */
import { addCadence, addDays, daysBetween, isValidDate, type Cadence, type JournalEntry, type PersonStatus } from '../model';

export const RHYTHM_WEEKS = 26;
/** The summary speaks of the last 4 weeks. */
export const SUMMARY_WEEKS = 4;

export interface WeekBar {
  /** First and last day of the week (both included). */
  start: string;
  end: string;
  contacts: number;
}

export interface Timeliness {
  onTime: number;
  late: number;
}

export interface Rhythm {
  /** Oldest first; the last one ends today. */
  weeks: WeekBar[];
  /** Contacts in the whole window and in the last `SUMMARY_WEEKS` weeks. */
  contacts: number;
  recentContacts: number;
  onTime: number;
  late: number;
  missed: number;
  /** On time and late among the contacts of the last `SUMMARY_WEEKS` weeks. */
  recent: Timeliness;
}

function weekBars(today: string): WeekBar[] {
  const weeks: WeekBar[] = [];
  for (let k = RHYTHM_WEEKS - 1; k >= 0; k--) {
    const end = addDays(today, -7 * k);
    weeks.push({ start: addDays(end, -6), end, contacts: 0 });
  }
  return weeks;
}

/** Dated entries in the window, each counted in its week. */
function countContacts(journal: readonly JournalEntry[], weeks: WeekBar[], today: string): void {
  const first = weeks[0].start;
  const weekOfDate = new Map<string, number>();
  for (const entry of journal) {
    const date = entry.date;
    if (date === undefined || date < first || date > today) continue;
    let week = weekOfDate.get(date);
    if (week === undefined) {
      if (!isValidDate(date)) continue;
      week = RHYTHM_WEEKS - 1 - Math.floor(daysBetween(date, today) / 7);
      weekOfDate.set(date, week);
    }
    weeks[week].contacts++;
  }
}

/** Date checks and cadence steps of one computation, remembered: thousands of contacts share a few hundred days. */
class DateMemo {
  private readonly valid = new Map<string, boolean>();
  private readonly after = new Map<string, string>();

  isValid(date: string): boolean {
    let ok = this.valid.get(date);
    if (ok === undefined) this.valid.set(date, (ok = isValidDate(date)));
    return ok;
  }

  addCadence(date: string, cadence: Cadence): string {
    const key = `${date} ${cadence.count} ${cadence.unit}`;
    let next = this.after.get(key);
    if (next === undefined) this.after.set(key, (next = addCadence(date, cadence)));
    return next;
  }
}

/** On time and late contacts of one scheduled person from `since` on. */
function timelinessOf(status: PersonStatus, window: { today: string; since: string; recentSince: string }, memo: DateMemo, into: { all: Timeliness; recent: Timeliness }): void {
  const { today, since, recentSince } = window;
  const dates: string[] = [];
  for (const entry of status.entries) {
    const d = entry.date;
    if (d !== undefined && d <= today && memo.isValid(d)) dates.push(d);
  }
  dates.sort();
  for (let i = 1; i < dates.length; i++) {
    const date = dates[i];
    // Two entries on one day are one contact.
    if (date < since || date === dates[i - 1]) continue;
    const onTime = date <= memo.addCadence(dates[i - 1], status.person.cadence);
    into.all[onTime ? 'onTime' : 'late']++;
    if (date >= recentSince) into.recent[onTime ? 'onTime' : 'late']++;
  }
}

export function rhythmOf(journal: readonly JournalEntry[], scheduled: readonly PersonStatus[], today: string): Rhythm {
  const weeks = weekBars(today);
  countContacts(journal, weeks, today);
  const since = weeks[0].start;
  const recentSince = weeks[RHYTHM_WEEKS - SUMMARY_WEEKS].start;
  const counts = { all: { onTime: 0, late: 0 }, recent: { onTime: 0, late: 0 } };
  const memo = new DateMemo();
  let missed = 0;
  for (const status of scheduled) {
    timelinessOf(status, { today, since, recentSince }, memo, counts);
    if (status.next !== undefined && status.next < today && status.next >= since) missed++;
  }
  const contacts = weeks.reduce((sum, w) => sum + w.contacts, 0);
  const recentContacts = weeks.slice(RHYTHM_WEEKS - SUMMARY_WEEKS).reduce((sum, w) => sum + w.contacts, 0);
  return { weeks, contacts, recentContacts, onTime: counts.all.onTime, late: counts.all.late, missed, recent: counts.recent };
}
