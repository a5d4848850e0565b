/** What the This Week view shows, as plain data: a group per day with people, and the people in each. */
import { describeDue, weekAhead, type PersonStatus, type PlanView } from '../core';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface WeekPerson {
  status: PersonStatus;
  /** Which of the plans given to `weekShapes` they are in. */
  plan: number;
  /** The workspace folder's name, when there is more than one plan. */
  folderName?: string;
}

export interface DayShape {
  id: string;
  label: string;
  description: string;
  people: WeekPerson[];
}

/** "Today", "Tomorrow", then the weekday's name. */
export function dayLabel(offset: number, weekday: number): string {
  return offset === 0 ? 'Today' : offset === 1 ? 'Tomorrow' : WEEKDAYS[weekday];
}

/** The groups: late people first, then each of the next `days` days that has someone due; empty when nobody is. */
export function weekShapes(plans: readonly { view: PlanView; folderName?: string }[], days = 7): DayShape[] {
  const weeks = plans.map((p, plan) => ({ week: weekAhead(p.view, days), folderName: p.folderName, plan }));
  const late = weeks.flatMap(({ week, folderName, plan }) => week.late.map((status) => ({ status, folderName, plan })));
  late.sort((a, b) => (b.status.daysLate ?? 0) - (a.status.daysLate ?? 0));
  const shapes: DayShape[] = [];
  if (late.length > 0) shapes.push({ id: 'late', label: 'Overdue', description: `${late.length} late`, people: late });
  for (let offset = 0; offset < days; offset++) {
    const first = weeks[0]?.week.days[offset];
    const people = weeks.flatMap(({ week, folderName, plan }) => week.days[offset].people.map((status) => ({ status, folderName, plan })));
    if (!first || people.length === 0) continue;
    shapes.push({ id: first.date, label: dayLabel(offset, first.weekday), description: `${first.date} · ${people.length}`, people });
  }
  return shapes;
}

/** "coffee · 3 days overdue" under Overdue, "coffee · every 2 weeks" under a day; the folder when there are several. */
export function weekPersonDescription(person: WeekPerson, late: boolean): string {
  const { status, folderName } = person;
  const how = status.person.how?.trim() || 'no "how" yet';
  const when = late ? describeDue(status) + (status.state === 'lapsed' ? ' · lapsed' : '') : status.person.cadenceText ?? '';
  return [how, when, folderName ?? ''].filter(Boolean).join(' · ');
}
