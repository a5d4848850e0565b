/**
 * Review Lists, step by step: free slots and who to start with, building relationships that look established,
 * lapsed people, planned people left untouched. Each suggestion says why, in a sentence.
 */
import { contactsOf } from './contacts';
import { cadenceDays, daysBetween, formatCadence, lapsedAfterDays, type Person, type PersonStatus, type Plan, type PlanView, type Settings } from '../model';

/** "Looks established" needs this many contacts in a row on time, with something given and received over them. */
export const ESTABLISHED_AFTER_CONTACTS = 3;
/** A planned person with no contact and no stage change for this many days is "untouched". */
export const UNTOUCHED_AFTER_DAYS = 90;

export interface ReviewSuggestion {
  status: PersonStatus;
  /** Why they are suggested, as a short sentence. */
  reason: string;
}

export interface Review {
  today: string;
  /** Step 1: free building slots, and planned people to start with (both lists first). Empty when no slot is free. */
  freeSlots: number;
  start: ReviewSuggestion[];
  /** Step 2: building relationships that look established ("call anytime"). */
  established: ReviewSuggestion[];
  /** Step 3: lapsed people, most late first. */
  lapsed: ReviewSuggestion[];
  /** Step 4: planned people untouched for a long time (those with no date at all first). */
  untouched: ReviewSuggestion[];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function cadenceText(person: Person): string {
  return person.cadenceText ?? formatCadence(person.cadence);
}

const START_REASONS = {
  both: 'On both lists: you know and like them, and they can help your career.',
  like: 'You know and like them.',
  help: 'They can help your career.',
  none: 'On no list yet.',
};

/** Step 1: planned people, on both lists first, then on one list, then on none; file order within each. */
function startSuggestions(view: PlanView): ReviewSuggestion[] {
  if (view.freeSlots === 0) return [];
  const ranked: { suggestion: ReviewSuggestion; rank: number }[] = [];
  for (const status of view.people) {
    const { person } = status;
    if (person.stage !== 'planned' || person.archived !== undefined || person.name === '') continue;
    const like = person.lists.includes('like');
    const help = person.lists.includes('help');
    const why = like && help ? START_REASONS.both : like ? START_REASONS.like : help ? START_REASONS.help : START_REASONS.none;
    const met = status.lastContact ? ` Last met ${status.lastContact}.` : '';
    ranked.push({ suggestion: { status, reason: why + met }, rank: like && help ? 0 : like || help ? 1 : 2 });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.suggestion.status.person.index - b.suggestion.status.person.index);
  return ranked.map((r) => r.suggestion);
}

/**
 * Step 2: a building relationship looks established when its last `ESTABLISHED_AFTER_CONTACTS` contacts each came
 * on time (no later after the one before than the cadence plus the lapsed tolerance), it is not lapsed now, and over
 * those contacts something was given and something received.
 */
function looksEstablished(status: PersonStatus, settings: Settings): string | undefined {
  const { person } = status;
  if (person.stage !== 'building' || !status.scheduled || status.state === 'lapsed') return undefined;
  const contacts = contactsOf(status);
  if (contacts.length < ESTABLISHED_AFTER_CONTACTS) return undefined;
  const recent = contacts.slice(-ESTABLISHED_AFTER_CONTACTS);
  const onTime = cadenceDays(person.cadence) + lapsedAfterDays(person.cadence, settings.lapsedAfterPercent);
  for (let i = 1; i < recent.length; i++) if (daysBetween(recent[i - 1].date, recent[i].date) > onTime) return undefined;
  const given = recent.reduce((n, c) => n + c.given, 0);
  const received = recent.reduce((n, c) => n + c.received, 0);
  if (given === 0 || received === 0) return undefined;
  const then = settings.stageCadence.established;
  const after = then && person.cadenceText === undefined ? ` Established people are contacted ${formatCadence(then)}.` : '';
  return `${recent.length} contacts in a row on time (${cadenceText(person)}); you gave ${given} and got ${received}.${after}`;
}

function lapsedReason(status: PersonStatus): string {
  const late = status.daysLate ?? 0;
  const last = status.lastContact ? `Last contact ${status.lastContact}` : 'Never contacted';
  return `${last}; ${plural(late, 'day')} overdue on ${cadenceText(status.person)}.`;
}

/** The latest day the person was contacted or changed stage, up to today. */
function lastTouched(status: PersonStatus, today: string): string | undefined {
  let latest = status.lastContact !== undefined && status.lastContact <= today ? status.lastContact : undefined;
  for (const change of status.person.history ?? []) if (change.date <= today && (latest === undefined || change.date > latest)) latest = change.date;
  return latest;
}

/** Step 4: planned, and no contact or stage change for `UNTOUCHED_AFTER_DAYS` days, or none on record at all. */
function untouchedSuggestions(view: PlanView, today: string): ReviewSuggestion[] {
  const undated: ReviewSuggestion[] = [];
  const dated: { suggestion: ReviewSuggestion; days: number }[] = [];
  for (const status of view.people) {
    const { person } = status;
    if (person.stage !== 'planned' || person.archived !== undefined || person.name === '') continue;
    const touched = lastTouched(status, today);
    if (touched === undefined) {
      undated.push({ status, reason: 'Planned, with no contact and no stage change on record.' });
      continue;
    }
    const days = daysBetween(touched, today);
    if (days >= UNTOUCHED_AFTER_DAYS) dated.push({ suggestion: { status, reason: `Planned, untouched since ${touched} (${plural(days, 'day')}).` }, days });
  }
  dated.sort((a, b) => b.days - a.days || a.suggestion.status.person.index - b.suggestion.status.person.index);
  return [...undated, ...dated.map((d) => d.suggestion)];
}

/** What Review Lists suggests for the plan as of `today` (`view` is `deriveView(plan, today)`). */
export function reviewOf(plan: Plan, view: PlanView, today: string): Review {
  const established: ReviewSuggestion[] = [];
  const lapsed: ReviewSuggestion[] = [];
  for (const status of view.people) {
    if (status.person.name === '') continue;
    const reason = looksEstablished(status, plan.settings);
    if (reason) established.push({ status, reason });
    if (status.state === 'lapsed') lapsed.push({ status, reason: lapsedReason(status) });
  }
  lapsed.sort((a, b) => (b.status.daysLate ?? 0) - (a.status.daysLate ?? 0) || a.status.person.index - b.status.person.index);
  return { today, freeSlots: view.freeSlots, start: startSuggestions(view), established, lapsed, untouched: untouchedSuggestions(view, today) };
}
