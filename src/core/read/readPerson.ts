import { isMap, type Pair } from 'yaml';
import { checkCadence, LIST_NAMES, nameKey, PERSON_FIELDS, STAGES, type Cadence, type ListName, type Person, type Stage } from '../model';
import { isBlank, kindOf, readText, readTextList, type ReadContext } from './nodeValues';
import { choose, forEachKnownKey, readChoice, readDate } from './readFields';

/** A person as read from one entry, before the plan's defaults are applied. */
export interface RawPerson extends Omit<Person, 'cadence' | 'index'> {
  /** The entry's own cadence, when valid. */
  ownCadence?: Cadence;
}

const STAGE_GUESSES: Record<string, Stage> = {
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
  const person: RawPerson = { name: '', key: '', lists: [], stage: 'planned', topics: [], span, fields: {} };
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
  }
}
