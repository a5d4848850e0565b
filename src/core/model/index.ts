/**
 * The plan model: its types, calendar days and cadences, and what is derived from a plan as of a day
 * (the view: lists, last and next contacts, who is due, journal tallies), plus the small helpers
 * every other part shares (steps of long computations, "did you mean").
 *
 * Imports: no other part of the core (only libraries).
 */
export * from './types';
export { LineIndex } from './lines';
export { parseCadence, checkCadence, formatCadence, cadenceHelp, cadenceDays, lapsedAfterDays, CADENCE_PRESETS, MAX_CADENCE_COUNT, type CadenceCheck } from './cadence';
export { isValidDate, addDays, addMonths, daysBetween, addCadence, localDateOf, weekdayOf } from './dates';
export { formatDayCount, formatDaysFromToday } from './wording';
export { deriveView, deriveViewSteps, dueWithin, describeDue, isLate } from './schedule';
export { runSteps, runStepsPausing, ENTRIES_PER_STEP, type Steps } from './steps';
export { closest } from './suggest';
export { nameKey } from './nameKey';
