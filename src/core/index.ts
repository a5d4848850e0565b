/**
 * The plan core: reading, checking, scheduling, editing and exporting a plan. No `vscode`, no clock
 * ("today" is a parameter). Its parts, each behind its own `index.ts` (see README, "How it is built"):
 * `model` ← `read` ← `incremental`; `model`, `read` ← `edit`, `ledger`; `model` ← `export`; `model` ← `review`;
 * `model` ← `meetings`; `model` ← `messages`; `model`, `ledger` ← `insights`; `model`, `edit` ← `import`.
 */
export * from './model';
export { readPlan, MAX_PLAN_BYTES, tooLargePlan, defaultSettings, matchPromises, openPromises, promiseKey, type PromiseMatch, type PromiseRecord } from './read';
export { PlanReader, diffText, type SlicedReadOptions, type TextChange } from './incremental';
export * from './edit';
export * from './export';
export * from './ledger';
export * from './review';
export * from './meetings';
export * from './messages';
export * from './insights';
export * from './import';
