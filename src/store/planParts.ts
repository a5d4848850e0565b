/** A plan handed over from the reading worker in parts (see `planReadWorker.ts` and `web/planReadWorker.ts`). */
import type { JournalEntry, Person, Plan, Problem } from '../core';

export type PlanPart =
  | { kind: 'head'; head: Omit<Plan, 'people' | 'journal' | 'problems'> }
  | { kind: 'people'; items: Person[] }
  | { kind: 'journal'; items: JournalEntry[] }
  | { kind: 'problems'; items: Problem[] }
  | { kind: 'end' };

/** Collects parts in order; `add` answers the plan once the last part arrived. */
export class PlanAssembly {
  private head?: Omit<Plan, 'people' | 'journal' | 'problems'>;
  private readonly people: Person[] = [];
  private readonly journal: JournalEntry[] = [];
  private readonly problems: Problem[] = [];

  add(part: PlanPart): Plan | undefined {
    switch (part.kind) {
      case 'head':
        this.head = part.head;
        return undefined;
      case 'people':
        for (const item of part.items) this.people.push(item);
        return undefined;
      case 'journal':
        for (const item of part.items) this.journal.push(item);
        return undefined;
      case 'problems':
        for (const item of part.items) this.problems.push(item);
        return undefined;
      case 'end':
        if (!this.head) throw new Error('the plan reader sent no head part');
        return { ...this.head, people: this.people, journal: this.journal, problems: this.problems };
    }
  }
}

const PEOPLE_PER_PART = 1000;
const ENTRIES_PER_PART = 5000;
const PROBLEMS_PER_PART = 2000;

/** The parts of `plan`, in the order `PlanAssembly` takes them (what a worker sends, one per request). */
export function* partsOf(plan: Plan): Generator<PlanPart, PlanPart> {
  const { people, journal, problems, ...rest } = plan;
  yield { kind: 'head', head: rest };
  for (let i = 0; i < people.length; i += PEOPLE_PER_PART) yield { kind: 'people', items: people.slice(i, i + PEOPLE_PER_PART) };
  for (let i = 0; i < journal.length; i += ENTRIES_PER_PART) yield { kind: 'journal', items: journal.slice(i, i + ENTRIES_PER_PART) };
  for (let i = 0; i < problems.length; i += PROBLEMS_PER_PART) yield { kind: 'problems', items: problems.slice(i, i + PROBLEMS_PER_PART) };
  return { kind: 'end' };
}
