/**
 * Writing who gave, got or promised what: the value of one exchange key (gave, got, promised, theyPromised, kept,
 * theyKept) from items that are for everyone in the contact or for some of its people, and adding one item to an
 * existing entry (Add Promise).
 */
import { applyChanges, withField } from './editApply';
import { afterColon, insertField, replaceValue } from './editFields';
import { parseItem, refuseEntry } from './editItem';
import { setListSplices } from './editSequence';
import type { ContactItem } from './editTypes';
import { invalid } from './editValues';
import { formatFlowList, formatScalar } from './yamlText';
import { contentEnd } from './textSplice';
import { EXCHANGE_KINDS, nameKey, type ExchangeKind, type JournalEntry, type Plan } from '../model';

/** An exchange key's value, written inline (the same text serves a block and a flow entry), and as plain data. */
export interface ExchangeValue {
  block: string;
  flow: string;
  data: unknown;
  /** The value is a list of texts for everyone (so a written list can be extended in its own style). */
  texts?: string[];
}

/** Items of one kind as `{text, for}` where `for` is undefined for everyone, names spelled as in `names`. */
function forWhom(item: Pick<ContactItem, 'text' | 'for'>, names: readonly string[]): string[] | undefined {
  if (item.for === undefined) return undefined;
  const keys = new Set(item.for.map(nameKey));
  const chosen = names.filter((n) => keys.has(nameKey(n)));
  if (chosen.length !== keys.size) {
    const missing = item.for.find((n) => !names.some((m) => nameKey(m) === nameKey(n)));
    invalid(`"${missing ?? ''}" is not in this contact (${names.join(', ')}): an item can only be for someone in it.`);
  }
  return chosen.length === names.length ? undefined : chosen;
}

/** The value for a list of items of one kind, in the contact with `names`. */
export function exchangeValue(items: readonly Pick<ContactItem, 'text' | 'for'>[], names: readonly string[]): ExchangeValue {
  const resolved = items.map((item) => ({ text: item.text, for: forWhom(item, names) }));
  if (resolved.every((item) => item.for === undefined)) {
    const texts = resolved.map((item) => item.text);
    if (texts.length === 1) return { block: formatScalar(texts[0], 'block'), flow: formatScalar(texts[0], 'flow'), data: texts[0], texts };
    const list = formatFlowList(texts);
    return { block: list, flow: list, data: texts, texts };
  }
  // Some items are for some people only: a mapping by name, where items for everyone go under every name.
  const data: Record<string, string | string[]> = {};
  const written: string[] = [];
  for (const name of names) {
    const texts = resolved.filter((item) => item.for === undefined || item.for.includes(name)).map((item) => item.text);
    if (texts.length === 0) continue;
    data[name] = texts.length === 1 ? texts[0] : texts;
    written.push(`${formatScalar(name, 'flow')}: ${texts.length === 1 ? formatScalar(texts[0], 'flow') : formatFlowList(texts)}`);
  }
  const map = `{${written.join(', ')}}`;
  return { block: map, flow: map, data };
}

/** The exchange fields of a new contact, in the format's order, for `names` (as they will be written in `with`). */
export function exchangeFields(items: readonly ContactItem[], names: readonly string[]): { key: ExchangeKind; value: ExchangeValue }[] {
  const fields: { key: ExchangeKind; value: ExchangeValue }[] = [];
  for (const kind of EXCHANGE_KINDS) {
    const ofKind = items.filter((item) => item.kind === kind);
    if (ofKind.length > 0) fields.push({ key: kind, value: exchangeValue(ofKind, names) });
  }
  return fields;
}

/** The items a written exchange value holds (as plain data), with the names each is for; undefined when it is not of the format's forms. */
function itemsOfData(data: unknown): { text: string; for?: string[] }[] | undefined {
  const texts = (value: unknown): string[] | undefined => {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [String(value)];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) return value.map(String);
    return value === null || value === undefined ? [] : undefined;
  };
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const out: { text: string; for?: string[] }[] = [];
    for (const [name, value] of Object.entries(data)) {
      const list = texts(value);
      if (list === undefined) return undefined;
      for (const text of list) out.push({ text, for: [name] });
    }
    return out;
  }
  return texts(data)?.map((text) => ({ text }));
}

/** The latest contact with the person `key` (by date, then file order), if any. */
export function latestEntryOf(plan: Plan, key: string): JournalEntry | undefined {
  let latest: JournalEntry | undefined;
  for (const entry of plan.journal) {
    if (entry.date === undefined || !entry.withKeys.includes(key)) continue;
    if (latest === undefined || entry.date >= latest.date!) latest = entry;
  }
  return latest;
}

/** The text with `item` added to the exchange key `kind` of `entry`, for the person `name` (in the entry's own style). */
export function addExchangeItem(text: string, plan: Plan, entry: JournalEntry, kind: ExchangeKind, itemText: string, name: string): string {
  const parsed = parseItem(text, entry.span);
  const index = parsed.pairs.findIndex((pair) => pair.key === kind);
  const pair = parsed.pairs[index];
  const current = pair ? itemsOfData(parsed.data[kind]) : [];
  if (current === undefined) return refuseEntry(`"${kind}" of this contact is not written as a text, a list or "name: text".`);
  const names = entry.with;
  const ownName = names.find((n) => nameKey(n) === nameKey(name)) ?? name;
  // Names in a written mapping keep their spelling when they are the entry's names.
  const respelled = current.map((item) => ({ text: item.text, for: item.for?.map((n) => names.find((m) => nameKey(m) === nameKey(n)) ?? n) }));
  const value = exchangeValue([...respelled, { text: itemText, for: names.length === 1 ? undefined : [ownName] }], names);
  const expected = withField(parsed.data, kind, value.data);
  if (!pair) {
    return applyChanges(text, [{ item: parsed, splices: [insertField(text, parsed, kind, parsed.flow ? value.flow : value.block, plan.eol)], expected }]);
  }
  if (value.texts && (pair.kind === 'flow-seq' || pair.kind === 'block-seq')) {
    return applyChanges(text, [{ item: parsed, splices: setListSplices(text, pair, value.texts, plan.eol), expected }]);
  }
  if (pair.kind === 'empty') {
    const at = afterColon(text, pair);
    return applyChanges(text, [{ item: parsed, splices: [{ start: at, end: at, insert: ` ${parsed.flow ? value.flow : value.block}` }], expected }]);
  }
  const written = text.slice(pair.valueStart, contentEnd(text, pair.valueStart, pair.valueEnd));
  // A value over several lines may hold comments, which rewriting it would lose.
  if (pair.kind !== 'scalar' && written.includes('#')) return refuseEntry(`"${kind}" of this contact holds comments, which rewriting it would lose.`);
  return applyChanges(text, [{ item: parsed, splices: [replaceValue(text, pair, parsed.flow ? value.flow : value.block)], expected }]);
}
