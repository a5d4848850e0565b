import { yamlScalar } from './nodeValues';
import type { RawPlan, ReadItem } from './readTop';
import { finishJournalEntry, finishPerson } from './shift';
import { cadenceDays, closest, ENTRIES_PER_STEP, type Cadence, type JournalEntry, type Person, type Problem, type Settings, type Steps } from '../model';

/** Suggestions cost a scan of every name; past this many unknown names, the rest get none. */
const MAX_SUGGESTED_UNKNOWN_NAMES = 100;
/** Names compared for suggestions between pauses of a stepped finish (about 10 ms). */
const COMPARISONS_PER_STEP = 100_000;

/**
 * What an incremental reader keeps from one plan to the next. Items also remember, in the cache,
 * the entry last finished from them, and the `keysVersion` in which all their names were known.
 */
export interface FinishMemo {
  /** The previous plan's person keys, in order; `keysVersion` changes whenever they do. */
  keys: string[];
  keysVersion: number;
}

export function newFinishMemo(): FinishMemo {
  return { keys: [], keysVersion: 0 };
}

// Hot loops below compare with undefined rather than test truthiness: truthiness of an object reads
// the object itself, and at 100,000 entries those memory reads are most of the time spent.

function sameCadence(a: Cadence, b: Cadence): boolean {
  return a === b || (a.count === b.count && a.unit === b.unit);
}

/** With a memo, an item's finished entry from an earlier read is given again when nothing it depends on changed. */
export function* finishPeople(raw: RawPlan, settings: Settings, memo: FinishMemo | undefined): Steps<Person[]> {
  const people: Person[] = [];
  let made = 0;
  const items = raw.people;
  const shifts = raw.shifts?.people;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const entry = item.entry;
    if (entry === undefined) continue;
    const shift = shifts ? shifts[index] : 0;
    const cadence = entry.ownCadence ?? cadenceInForce(entry, settings);
    let person = memo === undefined ? undefined : (item.finished as Person | undefined);
    if (person === undefined || item.finishedIndex !== index || item.finishedShift !== shift || !sameCadence(person.cadence, cadence)) {
      person = finishPerson(entry, index, cadence, shift);
      if (memo !== undefined) remember(item, person, index, shift);
      if (++made === ENTRIES_PER_STEP) {
        made = 0;
        yield;
      }
    }
    people.push(person);
  }
  if (memo !== undefined) updateKeys(memo, people);
  return people;
}

/** A person's cadence without one of their own: their stage's, else their lists' (the more frequent), else the default. */
function cadenceInForce(person: Pick<Person, 'stage' | 'lists'>, settings: Settings): Cadence {
  const byStage = settings.stageCadence[person.stage];
  if (byStage !== undefined) return byStage;
  let byList: Cadence | undefined;
  for (const list of person.lists) {
    const cadence = settings.listCadence[list];
    if (cadence !== undefined && (byList === undefined || cadenceDays(cadence) < cadenceDays(byList))) byList = cadence;
  }
  return byList ?? settings.defaultCadence;
}

function remember(item: ReadItem<unknown>, finished: unknown, index: number, shift: number): void {
  item.finished = finished;
  item.finishedIndex = index;
  item.finishedShift = shift;
}

function updateKeys(memo: FinishMemo, people: Person[]): void {
  const keys = memo.keys;
  let same = keys.length === people.length;
  for (let i = 0; same && i < people.length; i++) same = keys[i] === people[i].key;
  if (same) return;
  memo.keys = people.map((p) => p.key);
  memo.keysVersion++;
}

/** Finishes the journal and warns about names that are not in people (skipping entries whose names were all known under the same people). */
export function* finishJournal(raw: RawPlan, byKey: Map<string, Person>, people: Person[], problems: Problem[], memo: FinishMemo | undefined): Steps<JournalEntry[]> {
  const journal: JournalEntry[] = [];
  let made = 0;
  const names = new UnknownNames(byKey, people, problems);
  const items = raw.journal;
  const shifts = raw.shifts?.journal;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (item.entry === undefined) continue;
    const shift = shifts ? shifts[index] : 0;
    let entry = memo === undefined ? undefined : (item.finished as JournalEntry | undefined);
    if (entry === undefined || item.finishedIndex !== index || item.finishedShift !== shift) {
      entry = finishJournalEntry(item.entry, index, shift);
      if (memo !== undefined) remember(item, entry, index, shift);
      if (++made === ENTRIES_PER_STEP) {
        made = 0;
        yield;
      }
    }
    journal.push(entry);
    if (memo !== undefined && item.namesKnown === memo.keysVersion) continue;
    if (names.check(entry) && memo !== undefined) item.namesKnown = memo.keysVersion;
    // Renaming someone makes every entry naming them unknown: their suggestions take a step of their own.
    if (names.compared >= COMPARISONS_PER_STEP) {
      names.compared = 0;
      yield;
    }
  }
  return journal;
}

/** Warnings for journal names that are not in people, with a did-you-mean fix. */
class UnknownNames {
  private readonly suggestions = new Map<string, string | undefined>();
  private names?: string[];
  /** Names compared for suggestions so far (the caller resets it when it pauses). */
  compared = 0;

  constructor(
    private readonly byKey: Map<string, Person>,
    private readonly people: Person[],
    private readonly problems: Problem[],
  ) {}

  /** Reports the entry's unknown names; true when it had none. */
  check(entry: JournalEntry): boolean {
    const keys = entry.withKeys;
    let known = true;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (this.byKey.has(key)) continue;
      known = false;
      const name = entry.with[i];
      let guess = this.suggestions.get(key);
      if (!this.suggestions.has(key) && this.suggestions.size < MAX_SUGGESTED_UNKNOWN_NAMES) {
        this.names ??= this.people.filter((p) => p.name).map((p) => p.name);
        guess = closest(name, this.names);
        this.compared += this.names.length;
        this.suggestions.set(key, guess);
      }
      const span = entry.withSpans[i];
      this.problems.push({
        code: 'unknown-person',
        severity: 'warning',
        message: guess
          ? `"${name}" is not in people: did you mean "${guess}"? Otherwise add them to people so this contact counts.`
          : `"${name}" is not in people: add them to people (or fix the spelling) so this contact counts.`,
        span,
        ...(guess ? { fix: { title: `Change to "${guess}"`, span, replacement: yamlScalar(guess) } } : {}),
      });
    }
    return known;
  }
}
