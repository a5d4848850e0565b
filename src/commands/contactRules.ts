/** The rules behind Log Contact and Snooze, as plain functions. */
import { addDays, nameKey, type PersonStatus, type PlanView } from '../core';
import * as l10n from '@vscode/l10n';

/** The new `next` date when snoozing by `days`: from the current next date, or from today when that is past. */
export function snoozedNext(status: PersonStatus, today: string, days: number): string {
  const base = status.next !== undefined && status.next > today ? status.next : today;
  return addDays(base, days);
}

/** The planned people among `statuses` that have no journal entry yet: logging now is their first contact. */
export function firstContacts(statuses: readonly PersonStatus[]): PersonStatus[] {
  return statuses.filter((s) => s.person.stage === 'planned' && s.entries.length === 0);
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return l10n.t('{0} and {1}', names.slice(0, -1).join(', '), names[names.length - 1]);
}

/**
 * Why moving `adding` to building would over-commit, naming the people already building; undefined when it fits.
 */
export function overCommitWarning(view: PlanView, maxNewRelationships: number, adding: readonly string[]): string | undefined {
  const addingKeys = new Set(adding.map(nameKey));
  const current = view.building.filter((s) => !addingKeys.has(s.person.key)).map((s) => s.person.name);
  const total = current.length + addingKeys.size;
  if (total <= maxNewRelationships) return undefined;
  const already =
    current.length === 0 ? l10n.t('nobody yet') : `${current.length === 1 ? '' : `${current.length}: `}${joinNames(current)}`;
  return (
    l10n.t('You would be building {0} new relationships at once, over your limit of {1} ', total, maxNewRelationships) +
    l10n.t('(maxNewRelationships). Already building: {0}.', already)
  );
}

export { joinNames };
