/** The exchange with one person at a glance, for the tree, its tooltip, the hover and Show Due. */
import type { PersonStatus, Settings } from '../model';
import { balanceOf, type Balance } from './balance';
import { promisesOf, type PersonPromises } from './personPromises';

export interface ExchangeGlance {
  balance: Balance;
  promises: PersonPromises;
}

/** Balance and open promises of a person, from the entries of their status (`PlanView` collects them). */
export function exchangeGlance(status: Pick<PersonStatus, 'person' | 'entries'>, settings: Pick<Settings, 'balanceStreak' | 'balanceGap'>): ExchangeGlance {
  return { balance: balanceOf(status.entries, status.person.key, settings), promises: promisesOf(status.entries, status.person.key) };
}
