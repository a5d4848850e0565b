/** Review Lists, loaded from its own bundle on first use (the activation bundle stays small). */
import * as path from 'node:path';
import { applyEdit } from '../core/edit';
import type { PlanEdit } from '../core/editTypes';
import type { Plan } from '../core/types';
import type { PlanStore } from '../planStore';
import type * as ReviewModule from './reviewLists';

function applyEdits(text: string, edits: readonly PlanEdit[], plan: Plan): string {
  return edits.reduce((t, edit, i) => applyEdit(t, edit, i === 0 ? plan : undefined), text);
}

/** `networkingPlan.reviewLists`. `dist/review/reviewLists.js` is built beside the activation bundle (`__dirname` is `dist/`). */
export function reviewLists(store: PlanStore, arg?: unknown): Promise<boolean> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const review = require(path.join(__dirname, 'review', 'reviewLists.js')) as typeof ReviewModule;
  return review.reviewLists(store, arg, { applyEdits });
}
