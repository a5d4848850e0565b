/**
 * Out of balance: the exchange with a person runs one way, toward me. Only taking is flagged; giving a lot never is.
 * Either each of the last `balanceStreak` contacts had something received and nothing given, or, over the whole
 * journal, received exceeds given by `balanceGap` items or more.
 */
import type { JournalEntry, Settings } from '../model';
import { byDate, isFor } from './ledger';

export interface Balance {
  /** Items given to the person and received from them (see `ledgerOf`). */
  given: number;
  received: number;
  /** The latest contacts in a row that received something and gave nothing. */
  takingStreak: number;
  outOfBalance: boolean;
  /** Why, as a sentence for the user ("you have received the last 3 times: bring something"); set when out of balance. */
  reason?: string;
}

/** The balance with the person `key`, from the entries naming them. */
export function balanceOf(entries: readonly JournalEntry[], key: string, settings: Pick<Settings, 'balanceStreak' | 'balanceGap'>): Balance {
  let given = 0;
  let received = 0;
  let takingStreak = 0;
  for (const entry of byDate(entries)) {
    let gaveHere = 0;
    let gotHere = 0;
    for (const item of entry.exchange ?? []) {
      if (!isFor(entry, item, key)) continue;
      if (item.kind === 'gave' || item.kind === 'kept') gaveHere++;
      else if (item.kind === 'got' || item.kind === 'theyKept') gotHere++;
    }
    given += gaveHere;
    received += gotHere;
    // Undated entries count in the totals but not in "the last contacts".
    if (entry.date !== undefined) takingStreak = gotHere > 0 && gaveHere === 0 ? takingStreak + 1 : 0;
  }
  const balance: Balance = { given, received, takingStreak, outOfBalance: false };
  if (takingStreak >= settings.balanceStreak) {
    balance.outOfBalance = true;
    balance.reason = `you have received the ${takingStreak === 1 ? 'last time' : `last ${takingStreak} times`}: bring something`;
  } else if (received - given >= settings.balanceGap) {
    balance.outOfBalance = true;
    balance.reason = `received ${received}, given ${given}: bring something`;
  }
  return balance;
}
