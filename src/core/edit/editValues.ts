/** Checking and tidying the values an edit writes, before any text is touched. */
import { checkCadence, isValidDate, LIST_NAMES, nameKey, STAGES, type ListName, type Person, type Plan } from '../model';
import { EditError, type EditableField } from './editTypes';

export function invalid(message: string): never {
  throw new EditError('invalid-value', message);
}

/** The person called `name` (trimmed, case-insensitive); the first one if the plan has duplicates. */
export function findPerson(plan: Plan, name: unknown): Person {
  const key = typeof name === 'string' ? nameKey(name) : '';
  const person = key ? plan.people.find((p) => p.key === key) : undefined;
  // A name that is not text (from a caller of the API) is shown as `String` shows it.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  if (!person) throw new EditError('unknown-person', `There is nobody called "${String(name ?? '').trim()}" in the plan's people.`);
  return person;
}

/** A name to write: trimmed, not empty, on one line. */
export function checkName(name: unknown): string {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (!trimmed) invalid('A name cannot be empty.');
  return trimmed;
}

export function checkList(list: unknown): ListName {
  const normalized = typeof list === 'string' ? list.trim().toLowerCase() : '';
  const found = LIST_NAMES.find((l) => l === normalized);
  if (!found) invalid(`"${String(list)}" is not a list: use ${LIST_NAMES.join(' or ')}.`);
  return found;
}

export function checkDate(date: unknown, what: string): string {
  const trimmed = typeof date === 'string' ? date.trim() : '';
  if (!isValidDate(trimmed)) invalid(`${what} "${String(date)}" is not a date: write a real day as YYYY-MM-DD, e.g. 2026-12-03.`);
  return trimmed;
}

/** Trimmed optional text; undefined when missing or blank. */
export function optionalText(value: unknown, what: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') invalid(`${what} should be text.`);
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Trimmed, non-empty, without repeats. */
export function textList(value: unknown, what: string): string[] {
  const items = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(items) || items.some((item) => typeof item !== 'string')) invalid(`${what} should be a list of texts.`);
  const out: string[] = [];
  for (const item of items as string[]) {
    const trimmed = item.trim();
    if (trimmed && !out.includes(trimmed)) out.push(trimmed);
  }
  return out;
}

/**
 * The value `setField` writes (undefined removes the field): stage, cadence and next are
 * checked; texts are trimmed; an empty text or list means "remove".
 */
export function checkFieldValue(field: EditableField, value: unknown): string | string[] | undefined {
  if (field === 'topics') {
    if (value === undefined || value === null) return undefined;
    const list = textList(value, 'topics');
    return list.length === 0 ? undefined : list;
  }
  if (Array.isArray(value)) invalid(`${field} takes one text, not a list.`);
  const text = optionalText(value, field);
  if (text === undefined) return undefined;
  switch (field) {
    case 'stage': {
      const stage = STAGES.find((s) => s === text.toLowerCase());
      if (!stage) invalid(`Stage "${text}" is not one of ${STAGES.join(', ')}.`);
      return stage;
    }
    case 'cadence': {
      const checked = checkCadence(text);
      if (!checked.ok) invalid(checked.message);
      return text;
    }
    case 'next':
      return checkDate(text, 'next');
    default:
      return text;
  }
}

export function checkLists(lists: unknown): ListName[] {
  if (lists === undefined || lists === null) return [];
  if (!Array.isArray(lists)) invalid('lists should be a list such as [like, help].');
  const out: ListName[] = [];
  for (const list of lists) {
    const checked = checkList(list);
    if (!out.includes(checked)) out.push(checked);
  }
  return out;
}
