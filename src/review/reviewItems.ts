/** The rows of Review Lists' quick picks, as plain data (labels, descriptions, details). */
import type { ListName, PersonStatus, ReviewSuggestion } from '../core';
import * as l10n from '@vscode/l10n';

export interface PersonRow {
  label: string;
  description: string;
  detail: string;
  status: PersonStatus;
}

/** Quick picks show this many people at most; the step's placeholder says when there are more. */
export const MAX_ROWS = 200;

const LIST_WORDS: Record<ListName, string> = { like: l10n.t('know & like'), help: l10n.t('can help my career') };

function listsText(status: PersonStatus): string {
  const { lists } = status.person;
  return lists.length === 0 ? l10n.t('no list') : lists.map((l) => LIST_WORDS[l]).join(' + ');
}

/** A row per suggestion: the name, their lists and how, and the reason they are suggested. */
export function personRows(suggestions: readonly ReviewSuggestion[]): PersonRow[] {
  return suggestions.slice(0, MAX_ROWS).map(({ status, reason }) => {
    const how = status.person.how ? ` · ${status.person.how}` : '';
    return { label: status.person.name, description: `${listsText(status)}${how}`, detail: reason, status };
  });
}

/** "3 people" / ", the first 200 of 350" for a placeholder. */
export function shownCount(total: number): string {
  return total > MAX_ROWS ? l10n.t(' (the first {0} of {1})', MAX_ROWS, total) : '';
}

export type LapsedAction = 'keep' | 'snooze-week' | 'snooze-month' | 'pause' | 'archive';
export type UntouchedAction = 'keep' | 'like' | 'help' | 'archive';

export interface ActionRow<A> {
  label: string;
  detail: string;
  action: A;
}

export const LAPSED_ACTIONS: ActionRow<LapsedAction>[] = [
  { label: l10n.t('Keep'), detail: l10n.t('Leave them as they are: contact them soon.'), action: 'keep' },
  { label: l10n.t('Snooze a week'), detail: l10n.t('Their next contact in 7 days.'), action: 'snooze-week' },
  { label: l10n.t('Snooze a month'), detail: l10n.t('Their next contact in 30 days.'), action: 'snooze-month' },
  { label: l10n.t('Pause'), detail: l10n.t('Stage paused: never due until you change it.'), action: 'pause' },
  { label: l10n.t('Archive'), detail: l10n.t('Left the company, or no longer relevant: kept with the journal, never due, on no list.'), action: 'archive' },
];

/** The actions for untouched planned people: a list is offered only when someone chosen is not on it yet. */
export function untouchedActions(chosen: readonly PersonStatus[]): ActionRow<UntouchedAction>[] {
  const missing = (list: ListName) => chosen.some((s) => !s.person.lists.includes(list));
  return [
    { label: l10n.t('Keep'), detail: l10n.t('Leave them planned, on their lists.'), action: 'keep' },
    ...(missing('like') ? [{ label: l10n.t('Add to Know & like'), detail: l10n.t('You know and like them.'), action: 'like' as const }] : []),
    ...(missing('help') ? [{ label: l10n.t('Add to Can help my career'), detail: l10n.t('They can help your career.'), action: 'help' as const }] : []),
    { label: l10n.t('Archive'), detail: l10n.t('No longer relevant: kept with the journal, on no list.'), action: 'archive' },
  ];
}
