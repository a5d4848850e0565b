import { isMap, isScalar, type Pair } from 'yaml';
import { checkCadence, isValidDate, LIST_NAMES, nameKey, PERSON_FIELDS, STAGES, type Cadence, type ListName, type Person, type Stage, type StageChange } from '../model';
import { isBlank, kindOf, readText, readTextList, type ReadContext } from './nodeValues';
import { choose, forEachKnownKey, readChoice, readDate } from './readFields';

/** A person as read from one entry, before the plan's defaults are applied. */
export interface RawPerson extends Omit<Person, 'cadence' | 'index'> {
  /** The entry's own cadence, when valid. */
  ownCadence?: Cadence;
}

export const STAGE_GUESSES: Record<string, Stage> = {
  'call anytime': 'established',
  established: 'established',
  built: 'established',
  new: 'building',
  active: 'building',
  later: 'planned',
  'on hold': 'paused',
};

const LIST_GUESSES: Record<string, ListName> = {
  'know and like': 'like',
  'know & like': 'like',
  liked: 'like',
  likes: 'like',
  'can help': 'help',
  helps: 'help',
  career: 'help',
};

/** Reads one item of `people`; undefined (after reporting) when it is not a mapping. */
export function readPerson(ctx: ReadContext, raw: unknown): RawPerson | undefined {
  const node = ctx.resolve(raw);
  if (!isMap(node)) {
    const span = ctx.span(node);
    const what = isBlank(node) ? 'this "-" has nothing after it' : `not a ${kindOf(node)}`;
    ctx.report('wrong-type', 'error', `Each person should be a mapping like "- name: Dana Lee": ${what}.`, ctx.firstLine(span));
    return undefined;
  }
  const span = ctx.span(node);
  const person: RawPerson = { name: '', key: '', lists: [], stage: 'planned', topics: [], emails: [], span, fields: {} };
  forEachKnownKey(ctx, node, PERSON_FIELDS, 'a person', (key, pair: Pair) => {
    const value = ctx.resolve(pair.value);
    person.fields[key as keyof Person['fields']] = ctx.span(value, ctx.span(pair.key as never));
    readField(ctx, person, key, pair.value);
  });
  if (!person.name) {
    const where = person.fields.name ?? ctx.firstLine(span);
    ctx.report('missing-name', 'error', 'This person has no name: add "name: <their name>" (names must be unique).', where);
  }
  return person;
}

function readField(ctx: ReadContext, person: RawPerson, key: string, value: unknown): void {
  switch (key) {
    case 'name': {
      const name = readText(ctx, value, 'name')?.trim() ?? '';
      person.name = name;
      person.key = nameKey(name);
      return;
    }
    case 'lists': {
      for (const item of readTextList(ctx, value, 'lists')) {
        const list = choose(ctx, item.text, item.span, LIST_NAMES, 'unknown-list', 'List', LIST_GUESSES);
        if (list && !person.lists.includes(list)) person.lists.push(list);
      }
      return;
    }
    case 'stage':
      person.stage = readChoice(ctx, value, STAGES, 'bad-stage', 'Stage', STAGE_GUESSES) ?? 'planned';
      return;
    case 'cadence': {
      const text = readText(ctx, value, 'cadence');
      if (text === undefined) return;
      const checked = checkCadence(text);
      if (checked.ok) {
        person.ownCadence = checked.cadence;
        person.cadenceText = text.trim();
      } else {
        ctx.report('bad-cadence', 'error', `${checked.message} The plan's default cadence is used meanwhile.`, ctx.span(ctx.resolve(value)));
      }
      return;
    }
    case 'next':
      person.next = readDate(ctx, value, 'next');
      return;
    case 'topics':
      person.topics = readTextList(ctx, value, 'topics').map((t) => t.text);
      return;
    case 'role':
    case 'how':
    case 'notes':
      person[key] = readText(ctx, value, key);
      return;
    case 'email':
      person.emails = readEmails(ctx, value);
      return;
    case 'history': {
      const history = readHistory(ctx, value);
      if (history.length > 0) person.history = history;
      return;
    }
    case 'archived': {
      const archived = readArchived(ctx, value);
      if (archived !== undefined) person.archived = archived;
      return;
    }
  }
}

/** One `@`, something on both sides, no spaces: enough to tell a typo from an address without rejecting real ones. */
const EMAIL = /^[^\s@]+@[^\s@]+$/;

function readEmails(ctx: ReadContext, value: unknown): string[] {
  const emails: string[] = [];
  for (const item of readTextList(ctx, value, 'email')) {
    const email = item.text.trim();
    if (email === '') continue;
    if (EMAIL.test(email)) emails.push(email);
    else ctx.report('bad-email', 'warning', `"${email}" does not look like an email address (name@example.com); it is not used to match calendar attendees.`, item.span);
  }
  return emails;
}

/** `YYYY-MM-DD stage`, as Set Stage writes it. */
const HISTORY_ITEM = /^(\S+)\s+(.+)$/;

function readHistory(ctx: ReadContext, value: unknown): StageChange[] {
  const history: StageChange[] = [];
  for (const item of readTextList(ctx, value, 'history')) {
    const match = HISTORY_ITEM.exec(item.text.trim());
    if (!match) {
      ctx.report('wrong-type', 'error', `Each history item should be a date and a stage, like "2026-10-12 building", not "${item.text}".`, item.span);
      continue;
    }
    const [, date, stageText] = match;
    if (!isValidDate(date)) {
      ctx.report('bad-date', 'error', `The history item "${item.text.trim()}" should start with a date written YYYY-MM-DD, like "2026-10-12 building".`, item.span);
      continue;
    }
    const stage = choose(ctx, stageText.trim(), stageSpan(ctx, item, stageText), STAGES, 'bad-stage', 'Stage', STAGE_GUESSES);
    if (stage) history.push({ date, stage, span: item.span });
  }
  // By date; items of one day keep their written order.
  return history.map((change, i) => ({ change, i })).sort((a, b) => (a.change.date < b.change.date ? -1 : a.change.date > b.change.date ? 1 : a.i - b.i)).map((x) => x.change);
}

/** Where the stage is written inside a history item: exact for a plain item (so a quick fix replaces only the stage). */
function stageSpan(ctx: ReadContext, item: { text: string; span: { start: number; end: number } }, stageText: string): { start: number; end: number } {
  const source = ctx.text.slice(item.span.start - ctx.base, item.span.end - ctx.base);
  const trimmed = stageText.trim();
  if (source !== item.text) return item.span;
  const at = source.lastIndexOf(trimmed);
  return at < 0 ? item.span : { start: item.span.start + at, end: item.span.start + at + trimmed.length };
}

/** A date, or `true`; `false` or nothing is not archived. */
function readArchived(ctx: ReadContext, raw: unknown): string | true | undefined {
  const node = ctx.resolve(raw);
  if (isScalar(node) && typeof node.value === 'boolean') return node.value ? true : undefined;
  if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '' && !/^\d/.test(node.value.trim())) {
    ctx.report('bad-date', 'error', `archived should be the date the person was archived, like 2026-11-30, or true; not "${node.value}".`, ctx.span(node));
    return undefined;
  }
  return readDate(ctx, raw, 'archived');
}
