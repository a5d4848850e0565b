/** Since when a person is in their stage, from the stage changes recorded in `history`. */
import type { Person } from '../model';

/**
 * The date the person entered their current stage: the first of the latest run of history items with that stage
 * (a repeated "building" does not restart the count). Undefined without history, or when the latest item names
 * another stage (the stage was changed by hand without a date).
 */
export function stageSince(person: Pick<Person, 'stage' | 'history'>): string | undefined {
  const history = person.history;
  if (history === undefined || history.length === 0 || history[history.length - 1].stage !== person.stage) return undefined;
  let i = history.length - 1;
  while (i > 0 && history[i - 1].stage === person.stage) i--;
  return history[i].date;
}
