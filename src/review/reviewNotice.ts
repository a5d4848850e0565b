/** Which plans are due for Review Lists, and how the status bar, the People view and the reminder say so. */
import { isReviewDue } from '../core';
import type { PlanSnapshot, PlanStore } from '../planStore';
import * as l10n from '@vscode/l10n';

export interface DueReview {
  /** The workspace folder's name, when there is more than one plan. */
  folderName?: string;
  lastReview?: string;
}

/** Plans whose review is due today (read from the last readable version of each plan). */
export function reviewsDue(store: PlanStore): DueReview[] {
  const snapshots = store.snapshots().filter((s: PlanSnapshot) => s.exists);
  const several = snapshots.length > 1;
  return snapshots
    .filter((s) => isReviewDue(s.viewPlan, s.view.today))
    .map((s) => ({ folderName: several ? s.folder.name : undefined, lastReview: s.viewPlan.settings.lastReview }));
}

/** "Review Lists is due (last review 2026-08-30)."; undefined when no review is due. */
export function reviewDueText(due: readonly DueReview[]): string | undefined {
  if (due.length === 0) return undefined;
  const parts = due.map((d) => {
    const where = d.folderName ? `${d.folderName}: ` : '';
    return where + (d.lastReview ? l10n.t('last review {0}', d.lastReview) : l10n.t('never reviewed'));
  });
  return l10n.t('Review Lists is due ({0}): keep your lists up to date.', parts.join('; '));
}
