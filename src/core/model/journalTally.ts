/**
 * Journal statistics per person key. Two passes over the journal: the first resolves names and counts,
 * the second fills each key's entry list allocated at its exact size (about twice as fast as growing
 * ten thousand arrays one push at a time).
 */
import { ENTRIES_PER_STEP, type Steps } from './steps';
import type { JournalEntry } from './types';

export interface JournalTally {
  /** Per group: the entries naming it, in file order; an entry naming it twice counts once. */
  entries: JournalEntry[][];
  gave: number[];
  got: number[];
  /** Per group: the latest date written, valid or not (callers validate it once per person). */
  latestDate: (string | undefined)[];
}

function hasText(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== '';
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
    const gives = hasText(entry.gave);
    const gets = hasText(entry.got);
    const date = entry.date;
    for (let i = 0; i < keys.length; i++) {
      let group = groupOfKey.get(keys[i]) ?? -1;
      if (i > 0 && group >= 0 && targets.indexOf(group, first) >= 0) group = -1;
      targets.push(group);
      if (group < 0) continue;
      counts[group]++;
      if (gives) gave[group]++;
      if (gets) got[group]++;
      const latest = latestDate[group];
      if (date !== undefined && (latest === undefined || date > latest)) latestDate[group] = date;
    }
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
