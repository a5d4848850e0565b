/**
 * Promises in the journal: what I promised (`promised`) and what they promised me (`theyPromised`), kept by a
 * later contact's `kept` / `theyKept` with the same text. Pure: the journal in, the promises and their keeping out.
 */
import { yamlScalar } from './nodeValues';
import { closest, type ExchangeItem, type JournalEntry, type Problem } from '../model';

export type PromiseKind = 'promised' | 'theyPromised';

export interface PromiseRecord {
  kind: PromiseKind;
  /** As written in the promise's entry. */
  text: string;
  /** The person it was made to (or by). */
  personKey: string;
  entry: JournalEntry;
  item: ExchangeItem;
  /** The contact that kept it, if any. */
  keptIn?: JournalEntry;
}

export interface PromiseMatch {
  /** Every promise, per person it concerns, by date of the entry that made it. */
  promises: PromiseRecord[];
  /** `kept` / `theyKept` items that kept no open promise of any of their people. */
  unmatched: { entry: JournalEntry; item: ExchangeItem; personKeys: string[]; open: PromiseRecord[] }[];
}

const KEPT_OF: Record<string, PromiseKind | undefined> = { kept: 'promised', theyKept: 'theyPromised' };

/** What promise texts are compared on: trimmed, NFC, lower-cased, inner spaces collapsed. */
export function promiseKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function peopleOf(entry: JournalEntry, item: ExchangeItem): string[] {
  return item.forKeys ?? entry.withKeys;
}

/** Entries that say something about promises, by date then file order (entries without a valid date are left out). */
function promiseEntries(journal: readonly JournalEntry[]): JournalEntry[] {
  const entries: JournalEntry[] = [];
  for (const entry of journal) {
    if (entry.exchange === undefined || entry.date === undefined) continue;
    if (entry.exchange.some((i) => i.kind === 'promised' || i.kind === 'theyPromised' || i.kind === 'kept' || i.kind === 'theyKept')) entries.push(entry);
  }
  return entries.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.index - b.index));
}

/** Walks the journal in date order: each kept item keeps the earliest open promise with its text, per person. */
export function matchPromises(journal: readonly JournalEntry[]): PromiseMatch {
  const promises: PromiseRecord[] = [];
  const unmatched: PromiseMatch['unmatched'] = [];
  for (const entry of promiseEntries(journal)) {
    for (const item of entry.exchange!) {
      if (item.kind === 'promised' || item.kind === 'theyPromised') {
        for (const personKey of peopleOf(entry, item)) promises.push({ kind: item.kind, text: item.text, personKey, entry, item });
        continue;
      }
      const kind = KEPT_OF[item.kind];
      if (kind === undefined) continue;
      const key = promiseKey(item.text);
      const personKeys = peopleOf(entry, item);
      let keptAny = false;
      for (const personKey of personKeys) {
        const open = promises.find((p) => p.keptIn === undefined && p.kind === kind && p.personKey === personKey && promiseKey(p.text) === key);
        if (open === undefined) continue;
        open.keptIn = entry;
        keptAny = true;
      }
      if (!keptAny) {
        const open = promises.filter((p) => p.keptIn === undefined && p.kind === kind && personKeys.includes(p.personKey));
        unmatched.push({ entry, item, personKeys, open });
      }
    }
  }
  return { promises, unmatched };
}

/** Promises not kept yet, of one person, oldest first. */
export function openPromises(match: PromiseMatch, personKey: string): PromiseRecord[] {
  return match.promises.filter((p) => p.keptIn === undefined && p.personKey === personKey);
}

/** `unknown-promise` warnings: a kept item that keeps nothing, with the closest open promise as a fix. */
export function checkPromises(journal: readonly JournalEntry[], problems: Problem[]): void {
  for (const { item, open } of matchPromises(journal).unmatched) {
    const texts = [...new Set(open.map((p) => p.text))];
    const guess = closest(item.text, texts);
    const whose = item.kind === 'kept' ? 'of yours' : 'of theirs';
    const listed = texts.length === 0 ? `There is no open promise ${whose} to these people before this date.` : `Open promises ${whose}: ${texts.map((t) => `"${t}"`).join(', ')}.`;
    problems.push({
      code: 'unknown-promise',
      severity: 'warning',
      message: `"${item.text}" keeps no open promise${guess ? `: did you mean "${guess}"?` : '.'} ${listed} Write the promise's text as it was recorded.`,
      span: item.span,
      ...(guess ? { fix: { title: `Change to "${guess}"`, span: item.span, replacement: yamlScalar(guess) } } : {}),
    });
  }
}
