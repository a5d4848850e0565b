import { isMap, type Pair } from 'yaml';
import { isBlank, kindOf, readText, readTextList, type ReadContext } from './nodeValues';
import { forEachKnownKey, readDate } from './readFields';
import { JOURNAL_FIELDS, nameKey, type JournalEntry } from '../model';

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
      case 'gave':
      case 'got':
        entry[key] = readText(ctx, value, key);
        break;
    }
  });
  if (entry.date === undefined && !dateReported) {
    ctx.report('bad-date', 'error', 'This journal entry has no date: add "date: YYYY-MM-DD".', entry.fields.date ?? ctx.firstLine(span));
  }
  if (entry.with.length === 0) {
    ctx.report('missing-name', 'error', 'This journal entry names nobody: add "with: <name>" (or a list [A, B]).', entry.fields.with ?? ctx.firstLine(span));
  }
  return entry;
}

