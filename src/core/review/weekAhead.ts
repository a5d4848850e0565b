/** The week ahead: who is late now, then who is due on each of the next days. */
import { addDays, weekdayOf, type PersonStatus, type PlanView } from '../model';

export interface WeekDay {
  date: string;
  /** 0 today, 1 tomorrow, ... */
  offset: number;
  /** 0 Sunday ... 6 Saturday. */
  weekday: number;
  /** Due that day, by name. */
  people: PersonStatus[];
}

export interface WeekAhead {
  /** Overdue and lapsed people, most late first. */
  late: PersonStatus[];
  days: WeekDay[];
}

function byName(a: PersonStatus, b: PersonStatus): number {
  return a.person.key < b.person.key ? -1 : a.person.key > b.person.key ? 1 : a.person.index - b.person.index;
}

/** Scheduled people due within `days` days from the view's today (today included), grouped by day. */
export function weekAhead(view: PlanView, days = 7): WeekAhead {
  const late: PersonStatus[] = [];
  const byOffset = new Map<number, PersonStatus[]>();
  for (const status of view.people) {
    const daysLate = status.daysLate;
    if (!status.scheduled || daysLate === undefined || daysLate <= -days) continue;
    if (daysLate > 0) late.push(status);
    else {
      const list = byOffset.get(-daysLate);
      if (list) list.push(status);
      else byOffset.set(-daysLate, [status]);
    }
  }
  late.sort((a, b) => (b.daysLate ?? 0) - (a.daysLate ?? 0) || byName(a, b));
  const firstWeekday = weekdayOf(view.today);
  const week: WeekDay[] = [];
  for (let offset = 0; offset < days; offset++) {
    const people = (byOffset.get(offset) ?? []).sort(byName);
    week.push({ date: addDays(view.today, offset), offset, weekday: (firstWeekday + offset) % 7, people });
  }
  return { late, days: week };
}
