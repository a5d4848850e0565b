/**
 * Journal statistics per person key. Two passes over the journal: the first resolves names and counts,
 * the second fills each key's entry list allocated at its exact size (about twice as fast as growing
 * ten thousand arrays one push at a time).
 *
 * Given and received are counted per item and per person it was for: `gave` and `kept` items are given,
 * `got` and `theyKept` received; an item written `name: text` in a group entry counts for that person only.
 */
import { ENTRIES_PER_STEP, type Steps } from './steps';
import type { ExchangeItem, ExchangeKind, JournalEntry } from './types';

export interface JournalTally {
  /** Per group: the entries naming it, in file order; an entry naming it twice counts once. */
  entries: JournalEntry[][];
  /** Per group: items given to (gave, kept) and received from (got, theyKept) the person. */
  gave: number[];
  got: number[];
  /** Per group: the latest date written, valid or not (callers validate it once per person). */
  latestDate: (string | undefined)[];
}

/** +1 for an item given, -1 for one received, 0 for a promise (which counts only once kept). */
const DIRECTION: Record<ExchangeKind, number> = { gave: 1, kept: 1, got: -1, theyKept: -1, promised: 0, theyPromised: 0 };

/** Adds the entry's items to the tallies of the groups it names (`targets[first …]`, one per name in `with`). */
function countItems(items: ExchangeItem[], keys: string[], targets: number[], first: number, gave: number[], got: number[]): void {
  for (const item of items) {
    const direction = DIRECTION[item.kind];
    if (direction === 0) continue;
    const into = direction > 0 ? gave : got;
    const forKeys = item.forKeys;
    for (let i = 0; i < keys.length; i++) {
      const group = targets[first + i];
      if (group >= 0 && (forKeys === undefined || forKeys.includes(keys[i]))) into[group]++;
    }
  }
}

/** `groupOfKey` maps person keys (trimmed, lower-cased names) to group numbers `0 … groupCount - 1`. */
export function* tallyJournal(journal: JournalEntry[], groupOfKey: Map<string, number>, groupCount: number): Steps<JournalTally> {
  const targets: number[] = [];
  const counts = new Array<number>(groupCount).fill(0);
  const gave = new Array<number>(groupCount).fill(0);
  const got = new Array<number>(groupCount).fill(0);
  const latestDate = new Array<string | undefined>(groupCount).fill(undefined);
  let step = 0;
  for (const entry of journal) {
    if (++step === ENTRIES_PER_STEP) {
      step = 0;
      yield;
    }
    const keys = entry.withKeys;
    const first = targets.length;
    const date = entry.date;
    for (let i = 0; i < keys.length; i++) {
      let group = groupOfKey.get(keys[i]) ?? -1;
      if (i > 0 && group >= 0 && targets.indexOf(group, first) >= 0) group = -1;
      targets.push(group);
      if (group < 0) continue;
      counts[group]++;
      const latest = latestDate[group];
      if (date !== undefined && (latest === undefined || date > latest)) latestDate[group] = date;
    }
    const items = entry.exchange;
    if (items !== undefined) countItems(items, keys, targets, first, gave, got);
  }
  const entries = counts.map((count) => new Array<JournalEntry>(count));
  const filled = new Array<number>(groupCount).fill(0);
  let target = 0;
  for (const entry of journal) {
    if (++step === ENTRIES_PER_STEP) {
      step = 0;
      yield;
    }
    for (let i = 0; i < entry.withKeys.length; i++) {
      const group = targets[target++];
      if (group >= 0) entries[group][filled[group]++] = entry;
    }
  }
  return { entries, gave, got, latestDate };
}
