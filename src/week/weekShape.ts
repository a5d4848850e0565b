/** What the This Week view shows, as plain data: a group per day with people, and the people in each. */
import { describeDue, weekAhead, type PersonStatus, type PlanView } from '../core';
import * as l10n from '@vscode/l10n';
import { inDisplayLanguage } from '../displayLanguage';

const WEEKDAYS = [l10n.t('Sunday'), l10n.t('Monday'), l10n.t('Tuesday'), l10n.t('Wednesday'), l10n.t('Thursday'), l10n.t('Friday'), l10n.t('Saturday')];

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
  return offset === 0 ? l10n.t('Today') : offset === 1 ? l10n.t('Tomorrow') : WEEKDAYS[weekday];
}

/** The groups: late people first, then each of the next `days` days that has someone due; empty when nobody is. */
export function weekShapes(plans: readonly { view: PlanView; folderName?: string }[], days = 7): DayShape[] {
  const weeks = plans.map((p, plan) => ({ week: weekAhead(p.view, days), folderName: p.folderName, plan }));
  const late = weeks.flatMap(({ week, folderName, plan }) => week.late.map((status) => ({ status, folderName, plan })));
  late.sort((a, b) => (b.status.daysLate ?? 0) - (a.status.daysLate ?? 0));
  const shapes: DayShape[] = [];
  if (late.length > 0) shapes.push({ id: 'late', label: l10n.t('Overdue'), description: l10n.t('{0} late', late.length), people: late });
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
  const how = status.person.how?.trim() || l10n.t('no "how" yet');
  const when = late ? inDisplayLanguage(describeDue(status)) + (status.state === 'lapsed' ? ' · ' + l10n.t('lapsed') : '') : status.person.cadenceText ?? '';
  return [how, when, folderName ?? ''].filter(Boolean).join(' · ');
}
