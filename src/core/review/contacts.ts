/** A person's contacts as the review sees them: one per day, with what was given and received that day. */
import { isValidDate, type JournalEntry, type PersonStatus } from '../model';

export interface Contact {
  date: string;
  /** Items given to the person that day (their `gave` and `kept` items). */
  given: number;
  /** Items received from them that day (their `got` and `theyKept` items). */
  received: number;
}

function exchangeWith(entry: JournalEntry, key: string): { given: number; received: number } {
  let given = 0;
  let received = 0;
  if (entry.exchange === undefined) {
    // Plans made without the reader (plain `gave` / `got` texts only).
    if (entry.gave?.trim()) given++;
    if (entry.got?.trim()) received++;
    return { given, received };
  }
  for (const item of entry.exchange) {
    if (!(item.forKeys ?? entry.withKeys).includes(key)) continue;
    if (item.kind === 'gave' || item.kind === 'kept') given++;
    else if (item.kind === 'got' || item.kind === 'theyKept') received++;
  }
  return { given, received };
}

/** The person's contacts by date, entries of the same day taken together; entries without a valid date are left out. */
export function contactsOf(status: PersonStatus): Contact[] {
  const byDate = new Map<string, Contact>();
  for (const entry of status.entries) {
    const date = entry.date;
    if (date === undefined || !isValidDate(date)) continue;
    const { given, received } = exchangeWith(entry, status.person.key);
    const contact = byDate.get(date);
    if (contact) {
      contact.given += given;
      contact.received += received;
    } else byDate.set(date, { date, given, received });
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}
