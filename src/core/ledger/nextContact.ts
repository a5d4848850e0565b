/** When the next contact is, and why: the same rule as the schedule, put into words. */
import { formatCadence, type PersonStatus } from '../model';

export interface NextContact {
  /** `YYYY-MM-DD`; undefined for people who are not scheduled. */
  date?: string;
  /** `next` (written in the plan), `cadence` (last contact + cadence), `never` (never contacted: due now), `unscheduled`. */
  basis: 'next' | 'cadence' | 'never' | 'unscheduled';
  /** Why, as a phrase: "set in the plan", "last contact 2026-11-12 + every 2 weeks", "never contacted". */
  why: string;
}

export function nextContactOf(status: PersonStatus): NextContact {
  const { person, next, lastContact } = status;
  if (!status.scheduled || next === undefined) {
    const why = person.archived !== undefined ? 'archived' : person.stage === 'paused' ? 'paused: never due' : 'planned: not scheduled until building';
    return { basis: 'unscheduled', why };
  }
  if (person.next !== undefined && next === person.next && (lastContact === undefined || person.next > lastContact)) {
    return { date: next, basis: 'next', why: 'set in the plan (next:)' };
  }
  if (lastContact !== undefined) {
    return { date: next, basis: 'cadence', why: `last contact ${lastContact} + ${person.cadenceText ?? formatCadence(person.cadence)}` };
  }
  return { date: next, basis: 'never', why: 'never contacted' };
}
