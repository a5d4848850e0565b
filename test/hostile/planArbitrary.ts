/** fast-check generators of valid plans in the many ways people write them: quoting, flow or block, comments, CRLF, BOM, indentation. */
import { LIST_NAMES, type ListName, nameKey, type Stage, STAGES } from '../../src/core';
import fc from 'fast-check';

export interface PersonModel {
  name: string;
  lists: ListName[];
  stage?: Stage;
  how?: string;
  cadence?: string;
  next?: string;
  topics?: string[];
  notes?: string;
  /** Comment at the end of the name line, and comment lines before the entry. */
  comment?: string;
  above?: string;
  flow: boolean;
  blockLists: boolean;
  /** Writing choices: the name as the last key, notes as a `|` block, single quotes, a blank line after. */
  nameLast?: boolean;
  blockNotes?: boolean;
  singleQuotes?: boolean;
  blankAfter?: boolean;
}

export interface EntryModel {
  date: string;
  with: string[];
  note?: string;
}

export interface PlanModel {
  people: PersonModel[];
  journal: EntryModel[];
  eol: '\n' | '\r\n';
  bom: boolean;
  indent: 0 | 2 | 4;
  header?: string;
  /** `people: [ ... ]` over several lines instead of a block sequence. */
  flowSection?: boolean;
  sectionComment?: string;
}

/** Characters that make quoting, calendar and Markdown escaping matter, and ordinary letters. */
const NAME_CHARS = ['a', 'e', 'D', 'L', ' ', ' ', '"', "'", ':', '#', ',', ';', '[', '{', '-', '&', '*', '!', '%', '@', '`', '\\', 'é', 'ß', '🎉', '👩‍💻', 'ד', 'م', '\u202e', '\t'];
export const arbitraryText = fc.array(fc.constantFrom(...NAME_CHARS), { minLength: 1, maxLength: 12 }).map((c) => c.join(''));
const arbitraryName = fc.oneof(
  fc.constantFrom('Dana Lee', 'Sam Okafor', 'Kai', "O'Brien", 'No', 'null', 'true', '2024', 'Zoë', 'Key: Value', 'Hash # tag'),
  arbitraryText.filter((t) => t.trim() !== ''),
);
export const arbitraryDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
export const arbitraryCadence = fc.constantFrom('every 2 weeks', 'every week', 'monthly', 'quarterly', 'every 10 days', '3m', 'every 6 weeks');
const arbitraryComment = fc.constantFrom('# note', '#', '# "quoted": yes', '# ünïcode 🎉', '# - not an item');

const arbitraryPerson: fc.Arbitrary<PersonModel> = fc.record(
  {
    name: arbitraryName,
    lists: fc.subarray([...LIST_NAMES]),
    stage: fc.constantFrom(...STAGES),
    how: arbitraryText,
    cadence: arbitraryCadence,
    next: arbitraryDate,
    topics: fc.array(arbitraryText, { maxLength: 3 }),
    notes: arbitraryText,
    comment: arbitraryComment,
    above: arbitraryComment,
    flow: fc.boolean(),
    blockLists: fc.boolean(),
    nameLast: fc.boolean(),
    blockNotes: fc.boolean(),
    singleQuotes: fc.boolean(),
    blankAfter: fc.boolean(),
  },
  { requiredKeys: ['name', 'lists', 'flow', 'blockLists'] },
);

/** A valid plan: unique names, journal entries naming people in it. */
export const arbitraryPlanModel: fc.Arbitrary<PlanModel> = fc
  .record({
    people: fc.uniqueArray(arbitraryPerson, { minLength: 1, maxLength: 6, selector: (p) => nameKey(p.name) }),
    journal: fc.array(fc.record({ date: arbitraryDate, picks: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }), note: fc.option(arbitraryText, { nil: undefined }) }), { maxLength: 4 }),
    eol: fc.constantFrom('\n' as const, '\r\n' as const),
    bom: fc.boolean(),
    indent: fc.constantFrom(0 as const, 2 as const, 4 as const),
    header: fc.option(arbitraryComment, { nil: undefined }),
    flowSection: fc.constantFrom(false, false, false, true),
    sectionComment: fc.option(arbitraryComment, { nil: undefined }),
  })
  .map(({ people, journal, ...rest }) => ({
    ...rest,
    people,
    journal: journal.map((e) => ({ date: e.date, note: e.note, with: [...new Set(e.picks.map((i) => people[i % people.length].name))] })),
  }));
