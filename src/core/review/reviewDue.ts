/** When Review Lists is due: `settings.reviewEvery` after the last review, or after the first contact in the journal. */
import { addCadence, isValidDate, type Plan } from '../model';

/** The earliest valid journal date: a plan never reviewed counts its age from its first contact. */
function firstContact(plan: Plan): string | undefined {
  let first: string | undefined;
  for (const entry of plan.journal) {
    const date = entry.date;
    if (date !== undefined && (first === undefined || date < first) && isValidDate(date)) first = date;
  }
  return first;
}

/** The day the next review is due; undefined for a plan never reviewed and without any contact yet. */
export function reviewDueDate(plan: Plan): string | undefined {
  const { lastReview, reviewEvery } = plan.settings;
  const from = lastReview ?? firstContact(plan);
  return from === undefined ? undefined : addCadence(from, reviewEvery);
}

/** True on and after the day the review is due. */
export function isReviewDue(plan: Plan, today: string): boolean {
  const due = reviewDueDate(plan);
  return due !== undefined && due <= today;
}
