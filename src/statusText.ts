/** What the status bar says, as plain data. */
import { describeDue, dueWithin, isLate, type PersonStatus, type PlanView } from './core';
import { escapeMarkdown } from './markdown';
import * as l10n from '@vscode/l10n';
import { displayDate, inDisplayLanguage } from './displayLanguage';

export type StatusBarMode = 'always' | 'whenDue' | 'never';

export interface DueContact {
  status: PersonStatus;
  /** The workspace folder's name, when there is more than one plan. */
  folderName?: string;
}

const TOOLTIP_LIMIT = 12;

/** People due now (overdue and today) across plans, most overdue first. */
export function dueContacts(plans: { view: PlanView; folderName?: string }[]): DueContact[] {
  const due: DueContact[] = [];
  for (const { view, folderName } of plans) {
    for (const status of dueWithin(view, 0)) due.push({ status, folderName });
  }
  return due.sort((a, b) => (b.status.daysLate ?? 0) - (a.status.daysLate ?? 0));
}

/** How many of the due people are late (overdue or lapsed). */
export function overdueCount(due: DueContact[]): number {
  return due.reduce((n, d) => n + Number(isLate(d.status)), 0);
}

/** The item's text ("3 due", "3 due (2 overdue)"), or undefined to hide it. */
export function statusBarText(due: DueContact[], mode: StatusBarMode): string | undefined {
  if (mode === 'never') return undefined;
  const late = overdueCount(due);
  if (due.length > 0) return late > 0 ? l10n.t('$(person) {0} due ({1} overdue)', due.length, late) : l10n.t('$(person) {0} due', due.length);
  return mode === 'always' ? l10n.t('$(person) caught up') : undefined;
}

export function anyOverdue(due: DueContact[]): boolean {
  return due.some((d) => isLate(d.status));
}

function dueLine(d: DueContact): string {
  const name = escapeMarkdown(d.status.person.name);
  const where = d.folderName ? ` (${escapeMarkdown(d.folderName)})` : '';
  const since = isLate(d.status) && d.status.next ? ', ' + l10n.t('since {0}', displayDate(d.status.next)) : '';
  const lapsed = d.status.state === 'lapsed' ? ` (${l10n.t('lapsed')})` : '';
  return `- ${name}${where} — ${inDisplayLanguage(describeDue(d.status))}${since}${lapsed}`;
}

/** Markdown tooltip: who is due and since when, and whether Review Lists is due (`review`, a sentence). */
export function statusTooltipMarkdown(due: DueContact[], review?: string): string {
  const reviewLine = review ? `\n\n${escapeMarkdown(review)}` : '';
  if (due.length === 0) return l10n.t('Networking plan: nobody is due today. You are caught up.{0}', reviewLine);
  const title = `**${due.length === 1 ? l10n.t('1 contact due') : l10n.t('{0} contacts due', due.length)}**`;
  const lines = due.slice(0, TOOLTIP_LIMIT).map(dueLine);
  if (due.length > TOOLTIP_LIMIT) lines.push(`- ${l10n.t('…and {0} more', due.length - TOOLTIP_LIMIT)}`);
  return `${title}\n\n${lines.join('\n')}${reviewLine}\n\n${l10n.t('Click to choose whom to contact.')}`;
}
