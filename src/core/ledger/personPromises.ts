/** Open promises between me and one person, both ways. */
import type { JournalEntry } from '../model';
import { matchPromises, openPromises } from '../read';

export interface OpenPromise {
  text: string;
  /** The date of the contact that made it. */
  date?: string;
  entry: JournalEntry;
}

export interface PersonPromises {
  /** What I promised them and have not kept yet, oldest first. */
  mine: OpenPromise[];
  /** What they promised me, not kept yet. */
  theirs: OpenPromise[];
}

/**
 * The open promises of the person `key`, from the entries naming them: every promise to or from a person, and every
 * `kept` that could keep it, is in an entry that names them, so matching those entries alone gives the same answer as
 * matching the whole journal.
 */
export function promisesOf(entries: readonly JournalEntry[], key: string): PersonPromises {
  const mine: OpenPromise[] = [];
  const theirs: OpenPromise[] = [];
  if (!entries.some((e) => e.exchange !== undefined)) return { mine, theirs };
  for (const record of openPromises(matchPromises(entries), key)) {
    (record.kind === 'promised' ? mine : theirs).push({ text: record.text, date: record.entry.date, entry: record.entry });
  }
  return { mine, theirs };
}
