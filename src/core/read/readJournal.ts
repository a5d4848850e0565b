import { isMap, type Pair } from 'yaml';
import { isScalar } from 'yaml';
import { JOURNAL_FIELDS, nameKey, type ExchangeItem, type JournalEntry } from '../model';
import { isBlank, kindOf, readText, readTextList, type ReadContext } from './nodeValues';
import { readExchange, resolvePending, type PendingItem } from './readExchange';
import { forEachKnownKey, readDate } from './readFields';

export type RawJournalEntry = Omit<JournalEntry, 'index'>;

/** Reads one item of `journal`; undefined (after reporting) when it is not a mapping. */
export function readJournalEntry(ctx: ReadContext, raw: unknown): RawJournalEntry | undefined {
  const node = ctx.resolve(raw);
  if (!isMap(node)) {
    const span = ctx.span(node);
    const what = isBlank(node) ? 'this "-" has nothing after it' : `not a ${kindOf(node)}`;
    ctx.report('wrong-type', 'error', `Each journal entry should be a mapping like "- date: 2026-12-03": ${what}.`, ctx.firstLine(span));
    return undefined;
  }
  const span = ctx.span(node);
  const entry: RawJournalEntry = { with: [], withSpans: [], withKeys: [], span, fields: {} };
  let dateReported = false;
  const exchange: ExchangeItem[] = [];
  const pending: PendingItem[] = [];
  forEachKnownKey(ctx, node, JOURNAL_FIELDS, 'a journal entry', (key, pair: Pair) => {
    const value = ctx.resolve(pair.value);
    entry.fields[key as keyof JournalEntry['fields']] = ctx.span(value, ctx.span(pair.key as never));
    switch (key) {
      case 'date':
        {
          const before = ctx.problems.length;
          entry.date = readDate(ctx, value, 'date');
          dateReported = ctx.problems.length > before;
        }
        break;
      case 'with':
        for (const item of readTextList(ctx, value, 'with')) {
          const name = item.text.trim();
          if (!name) continue;
          entry.with.push(name);
          entry.withSpans.push(item.span);
          entry.withKeys.push(nameKey(name));
        }
        break;
      case 'note':
        entry.note = readText(ctx, value, key);
        break;
      case 'gave':
      case 'got':
        // The plain text as today; lists and `name: text` are read into `exchange` only.
        if (value === null || isScalar(value)) entry[key] = readText(ctx, value, key);
        readExchange(ctx, key, value, exchange, pending);
        break;
      case 'promised':
      case 'theyPromised':
      case 'kept':
      case 'theyKept':
        readExchange(ctx, key, value, exchange, pending);
        break;
    }
  });
  if (pending.length > 0) resolvePending(ctx, pending, entry.with, entry.withKeys, exchange, nameKey);
  if (exchange.length > 0) entry.exchange = exchange;
  if (entry.date === undefined && !dateReported) {
    ctx.report('bad-date', 'error', 'This journal entry has no date: add "date: YYYY-MM-DD".', entry.fields.date ?? ctx.firstLine(span));
  }
  if (entry.with.length === 0) {
    ctx.report('missing-name', 'error', 'This journal entry names nobody: add "with: <name>" (or a list [A, B]).', entry.fields.with ?? ctx.firstLine(span));
  }
  return entry;
}

