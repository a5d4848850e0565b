/** What the status bar says, as plain data. */
import { describeDue, dueWithin, type PersonStatus, type PlanView } from './core';
import { escapeMarkdown } from './markdown';

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

/** The item's text, or undefined to hide it. */
export function statusBarText(due: DueContact[], mode: StatusBarMode): string | undefined {
  if (mode === 'never') return undefined;
  if (due.length > 0) return `$(person) ${due.length} due`;
  return mode === 'always' ? '$(person) caught up' : undefined;
}

export function anyOverdue(due: DueContact[]): boolean {
  return due.some((d) => d.status.state === 'overdue');
}

function dueLine(d: DueContact): string {
  const name = escapeMarkdown(d.status.person.name);
  const where = d.folderName ? ` (${escapeMarkdown(d.folderName)})` : '';
  const since = d.status.state === 'overdue' && d.status.next ? `, since ${d.status.next}` : '';
  return `- ${name}${where} — ${describeDue(d.status)}${since}`;
}

/** Markdown tooltip: who is due and since when. */
export function statusTooltipMarkdown(due: DueContact[]): string {
  if (due.length === 0) return 'Networking plan: nobody is due today. You are caught up.';
  const title = `**${due.length === 1 ? '1 contact' : `${due.length} contacts`} due**`;
  const lines = due.slice(0, TOOLTIP_LIMIT).map(dueLine);
  if (due.length > TOOLTIP_LIMIT) lines.push(`- …and ${due.length - TOOLTIP_LIMIT} more`);
  return `${title}\n\n${lines.join('\n')}\n\nClick to choose whom to contact.`;
}
