import assert from 'node:assert/strict';
import { isSeq } from 'yaml';
import { ReadContext } from '../../../../src/core/read/nodeValues';
import { parseWithProblems } from '../../../../src/core/read/parse';
import { readJournalEntry } from '../../../../src/core/read/readJournal';
import { readPerson } from '../../../../src/core/read/readPerson';
import { finishJournalEntry, finishPerson } from '../../../../src/core/read/shift';
import type { Problem, Span } from '../../../../src/core';

/** Every item of a top-level sequence, read the way the reader reads it. */
function readItems<T>(text: string, read: (ctx: ReadContext, node: unknown) => T): T[] {
  const problems: Problem[] = [];
  const doc = parseWithProblems(text, 0, problems);
  const ctx = new ReadContext(doc, text, 0, problems);
  assert.ok(isSeq(doc.contents));
  return doc.contents.items.map((node) => read(ctx, node));
}

/** A deep copy with every span moved: what a shifted entry must equal. */
function moved<T>(value: T, shift: number): T {
  if (Array.isArray(value)) return (value as unknown[]).map((v) => moved(v, shift)) as T;
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  if (Object.keys(source).length === 2 && typeof source.start === 'number' && typeof source.end === 'number') {
    const span = source as unknown as Span;
    return { start: span.start + shift, end: span.end + shift } as T;
  }
  return Object.fromEntries(Object.entries(source).map(([k, v]) => [k, moved(v, shift)])) as T;
}

const PEOPLE = `- name: Dana Lee
  lists: [like, help, nope]
  stage: building
  role: Director
  how: |
    Lunch
  cadence: every 3 weeks
  next: 2026-12-03
  topics: [a, b]
  notes: Met at the offsite
- name: Empty Fields
  role:
  how:
  cadence: sometimes
  next: tomorrow
  notes:
- name: Bare
- {lists: [help], stage: later, topics: x}
`;

const JOURNAL = `- date: 2026-11-19
  with: Dana Lee
  note: Lunch
  gave: an article
  got: advice
- date:
  with: [A, B]
  note:
- with: []
- {date: 2026-02-30, with: X, got: }
`;

describe('finished entries (one step from what was read to what is published)', () => {
  it('carry every property a person was read with except ownCadence, also ones read as undefined', () => {
    const cadence = { count: 2, unit: 'week' as const };
    for (const raw of readItems(PEOPLE, readPerson)) {
      assert.ok(raw);
      const { ownCadence, ...rest } = raw;
      for (const shift of [0, 7, -3]) {
        assert.deepStrictEqual(finishPerson(raw, 4, ownCadence ?? cadence, shift), moved({ ...rest, index: 4, cadence: ownCadence ?? cadence }, shift));
      }
    }
  });

  it('carry every property a journal entry was read with', () => {
    for (const raw of readItems(JOURNAL, readJournalEntry)) {
      assert.ok(raw);
      for (const shift of [0, 11]) assert.deepStrictEqual(finishJournalEntry(raw, 2, shift), moved({ ...raw, index: 2 }, shift));
    }
  });

  it('leave what was read unchanged when shifting', () => {
    const [raw] = readItems(PEOPLE, readPerson);
    const before = structuredClone(raw);
    finishPerson(raw!, 0, { count: 1, unit: 'day' }, 5);
    assert.deepStrictEqual(raw, before);
  });
});
