/** The brief of one person before a contact: everything the brief panel and `networking-plan brief` show. */
import { daysBetween, describeDue, formatCadence, isValidDate, type ExchangeKind, type JournalEntry, type ListName, type Plan, type PlanView, type Stage } from '../model';
import { balanceOf, type Balance } from './balance';
import { byDate, isFor, ledgerOf, type LedgerItem } from './ledger';
import { nextContactOf, type NextContact } from './nextContact';
import { promisesOf, type OpenPromise } from './personPromises';
import { stageSince } from './stageSince';

export interface BriefItem {
  text: string;
  date?: string;
  /** The journal entry it was written in (index into `plan.journal`). */
  entry: number;
}

export interface BriefEntry {
  /** Index into `plan.journal`; `offset` is where the entry starts in the plan's text. */
  index: number;
  offset: number;
  date?: string;
  /** The others in this contact (everyone in `with` but the person). */
  others: string[];
  note?: string;
  /** What this contact said about the exchange with this person, by kind. */
  items: { kind: ExchangeKind; text: string }[];
}

export interface Brief {
  name: string;
  role?: string;
  lists: ListName[];
  stage: Stage;
  /** When the current stage began (from `history`). */
  stageSince?: string;
  how?: string;
  /** The cadence in force, as written ("every 2 weeks"), and whether it is the person's own (else from settings). */
  cadence: string;
  cadenceIsOwn: boolean;
  lastContact?: string;
  /** Calendar days from the last contact to today. */
  daysSinceLastContact?: number;
  next: NextContact;
  /** "3 days overdue", "due today", "in 5 days", or the stage. */
  due: string;
  topics: string[];
  notes?: string;
  promises: { mine: BriefItem[]; theirs: BriefItem[] };
  balance: Balance;
  given: BriefItem[];
  received: BriefItem[];
  /** Every contact with the person, newest first. */
  journal: BriefEntry[];
}

function item(from: LedgerItem | OpenPromise): BriefItem {
  return { text: from.text, date: from.date, entry: from.entry.index };
}

function journalEntry(entry: JournalEntry, key: string): BriefEntry {
  const others = entry.with.filter((_, i) => entry.withKeys[i] !== key);
  const items = (entry.exchange ?? []).filter((i) => isFor(entry, i, key)).map((i) => ({ kind: i.kind, text: i.text }));
  return { index: entry.index, offset: entry.span.start, date: entry.date, others, note: entry.note, items };
}

/** Newest first; entries without a date last. */
function newestFirst(entries: readonly JournalEntry[]): JournalEntry[] {
  const dated = byDate(entries);
  const undated = dated.findIndex((e) => e.date === undefined);
  const cut = undated < 0 ? dated.length : undated;
  return [...dated.slice(0, cut).reverse(), ...dated.slice(cut)];
}

/** The brief of the person `personKey` (a `nameKey`), or undefined when nobody in `view` has it. */
export function briefOf(plan: Plan, view: PlanView, personKey: string, today: string): Brief | undefined {
  const status = view.byKey.get(personKey);
  if (status === undefined) return undefined;
  const { person, entries } = status;
  const ledger = ledgerOf(entries, person.key);
  const promises = promisesOf(entries, person.key);
  return {
    name: person.name,
    role: person.role,
    lists: person.lists,
    stage: person.stage,
    stageSince: stageSince(person),
    how: person.how,
    cadence: person.cadenceText ?? formatCadence(person.cadence),
    cadenceIsOwn: person.cadenceText !== undefined,
    lastContact: status.lastContact,
    daysSinceLastContact: status.lastContact !== undefined && isValidDate(today) ? daysBetween(status.lastContact, today) : undefined,
    next: nextContactOf(status),
    due: describeDue(status),
    topics: person.topics,
    notes: person.notes,
    promises: { mine: promises.mine.map(item), theirs: promises.theirs.map(item) },
    balance: balanceOf(entries, person.key, plan.settings),
    given: ledger.given.map(item),
    received: ledger.received.map(item),
    journal: newestFirst(entries).map((e) => journalEntry(e, person.key)),
  };
}
