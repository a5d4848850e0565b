/** The exchange with a person in a few words, for one-line surfaces (Show Due's detail, tooltips, hovers). */
import type { PersonStatus, Settings } from '../model';
import { balanceOf, type Balance } from './balance';
import { promisesOf, type PersonPromises } from './personPromises';

export interface ShortExchange {
  balance: Balance;
  promises: PersonPromises;
  /** "Out of balance: you have received the last 3 times: bring something" (only when out of balance). */
  balanceText?: string;
  /** `You promised: "send the article"; they promised: "an intro to Priya"` (only when a promise is open). */
  promisesText?: string;
}

const MAX_SHOWN = 2;

function quoted(texts: string[]): string {
  const shown = texts.slice(0, MAX_SHOWN).map((t) => `"${t}"`);
  const more = texts.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

export function shortExchange(status: PersonStatus, settings: Pick<Settings, 'balanceStreak' | 'balanceGap'>): ShortExchange {
  const key = status.person.key;
  const balance = balanceOf(status.entries, key, settings);
  const promises = promisesOf(status.entries, key);
  const parts: string[] = [];
  if (promises.mine.length > 0) parts.push(`you promised ${quoted(promises.mine.map((p) => p.text))}`);
  if (promises.theirs.length > 0) parts.push(`they promised ${quoted(promises.theirs.map((p) => p.text))}`);
  const promisesText = parts.length > 0 ? parts.join('; ').replace(/^./, (c) => c.toUpperCase()) : undefined;
  return { balance, promises, balanceText: balance.reason ? `Out of balance: ${balance.reason}` : undefined, promisesText };
}
