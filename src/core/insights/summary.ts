/** The one-line summary that a person can read aloud. */
import type { Insights } from './insights';
import { SUMMARY_WEEKS } from './rhythm';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "12 people, 4 where the lists meet; 9 contacts in the last 4 weeks, 7 on time; 3 relationships at call-anytime." */
export function summaryOf(insights: Omit<Insights, 'summary'>): string {
  const { people, lists, rhythm, stages } = insights;
  const contacts = `${count(rhythm.recentContacts, 'contact', 'contacts')} in the last ${SUMMARY_WEEKS} weeks`;
  const timed = rhythm.recent.onTime + rhythm.recent.late;
  const onTime = timed > 0 ? `, ${rhythm.recent.onTime} on time` : '';
  const established = count(stages.now.established, 'relationship', 'relationships');
  return `${count(people, 'person', 'people')}, ${lists.both.count} where the lists meet; ${contacts}${onTime}; ${established} at call-anytime.`;
}
