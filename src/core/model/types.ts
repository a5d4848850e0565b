/**
 * The plan model shared by every part of Networking Plan.
 *
 * Offsets are UTF-16 code-unit offsets into the plan's text (what JavaScript strings and
 * VS Code's `TextDocument.positionAt` use); `end` is exclusive. Dates are calendar days written
 * `YYYY-MM-DD`: they are compared as strings and never turned into instants, so no result
 * depends on the machine's time zone.
 */

export const LIST_NAMES = ['like', 'help'] as const;
export type ListName = (typeof LIST_NAMES)[number];

export const STAGES = ['planned', 'building', 'established', 'paused'] as const;
export type Stage = (typeof STAGES)[number];

export const PROBLEM_CODES = [
  'yaml-syntax',
  'wrong-type',
  'unknown-key',
  'missing-name',
  'duplicate-name',
  'unknown-list',
  'bad-stage',
  'bad-date',
  'bad-cadence',
  'unknown-person',
  'over-commit',
  'too-large',
  'bad-email',
  'not-in-entry',
  'unknown-promise',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
export type Severity = 'error' | 'warning';

export interface Span {
  start: number;
  end: number;
}

/** A suggested replacement for `span` (used for "did you mean" quick fixes). */
export interface Fix {
  title: string;
  span: Span;
  replacement: string;
}

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** What is wrong and how to fix it, in one sentence or two. */
  message: string;
  span: Span;
  fix?: Fix;
}

export type CadenceUnit = 'day' | 'week' | 'month';

export interface Cadence {
  count: number;
  unit: CadenceUnit;
}

export const PERSON_FIELDS = ['name', 'lists', 'stage', 'role', 'how', 'cadence', 'next', 'topics', 'notes', 'email', 'history', 'archived'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export const JOURNAL_FIELDS = ['date', 'with', 'note', 'gave', 'got', 'promised', 'theyPromised', 'kept', 'theyKept'] as const;
export type JournalField = (typeof JOURNAL_FIELDS)[number];

/** The journal keys that say who gave, got or promised what; they share one value grammar (text, list, or name: text). */
export const EXCHANGE_KINDS = ['gave', 'got', 'promised', 'theyPromised', 'kept', 'theyKept'] as const;
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];

/** One thing given, received, promised or kept in a contact. */
export interface ExchangeItem {
  kind: ExchangeKind;
  text: string;
  /** Keys of the people it was for (written as `name: text`); undefined: everyone in the entry's `with`. */
  forKeys?: string[];
  span: Span;
}

/** A stage change recorded in a person's `history`. */
export interface StageChange {
  date: string;
  stage: Stage;
  span: Span;
}

export interface Person {
  /** Position in `people`, counting every item (also ones that failed to load). */
  index: number;
  /** Trimmed name; '' when missing. */
  name: string;
  /** `name` lower-cased: what names are matched on. */
  key: string;
  lists: ListName[];
  stage: Stage;
  role?: string;
  how?: string;
  /** The cadence in force (own, else the plan's default). */
  cadence: Cadence;
  /** The cadence as written in this entry, when it was valid. */
  cadenceText?: string;
  next?: string;
  topics: string[];
  notes?: string;
  /** Addresses from `email` (a text or a list); empty when there is none. */
  emails: string[];
  /** Stage changes from `history`, by date (stable for the same date); undefined when there is no history. */
  history?: StageChange[];
  /** `archived:` a date, or true when archived without one; undefined when not archived. */
  archived?: string | true;
  /**
   * The item's mapping: from its first key (the `- ` stands just before it) to the end of its last
   * value, including a comment and the line break that end that line for a block mapping.
   */
  span: Span;
  /** Value spans of the fields present in the entry (also invalid ones). */
  fields: Partial<Record<PersonField, Span>>;
}

export interface JournalEntry {
  index: number;
  /** Undefined when missing or invalid. */
  date?: string;
  /** Trimmed names as written. */
  with: string[];
  /** One span per name in `with`. */
  withSpans: Span[];
  /** `with` lower-cased: what names are matched on. */
  withKeys: string[];
  note?: string;
  /** `gave` / `got` as written when the value is a plain text (lists and `name: text` forms are in `exchange`). */
  gave?: string;
  got?: string;
  /** Every item of gave, got, promised, theyPromised, kept and theyKept; undefined when there is none. */
  exchange?: ExchangeItem[];
  span: Span;
  fields: Partial<Record<JournalField, Span>>;
}

export interface Settings {
  maxNewRelationships: number;
  defaultCadence: Cadence;
  /** The default cadence as written (for display). */
  defaultCadenceText: string;
  /** Out of balance after this many contacts in a row that only received (default 3). */
  balanceStreak: number;
  /** ... or when received exceeds given by this many items (default 2). */
  balanceGap: number;
  /** How often Review Lists is due (default every 3 months), and as written. */
  reviewEvery: Cadence;
  reviewEveryText: string;
  /** When the lists were last reviewed. */
  lastReview?: string;
  /** Cadences per stage and per list, as valid in `stageCadence` / `listCadence`. */
  stageCadence: Partial<Record<Stage, Cadence>>;
  listCadence: Partial<Record<ListName, Cadence>>;
  /** Late by more than this percentage of the cadence's length is lapsed (default 100). */
  lapsedAfterPercent: number;
}

export type SectionKind = 'block' | 'flow' | 'empty' | 'other';

/** Where a top-level section sits, so that edits can append to it in the file's own style. */
export interface Section {
  /** The `people:` key itself. */
  keySpan: Span;
  /** The value's node; for `people:` with nothing after it, an empty span right after the colon. */
  valueSpan: Span;
  kind: SectionKind;
  /** Column of the items' `-` for a block sequence. */
  itemIndent?: number;
}

export interface Plan {
  version?: number;
  settings: Settings;
  people: Person[];
  journal: JournalEntry[];
  /** Sorted by position. */
  problems: Problem[];
  /** False when the YAML itself is broken: nothing may be written then. */
  syntaxOk: boolean;
  sections: { settings?: Section; people?: Section; journal?: Section };
  /** The line ending the file mostly uses; edits write new lines with it. */
  eol: '\n' | '\r\n';
}

export const DEFAULT_MAX_NEW_RELATIONSHIPS = 3;
export const DEFAULT_CADENCE_TEXT = 'every 2 weeks';
export const DEFAULT_BALANCE_STREAK = 3;
export const DEFAULT_BALANCE_GAP = 2;
export const DEFAULT_REVIEW_EVERY_TEXT = 'every 3 months';
export const DEFAULT_LAPSED_AFTER_PERCENT = 100;

/**
 * At a glance: what the tree's icon and the status bar show for a person. A scheduled person is upcoming, due
 * (today), overdue (late), or lapsed (late by more than `lapsedAfter` of their cadence); the others are planned,
 * paused or archived.
 */
export type PersonState = 'lapsed' | 'overdue' | 'due' | 'upcoming' | 'planned' | 'paused' | 'archived';

export interface PersonStatus {
  person: Person;
  /** Only `building` and `established` people who are not archived are scheduled; the others are never due. */
  scheduled: boolean;
  /** The latest journal date naming the person. */
  lastContact?: string;
  /** Next contact; set for scheduled people only. */
  next?: string;
  /** Calendar days from `next` to today: 0 due today, > 0 late, < 0 upcoming. Scheduled people only. */
  daysLate?: number;
  state: PersonState;
  /** Items given to the person (`gave`, `kept`) and received from them (`got`, `theyKept`), attributed per person in group entries. */
  gave: number;
  got: number;
  /** Journal entries naming the person, in file order. */
  entries: JournalEntry[];
}

export interface PlanView {
  today: string;
  /** Every person, in file order. */
  people: PersonStatus[];
  /** In file order; a person on both lists is in `like`, `help` and `both`. Archived people are on none of them. */
  lists: { like: PersonStatus[]; help: PersonStatus[]; both: PersonStatus[]; none: PersonStatus[] };
  /** Archived people, in file order. */
  archived: PersonStatus[];
  /** People in stage `building` (archived ones left out), in file order. */
  building: PersonStatus[];
  /** `maxNewRelationships` minus the people building, never below 0. */
  freeSlots: number;
  /** First person with each key (trimmed, lower-cased name). */
  byKey: Map<string, PersonStatus>;
}
