/** What the review rules use of the model (types, dates, cadence, schedule): the part's one way into the rest of the core. */
export { cadenceDays, formatCadence, lapsedAfterDays } from '../cadence';
export { addCadence, addDays, dayNumber, daysBetween, isValidDate } from '../dates';
export { isLate } from '../schedule';
export type { JournalEntry, Person, PersonStatus, Plan, PlanView, Settings } from '../types';
