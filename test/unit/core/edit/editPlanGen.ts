/**
 * Random valid plans for the edit properties: people and journal entries in block and flow
 * style, odd field order, block scalars, and a uniquely numbered comment almost everywhere,
 * each recorded with the person it sits in (so a test can tell which comments an edit may drop).
 */
import fc from 'fast-check';
import { HOSTILE_TEXTS } from './editHelpers';
import { nameKey } from '../../../../src/core';

export const SIMPLE_NAMES = ['Dana Lee', 'Sam', 'Flo Park', 'Zoë Ng', 'Ana-Maria', 'Lee', 'Kim'];
export const NAME_POOL = [...SIMPLE_NAMES, ...HOSTILE_TEXTS.map((t) => t.trim()).filter((t) => t !== '')];

export interface GenPerson {
  name: string;
  flow: boolean;
  nameFirst: boolean;
  lists?: { items: string[]; block: boolean };
  stage?: string;
  how?: string;
  topics?: { items: string[]; block: boolean };
  notes?: { text: string; block: boolean };
  commentBefore: boolean;
  commentBetween: boolean;
  lineComments: boolean;
  /** `-` alone on its line, the fields under it. */
  dashAlone: boolean;
  /** `how:` with no value (when there is no how). */
  emptyHow: boolean;
}

export interface GenEntry {
  with: string[];
  flow: boolean;
  blockWith: boolean;
  note?: string;
  comment: boolean;
}

export interface GenPlan {
  people: GenPerson[];
  journal: GenEntry[];
  itemIndent: 0 | 2;
  /** `people: [ {...}, ... ]` over several lines. */
  peopleFlow: boolean;
  journalStyle: 'block' | 'empty' | 'missing';
  crlf: boolean;
  bom: boolean;
  finalBreak: boolean;
}

/** A rendered plan: the text, and for each comment `# cN` the key of the person it sits in ('' for none). */
export interface RenderedPlan {
  text: string;
  owners: Map<string, string>;
}

const text = fc.oneof(fc.constantFrom(...NAME_POOL), fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ''));
const list = (items: fc.Arbitrary<string>) => fc.record({ items: fc.uniqueArray(items, { minLength: 1, maxLength: 3 }), block: fc.boolean() });

const person = (name: string): fc.Arbitrary<GenPerson> =>
  fc.record({
    name: fc.constant(name),
    flow: fc.integer({ min: 0, max: 9 }).map((n) => n < 3),
    nameFirst: fc.boolean(),
    lists: fc.option(list(fc.constantFrom('like', 'help')), { nil: undefined }),
    stage: fc.option(fc.constantFrom('planned', 'building', 'established', 'paused'), { nil: undefined }),
    how: fc.option(text, { nil: undefined }),
    topics: fc.option(list(text), { nil: undefined }),
    notes: fc.option(fc.record({ text: fc.constantFrom('one line', 'two\nlines', 'Met at: the offsite #1'), block: fc.boolean() }), { nil: undefined }),
    commentBefore: fc.boolean(),
    commentBetween: fc.boolean(),
    lineComments: fc.boolean(),
    dashAlone: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
    emptyHow: fc.boolean(),
  });

export const genPlan: fc.Arbitrary<GenPlan> = fc.uniqueArray(fc.constantFrom(...NAME_POOL), { maxLength: 5, selector: nameKey }).chain((names) =>
  fc.record({
    people: fc.tuple(...names.map(person)).map((people) => people),
    journal: fc.array(
      fc.record({
        with: fc.uniqueArray(fc.constantFrom(...(names.length > 0 ? names : ['Nobody'])), { minLength: 1, maxLength: 2 }),
        flow: fc.boolean(),
        blockWith: fc.boolean(),
        note: fc.option(text, { nil: undefined }),
        comment: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
    itemIndent: fc.constantFrom(0 as const, 2 as const),
    peopleFlow: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
    journalStyle: fc.constantFrom('block' as const, 'empty' as const, 'missing' as const),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    finalBreak: fc.boolean(),
  }),
);

/** Plain when obviously safe, else JSON (which YAML reads as a double-quoted scalar). */
function scalar(value: string): string {
  return /^[A-Za-z][A-Za-z .-]*[A-Za-z]$/.test(value) && !/^(no|yes|on|off|null|true|false|y|n)$/i.test(value) ? value : JSON.stringify(value);
}

export function renderPlan(plan: GenPlan): RenderedPlan {
  const owners = new Map<string, string>();
  let next = 0;
  const comment = (owner: number): string => {
    const tag = `# c${next++}`;
    owners.set(tag, owner < 0 ? '' : nameKey(plan.people[owner].name));
    return tag;
  };
  const lines: string[] = [comment(-1), 'version: 1', 'settings:', '  maxNewRelationships: 99'];
  const dash = ' '.repeat(plan.itemIndent);
  const key = `${dash}  `;
  const flowList = (items: string[]) => `[${items.map((i) => JSON.stringify(i)).join(', ')}]`;
  const flowPerson = (p: GenPerson): string => {
    const parts = [`name: ${JSON.stringify(p.name)}`];
    if (p.lists) parts.push(`lists: ${flowList(p.lists.items)}`);
    if (p.stage) parts.push(`stage: ${p.stage}`);
    if (p.how) parts.push(`how: ${JSON.stringify(p.how)}`);
    return `{${parts.join(', ')}}`;
  };
  if (plan.peopleFlow && plan.people.length > 0) {
    lines.push('people: [');
    plan.people.forEach((p, index) => lines.push(`  ${flowPerson(p)},${p.lineComments ? `  ${comment(index)}` : ''}`));
    lines.push(']');
  } else lines.push(plan.people.length > 0 ? 'people:' : 'people: []');
  (plan.peopleFlow ? [] : plan.people).forEach((p, index) => {
    const tail = (): string => (p.lineComments ? `  ${comment(index)}` : '');
    if (p.commentBefore) lines.push(`${dash}${comment(-1)}`);
    if (p.flow) {
      lines.push(`${dash}- ${flowPerson(p)}${tail()}`);
      return;
    }
    const fields: string[][] = [];
    const nameField = [`name: ${scalar(p.name)}${tail()}`];
    if (p.lists) fields.push(p.lists.block ? ['lists:', ...p.lists.items.map((i) => `  - ${i}${tail()}`)] : [`lists: [${p.lists.items.join(', ')}]${tail()}`]);
    if (p.stage) fields.push([`stage: ${p.stage}${tail()}`]);
    if (p.how || p.emptyHow) fields.push([`how:${p.how ? ` ${scalar(p.how)}` : ''}${tail()}`]);
    if (p.topics) fields.push(p.topics.block ? ['topics:', ...p.topics.items.map((i) => `  - ${scalar(i)}${tail()}`)] : [`topics: ${flowList(p.topics.items)}${tail()}`]);
    if (p.notes) fields.push(p.notes.block ? ['notes: |', ...p.notes.text.split('\n').map((l) => `  ${l}`)] : [`notes: ${JSON.stringify(p.notes.text)}`]);
    const ordered = p.nameFirst || fields.length === 0 ? [nameField, ...fields] : [fields[0], nameField, ...fields.slice(1)];
    if (p.commentBetween) ordered.splice(1, 0, [comment(index)]);
    if (p.dashAlone) lines.push(`${dash}-`);
    ordered.flat().forEach((line, i) => lines.push(i === 0 && !p.dashAlone ? `${dash}- ${line}` : `${key}${line}`));
  });
  lines.push(comment(-1));
  if (plan.journalStyle === 'empty') lines.push('journal: []');
  if (plan.journalStyle === 'block' && plan.journal.length > 0) {
    lines.push('journal:');
    plan.journal.forEach((e, i) => {
      const withText = e.with.length === 1 ? scalar(e.with[0]) : `[${e.with.map((n) => JSON.stringify(n)).join(', ')}]`;
      const tail = e.comment ? `  ${comment(-1)}` : '';
      if (e.flow) {
        lines.push(`${dash}- {date: 2026-11-${10 + i}, with: ${e.with.length === 1 ? JSON.stringify(e.with[0]) : withText}}${tail}`);
        return;
      }
      lines.push(`${dash}- date: 2026-11-${10 + i}${tail}`);
      if (e.blockWith) lines.push(`${key}with:`, ...e.with.map((n) => `${key}  - ${scalar(n)}`));
      else lines.push(`${key}with: ${withText}`);
      if (e.note) lines.push(`${key}note: ${scalar(e.note)}`);
    });
  }
  lines.push(comment(-1));
  const eol = plan.crlf ? '\r\n' : '\n';
  return { text: (plan.bom ? '\ufeff' : '') + lines.join(eol) + (plan.finalBreak ? eol : ''), owners };
}
