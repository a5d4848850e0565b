/** Review Lists, loaded from its own bundle on first use (the activation bundle stays small). */
import * as path from 'node:path';
import { applyEditsPaced } from '../core';
import type { PlanStore } from '../planStore';
import type * as ReviewModule from './reviewLists';

/** `networkingPlan.reviewLists`. `dist/review/reviewLists.js` is built beside the activation bundle (`__dirname` is `dist/`). */
export function reviewLists(store: PlanStore, arg?: unknown): Promise<boolean> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const review = require(path.join(__dirname, 'review', 'reviewLists.js')) as typeof ReviewModule;
  return review.reviewLists(store, arg, { applyEdits: applyEditsPaced });
}
