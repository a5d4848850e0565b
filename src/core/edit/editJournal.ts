/** Edits of the journal: logging a contact, and following a person's new name. */
import { appendEntries } from './editAppend';
import type { EntryChange } from './editApply';
import { parseItem } from './editItem';
import type { NewField } from './editSection';
import { checkDate, checkName, invalid, optionalText } from './editValues';
import { contentEnd } from './textSplice';
import { formatFlowList, formatScalar } from './yamlText';
import { nameKey, type Plan } from '../model';

export interface Contact {
  date: string;
  with: string[];
  note?: string;
  gave?: string;
  got?: string;
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

/** The text with a journal entry appended: date, with, and note / gave / got when given. */
export function logContact(text: string, plan: Plan, contact: Contact): string {
  const date = checkDate(contact.date, 'The date');
  const names = contactNames(plan, contact.with);
  const withField: NewField =
    names.length === 1
      ? { key: 'with', block: formatScalar(names[0], 'block'), flow: formatScalar(names[0], 'flow') }
      : { key: 'with', block: formatFlowList(names), flow: formatFlowList(names) };
  const fields: NewField[] = [{ key: 'date', block: date, flow: date }, withField];
  const expected: Record<string, unknown> = { date, with: names.length === 1 ? names[0] : names };
  for (const key of ['note', 'gave', 'got'] as const) {
    const value = optionalText(contact[key], key);
    if (value === undefined) continue;
    fields.push({ key, block: formatScalar(value, 'block'), flow: formatScalar(value, 'flow') });
    expected[key] = value;
  }
  const last = plan.journal[plan.journal.length - 1];
  return appendEntries(text, plan, 'journal', [{ fields, expected }], last?.span);
}

function renamed(value: unknown, oldKey: string, newName: string): unknown {
  if (Array.isArray(value)) return value.map((v) => renamed(v, oldKey, newName));
  if (value === null || typeof value === 'object') return value;
  return nameKey(`${value as string | number | boolean}`) === oldKey ? newName : value;
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
    const splices = spans.map((span) => {
      const end = contentEnd(text, span.start, span.end);
      return { start: span.start, end, insert: formatScalar(newName, 'flow', text.slice(span.start, end)) };
    });
    changes.push({ item, splices, expected: { ...item.data, with: renamed(item.data.with, oldKey, newName) } });
  }
  return changes;
}
