/**
 * Reading and checking a plan: text to `Plan` with every problem at its exact place. The YAML parse
 * (with its guards against hostile input), the readers of each section and entry, the checks that
 * span entries, and `readPlan`, which reads a whole text in one go.
 *
 * Imports: `model`.
 *
 * Besides `readPlan`, it exposes the steps a plan is read in (parse, read an entry, finish the plan,
 * shifted copies), for `incremental` to read item by item, and the parse options, for `edit` to
 * check what it writes the way a read would.
 */
export { readPlan, MAX_PLAN_BYTES, tooLargePlan } from './readPlan';
export { defaultSettings } from './readSettings';
export { matchPromises, openPromises, promiseKey, type PromiseMatch, type PromiseRecord } from './promises';
export { PARSE_OPTIONS, parseWithProblems } from './parse';
export { ReadContext } from './nodeValues';
export { readRoot, emptyRawPlan, type RawPlan, type ReadItem } from './readTop';
export { readPerson, type RawPerson } from './readPerson';
export { readJournalEntry, type RawJournalEntry } from './readJournal';
export { finishPlan, finishPlanSteps } from './finishPlan';
export { newFinishMemo, type FinishMemo } from './finishEntries';
export { pushShiftedProblems, shiftSection } from './shift';
