/** Add Promise: a promise of mine (or theirs) recorded in the person's latest contact. */
import { addExchangeItem, latestEntryOf } from './editExchange';
import { logContact } from './editJournal';
import { checkDate, findPerson, invalid, optionalText } from './editValues';
import type { Plan } from '../model';

export interface NewPromise {
  name: string;
  text: string;
  /** A promise they made to me (`theyPromised`) rather than mine (`promised`). */
  theirs?: boolean;
  /** The day of the contact logged to hold it when there is no contact with the person yet. */
  date: string;
}

/** The text with the promise added to the person's latest contact, or to a new contact on `date` when there is none. */
export function addPromise(text: string, plan: Plan, promise: NewPromise): string {
  const person = findPerson(plan, promise.name);
  const promiseText = optionalText(promise.text, 'The promise');
  if (promiseText === undefined) invalid('Say what was promised.');
  const kind = promise.theirs === true ? 'theyPromised' : 'promised';
  const latest = latestEntryOf(plan, person.key);
  if (latest === undefined) {
    return logContact(text, plan, { date: checkDate(promise.date, 'The date'), with: [person.name], items: [{ kind, text: promiseText }] });
  }
  return addExchangeItem(text, plan, latest, kind, promiseText, person.name);
}
