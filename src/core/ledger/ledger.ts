/** What was given to and received from one person, item by item. */
import type { ExchangeItem, ExchangeKind, JournalEntry } from '../model';

export interface LedgerItem {
  kind: ExchangeKind;
  text: string;
  /** The entry's date (undefined when it has none that is valid). */
  date?: string;
  entry: JournalEntry;
}

export interface Ledger {
  /** `gave` and `kept` items for the person, by date (oldest first; undated last, in file order). */
  given: LedgerItem[];
  /** `got` and `theyKept` items from the person, in the same order. */
  received: LedgerItem[];
}

/** Whether `item` of `entry` concerns the person `key`: for everyone in `with`, or written under their name. */
export function isFor(entry: JournalEntry, item: ExchangeItem, key: string): boolean {
  return item.forKeys === undefined ? entry.withKeys.includes(key) : item.forKeys.includes(key);
}

/** The entries by date, oldest first; entries without a date come last; file order breaks ties. */
export function byDate(entries: readonly JournalEntry[]): JournalEntry[] {
  return [...entries].sort((a, b) => {
    if (a.date === b.date) return a.index - b.index;
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? -1 : 1;
  });
}

/** The ledger of the person `key` from the entries naming them (a `PersonStatus`'s `entries`). */
export function ledgerOf(entries: readonly JournalEntry[], key: string): Ledger {
  const given: LedgerItem[] = [];
  const received: LedgerItem[] = [];
  for (const entry of byDate(entries)) {
    for (const item of entry.exchange ?? []) {
      if (!isFor(entry, item, key)) continue;
      const into = item.kind === 'gave' || item.kind === 'kept' ? given : item.kind === 'got' || item.kind === 'theyKept' ? received : undefined;
      into?.push({ kind: item.kind, text: item.text, date: entry.date, entry });
    }
  }
  return { given, received };
}
