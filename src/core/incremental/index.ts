/**
 * The machinery that makes re-reads fast: `PlanReader` splits the text into sections and items by
 * their line starts, re-splits only around a change, parses each item alone and caches the result
 * by position and by text, places moved results with a shift, and parses new text in slices. Every
 * plan it gives equals `readPlan` of the same text.
 *
 * Imports: `model`, `read`. Nothing else in the core imports it: adapters get `PlanReader` (and
 * `diffText`) from the core's `index.ts`.
 */
export { PlanReader, type SlicedReadOptions } from './planReader';
export { diffText, type TextChange } from './textChange';
