/** Edits of the journal: logging a contact, and following a person's new name. */
import { appendEntries } from './editAppend';
import type { EntryChange } from './editApply';
import { parseItem } from './editItem';
import type { NewField } from './editSection';
import { checkDate, checkName, invalid, optionalText } from './editValues';
import { exchangeFields } from './editExchange';
import type { ContactItem } from './editTypes';
import { contentEnd } from './textSplice';
import { formatFlowList, formatScalar } from './yamlText';
import { EXCHANGE_KINDS, nameKey, type Plan } from '../model';

export interface Contact {
  date: string;
  with: string[];
  note?: string;
  /** What I gave and got, for everyone in the contact (as a plain text, as always). */
  gave?: string;
  got?: string;
  /** Items of any exchange kind, for everyone or for some of the people (`for`). */
  items?: ContactItem[];
}

/** The contact's items, checked: `gave` / `got` texts first, for everyone, then `items` (blank texts left out). */
function contactItems(contact: Contact): ContactItem[] {
  const items: ContactItem[] = [];
  for (const kind of ['gave', 'got'] as const) {
    const text = optionalText(contact[kind], kind);
    if (text !== undefined) items.push({ kind, text });
  }
  if (contact.items === undefined || contact.items === null) return items;
  if (!Array.isArray(contact.items)) invalid('items should be a list of { kind, text, for? }.');
  for (const raw of contact.items as unknown[]) {
    const item = (raw ?? {}) as Partial<ContactItem>;
    if (!EXCHANGE_KINDS.includes(item.kind as never)) invalid(`"${String(item.kind)}" is not one of ${EXCHANGE_KINDS.join(', ')}.`);
    const text = optionalText(item.text, item.kind!);
    if (text === undefined) continue;
    if (item.for !== undefined && (!Array.isArray(item.for) || item.for.some((n) => typeof n !== 'string'))) invalid('for should be a list of names.');
    items.push({ kind: item.kind!, text, for: item.for });
  }
  return items;
}

/** The names to write: trimmed, each once, as the plan spells the person when they are in it. */
function contactNames(plan: Plan, names: unknown): string[] {
  if (!Array.isArray(names)) invalid('Say who the contact was with: a list of one or more names.');
  const out: string[] = [];
  for (const raw of names) {
    const name = checkName(raw);
    const key = nameKey(name);
    if (out.some((n) => nameKey(n) === key)) continue;
    out.push(plan.people.find((p) => p.key === key)?.name ?? name);
  }
  if (out.length === 0) invalid('Say who the contact was with: a list of one or more names.');
  return out;
}

/** The text with a journal entry appended: date, with, and note and the exchange's items when given. */
export function logContact(text: string, plan: Plan, contact: Contact): string {
  const date = checkDate(contact.date, 'The date');
  const names = contactNames(plan, contact.with);
  const withField: NewField =
    names.length === 1
      ? { key: 'with', block: formatScalar(names[0], 'block'), flow: formatScalar(names[0], 'flow') }
      : { key: 'with', block: formatFlowList(names), flow: formatFlowList(names) };
  const fields: NewField[] = [{ key: 'date', block: date, flow: date }, withField];
  const expected: Record<string, unknown> = { date, with: names.length === 1 ? names[0] : names };
  const note = optionalText(contact.note, 'note');
  if (note !== undefined) {
    fields.push({ key: 'note', block: formatScalar(note, 'block'), flow: formatScalar(note, 'flow') });
    expected.note = note;
  }
  for (const { key, value } of exchangeFields(contactItems(contact), names)) {
    fields.push({ key, block: value.block, flow: value.flow });
    expected[key] = value.data;
  }
  const last = plan.journal[plan.journal.length - 1];
  return appendEntries(text, plan, 'journal', [{ fields, expected }], last?.span);
}

function renamed(value: unknown, oldKey: string, newName: string): unknown {
  if (Array.isArray(value)) return value.map((v) => renamed(v, oldKey, newName));
  if (value === null || typeof value === 'object') return value;
  return nameKey(`${value as string | number | boolean}`) === oldKey ? newName : value;
}

/** A `name: text` mapping with the name `oldKey` written `newName`; anything else as it was. */
function renamedKeys(value: unknown, oldKey: string, newName: string): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [nameKey(k) === oldKey ? newName : k, v]));
}

/**
 * The changes that make every journal entry naming `oldKey` name `newName` instead. Names that
 * are aliases of a node outside their entry are left alone: the alias follows its anchor.
 */
export function journalRenameChanges(text: string, plan: Plan, oldKey: string, newName: string): EntryChange[] {
  const changes: EntryChange[] = [];
  for (const entry of plan.journal) {
    if (!entry.withKeys.includes(oldKey)) continue;
    const spans = entry.withSpans.filter(
      (span, i) => entry.withKeys[i] === oldKey && span.start >= entry.span.start && span.end <= entry.span.end,
    );
    if (spans.length === 0) continue;
    const item = parseItem(text, entry.span);
    // The names in `gave: {name: text}` and the like follow too, or their items would count for nobody.
    const keySpans = item.pairs
      .filter((pair) => EXCHANGE_KINDS.includes(pair.key as never))
      .flatMap((pair) => (pair.mapKeys ?? []).filter((k) => k.text !== undefined && nameKey(k.text) === oldKey));
    const splices = [...spans, ...keySpans].map((span) => {
      const end = contentEnd(text, span.start, span.end);
      return { start: span.start, end, insert: formatScalar(newName, 'flow', text.slice(span.start, end)) };
    });
    const expected: Record<string, unknown> = { ...item.data, with: renamed(item.data.with, oldKey, newName) };
    for (const kind of EXCHANGE_KINDS) expected[kind] = renamedKeys(expected[kind], oldKey, newName);
    for (const kind of EXCHANGE_KINDS) if (expected[kind] === undefined) delete expected[kind];
    changes.push({ item, splices, expected });
  }
  return changes;
}
