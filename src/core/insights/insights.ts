/** Everything the Insights panel and `networking-plan stats` show, from a plan as of a day. */
import { balanceOf } from '../ledger';
import { deriveView, type Plan, type PersonStatus } from '../model';
import { rhythmOf, type Rhythm } from './rhythm';
import { stagesNow, stagesOverTime, type StageCounts, type StagePoint } from './stages';
import { summaryOf } from './summary';

export interface InsightPerson {
  name: string;
  /** Position in `people` (to reveal the entry in the plan). */
  index: number;
}

export interface VennRegion {
  count: number;
  /** In file order. */
  people: InsightPerson[];
}

export interface OverdueRow extends InsightPerson {
  next: string;
  daysLate: number;
}

export interface ExchangeRow extends InsightPerson {
  given: number;
  received: number;
}

export interface Insights {
  today: string;
  /** People not archived (archived people are left out of every figure). */
  people: number;
  /** The Venn diagram's four regions, and the lists' totals. */
  lists: { likeOnly: VennRegion; both: VennRegion; helpOnly: VennRegion; neither: VennRegion; like: number; help: number };
  rhythm: Rhythm;
  /** Scheduled people at least a day late, the latest first (then by name); at most `MOST_OVERDUE`. */
  mostOverdue: OverdueRow[];
  /** People with something given or received, the biggest imbalance first (then more received first, then name). */
  exchange: ExchangeRow[];
  stages: { now: StageCounts; overTime: StagePoint[] };
  /** People building vs `maxNewRelationships`. */
  slots: { used: number; max: number };
  summary: string;
}

export const MOST_OVERDUE = 5;

function region(statuses: readonly PersonStatus[]): VennRegion {
  return { count: statuses.length, people: statuses.map(personOf) };
}

function personOf(status: PersonStatus): InsightPerson {
  return { name: status.person.name, index: status.person.index };
}

function byName(a: InsightPerson, b: InsightPerson): number {
  const [x, y] = [a.name.toLowerCase(), b.name.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : a.index - b.index;
}

function listsOf(active: readonly PersonStatus[]): Insights['lists'] {
  const likeOnly: PersonStatus[] = [];
  const both: PersonStatus[] = [];
  const helpOnly: PersonStatus[] = [];
  const neither: PersonStatus[] = [];
  for (const status of active) {
    const like = status.person.lists.includes('like');
    const help = status.person.lists.includes('help');
    (like && help ? both : like ? likeOnly : help ? helpOnly : neither).push(status);
  }
  return {
    likeOnly: region(likeOnly),
    both: region(both),
    helpOnly: region(helpOnly),
    neither: region(neither),
    like: likeOnly.length + both.length,
    help: helpOnly.length + both.length,
  };
}

function mostOverdueOf(scheduled: readonly PersonStatus[]): OverdueRow[] {
  return scheduled
    .filter((s) => s.daysLate !== undefined && s.daysLate > 0)
    .map((s) => ({ ...personOf(s), next: s.next!, daysLate: s.daysLate! }))
    .sort((a, b) => b.daysLate - a.daysLate || byName(a, b))
    .slice(0, MOST_OVERDUE);
}

function exchangeOf(active: readonly PersonStatus[], plan: Plan): ExchangeRow[] {
  const rows: ExchangeRow[] = [];
  for (const status of active) {
    if (status.entries.length === 0 || status.person.key === '') continue;
    const { given, received } = balanceOf(status.entries, status.person.key, plan.settings);
    if (given + received > 0) rows.push({ ...personOf(status), given, received });
  }
  const imbalance = (r: ExchangeRow): number => Math.abs(r.received - r.given);
  return rows.sort((a, b) => imbalance(b) - imbalance(a) || b.received - b.given - (a.received - a.given) || byName(a, b));
}

/** The insights of `plan` as of `today` (`YYYY-MM-DD`; throws RangeError otherwise). */
export function insightsOf(plan: Plan, today: string): Insights {
  const view = deriveView(plan, today);
  const active = view.people.filter((s) => s.person.archived === undefined);
  const scheduled = active.filter((s) => s.scheduled);
  const lists = listsOf(active);
  const rhythm = rhythmOf(plan.journal, scheduled, today);
  const now = stagesNow(active.map((s) => s.person));
  const insights: Omit<Insights, 'summary'> = {
    today,
    people: active.length,
    lists,
    rhythm,
    mostOverdue: mostOverdueOf(scheduled),
    exchange: exchangeOf(active, plan),
    stages: { now, overTime: stagesOverTime(active.map((s) => s.person), today) },
    slots: { used: now.building, max: plan.settings.maxNewRelationships },
  };
  return { ...insights, summary: summaryOf(insights) };
}
