/** The plan core: reading, checking, scheduling, editing and exporting a plan. No `vscode`, no clock. */
export * from './types';
export { readPlan, PlanReader, MAX_PLAN_BYTES, tooLargePlan, type SlicedReadOptions } from './read';
export { LineIndex } from './lines';
export { parseCadence, checkCadence, formatCadence, cadenceHelp, CADENCE_PRESETS } from './cadence';
export { isValidDate, addDays, daysBetween, addCadence } from './dates';
export { deriveView, deriveViewSteps, dueWithin, describeDue } from './schedule';
export { runSteps, runStepsPausing, type Steps } from './steps';
export { exportCalendar } from './calendar';
export { applyEdit, applyEditPaced, applyEditsPaced, type ReadWhole } from './edit';
export { EditError, type PlanEdit } from './editTypes';
export { nameKey } from './nameKey';
