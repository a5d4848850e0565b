/**
 * Keeping the plan alive: the rules of Review Lists (who to start with, who looks established, who lapsed, who was
 * left untouched), when a review is due, and the week ahead. Pure functions of a plan, its derived view and today.
 *
 * Imports: `model`.
 */
export { reviewOf, ESTABLISHED_AFTER_CONTACTS, UNTOUCHED_AFTER_DAYS, type Review, type ReviewSuggestion } from './reviewRules';
export { isReviewDue, reviewDueDate } from './reviewDue';
export { weekAhead, type WeekAhead, type WeekDay } from './weekAhead';
