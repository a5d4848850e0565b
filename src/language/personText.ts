/** What the plan file's CodeLens, hover and completion say about a person. */
import { describeDue, type Meeting, type PersonState, type PersonStatus, type Settings } from '../core';
import { personTooltipMarkdown } from '../tree/personTooltip';
import * as l10n from '@vscode/l10n';
import { inDisplayLanguage } from '../displayLanguage';

/** "due in 3 days", "3 days overdue", "due today", "due tomorrow", or the stage for unscheduled people. */
export function dueText(status: PersonStatus): string {
  if (status.state === 'archived') return 'archived';
  if (!status.scheduled) return status.person.stage === 'established' ? l10n.t('call anytime') : status.person.stage;
  const text = inDisplayLanguage(describeDue(status));
  return text.startsWith('in ') ? `due ${text}` : text;
}

const STATE_ORDER: Record<PersonState, number> = { lapsed: 0, overdue: 0, due: 1, upcoming: 2, planned: 3, paused: 4, archived: 5 };

/** Sorts people who are due first (most overdue first), then by when they are due, then in file order. */
export function dueSortText(status: PersonStatus): string {
  const late = status.daysLate ?? 0;
  const urgency = String(100000 - Math.max(-99999, Math.min(99999, late))).padStart(6, '0');
  return `${STATE_ORDER[status.state]}${urgency}${String(status.person.index).padStart(8, '0')}`;
}

/**
 * The hover for a person (Markdown, every piece of user text escaped). `stale` says the status is from the
 * last readable version of the plan, because the file has syntax errors now.
 */
export function personHoverMarkdown(status: PersonStatus, today: string, stale: boolean, meeting?: Meeting, settings?: Pick<Settings, 'balanceStreak' | 'balanceGap'>): string {
  const note = stale ? `\n\n_${l10n.t('As of the last readable version of the plan: the file has syntax errors now.')}_` : '';
  return personTooltipMarkdown(status, today, meeting, settings) + note;
}
