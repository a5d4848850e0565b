import * as l10n from '@vscode/l10n';
import { displayNumber } from '../displayLanguage';
/**
 * Long groups show their people a page at a time, then a "Show more" item. VS Code converts every item a provider
 * returns in the same task of the extension host, and asks for the children of all expanded groups in one task.
 * Measured in the host, about 15–20 µs a person: 2–8 ms for 200 people, 9–17 ms for 1,000, 65–100 ms for 5,000. Four
 * expanded groups of one page stay far below issue 5's 100 ms, and 200 rows are already many screens of the sidebar.
 */

export const PAGE_SIZE = 200;

/** The last item of a group that has more people than it shows. */
export interface MoreShape {
  label: string;
  /** How many people are not shown when more than a page, and how many of them are due, when any are. */
  description?: string;
  tooltip: string;
}

export interface GroupPage<T> {
  /** The first people of the group, in the group's own order. */
  shown: readonly T[];
  more?: MoreShape;
}

/** 4321 -> "4,321": the same on every machine, whatever its locale (in English; "4.321" in German). */
export function formatCount(n: number): string {
  return displayNumber(n) ?? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "1 person", "4,321 people": a count of people as every view writes it. */
export function peopleText(n: number): string {
  return n === 1 ? l10n.t('1 person') : l10n.t('{0} people', formatCount(n));
}

/**
 * The first `limit` people of a group, and the "Show more" item when some are left. `isDue` tells the people the
 * "Show more" item counts as due among those not shown: the group keeps its order, so they may be anywhere in it.
 */
export function pageOf<T>(people: readonly T[], limit: number, groupLabel: string, isDue: (person: T) => boolean = () => false, pageSize = PAGE_SIZE): GroupPage<T> {
  if (people.length <= limit) return { shown: people };
  const shown = people.slice(0, Math.max(0, limit));
  const hidden = people.length - shown.length;
  const next = Math.min(pageSize, hidden);
  let due = 0;
  for (let i = shown.length; i < people.length; i++) if (isDue(people[i])) due++;
  // The counts go in the description, which a narrow sidebar cuts before the label.
  const label = l10n.t('Show {0} more…', formatCount(next));
  const counts = [next < hidden ? l10n.t('{0} not shown', formatCount(hidden)) : '', due > 0 ? l10n.t('{0} due', formatCount(due)) : ''].filter(Boolean);
  const tooltip =
    l10n.t("\"{0}\" shows {1} of its {2}, in the plan file's order. ", groupLabel, formatCount(shown.length), peopleText(people.length)) +
    (next < hidden ? l10n.t('Click to show the next {0}. ', formatCount(next)) : next === 1 ? l10n.t('Click to show the last one. ') : l10n.t('Click to show the last {0}. ', formatCount(next))) +
    (due > 0
      ? due === 1 ? l10n.t('{0} of those not shown is due: Show Due Contacts lists everyone who is due.', formatCount(due)) : l10n.t('{0} of those not shown are due: Show Due Contacts lists everyone who is due.', formatCount(due))
      : l10n.t('Show Due Contacts lists everyone who is due, wherever they are.'));
  return { shown, more: { label, description: counts.length > 0 ? counts.join(' · ') : undefined, tooltip } };
}

/**
 * How many people each group shows, by group key. Kept while the same plan files are shown (so that typing, which
 * re-reads the plan, does not fold a group back to its first page); forgotten when they change.
 */
export class PageLimits {
  private readonly limits = new Map<string, number>();
  private plans = '';

  constructor(readonly pageSize = PAGE_SIZE) {}

  /** `planKeys`: the plan files shown now. True when they differ from the last ones, and the limits were forgotten. */
  followPlans(planKeys: readonly string[]): boolean {
    const plans = planKeys.join('\n');
    if (plans === this.plans) return false;
    this.plans = plans;
    this.limits.clear();
    return true;
  }

  limitOf(groupKey: string): number {
    return this.limits.get(groupKey) ?? this.pageSize;
  }

  /** The group shows one page more; returns its new limit. */
  showMore(groupKey: string): number {
    const limit = this.limitOf(groupKey) + this.pageSize;
    this.limits.set(groupKey, limit);
    return limit;
  }
}
