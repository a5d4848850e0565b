/** The Markdown tooltip of a person (every piece of user text escaped). */
import { daysBetween, describeDue, exchangeGlance, formatCadence, formatDaysFromToday, isValidDate, type JournalEntry, type ListName, type Meeting, type PersonStatus, type Settings } from '../core';
import { clip, escapeMarkdown } from '../markdown';
import * as l10n from '@vscode/l10n';
import { displayDate, displayMeeting, inDisplayLanguage } from '../displayLanguage';

const LIST_TITLES: Record<ListName, string> = { like: l10n.t('know & like'), help: l10n.t('can help my career') };
const STAGE_TITLES = {
  planned: l10n.t('planned — not started yet'),
  building: l10n.t('building — getting to know them'),
  established: l10n.t('established — call anytime'),
  paused: l10n.t('paused — never due'),
};
const RECENT_NOTES = 3;

function ago(date: string, today: string): string {
  if (!isValidDate(date) || !isValidDate(today)) return '';
  const days = daysBetween(date, today);
  if (days === 0) return ' ' + l10n.t('(today)');
  if (days === 1) return ' ' + l10n.t('(yesterday)');
  if (days === -1) return ' ' + l10n.t('(tomorrow)');
  return ` (${inDisplayLanguage(formatDaysFromToday(-days))})`;
}

function recentNotes(entries: JournalEntry[]): JournalEntry[] {
  const withNotes = entries.filter((e) => (e.note ?? '').trim() !== '');
  // Latest first; entries without a valid date sort last, file order breaks ties.
  const ordered = withNotes.map((entry, i) => ({ entry, i }));
  ordered.sort((a, b) => {
    const da = a.entry.date ?? '';
    const db = b.entry.date ?? '';
    return da === db ? b.i - a.i : da < db ? 1 : -1;
  });
  return ordered.slice(0, RECENT_NOTES).map((o) => o.entry);
}

/**
 * Markdown for a person's tooltip; `today` is `YYYY-MM-DD`; `meeting`: their next meeting in the user's calendars;
 * `settings`: the plan's, for the balance rule (without them, only the counts are shown).
 */
export function personTooltipMarkdown(status: PersonStatus, today: string, meeting?: Meeting, settings?: Pick<Settings, 'balanceStreak' | 'balanceGap'>): string {
  const { person } = status;
  const lines: string[] = [];
  const line = (label: string, value: string) => lines.push(`${label}: ${value}`);
  lines.push(`**${escapeMarkdown(person.name || l10n.t('(no name)'))}**`);
  if (person.role) line(l10n.t('Role'), escapeMarkdown(clip(person.role, 120)));
  line(l10n.t('Lists'), person.lists.length > 0 ? person.lists.map((l) => LIST_TITLES[l]).join(', ') : l10n.t('none'));
  line(l10n.t('Stage'), STAGE_TITLES[person.stage]);
  if (person.how) line(l10n.t('How'), escapeMarkdown(clip(person.how, 120)));
  const cadence = person.cadenceText ? escapeMarkdown(person.cadenceText) : l10n.t('{0} (plan default)', formatCadence(person.cadence));
  line(l10n.t('How often'), cadence);
  line(l10n.t('Last contact'), status.lastContact ? `${displayDate(status.lastContact)}${ago(status.lastContact, today)}` : l10n.t('none yet'));
  if (status.scheduled && status.next) line(l10n.t('Next contact'), `${displayDate(status.next)} — ${inDisplayLanguage(describeDue(status))}`);
  else line(l10n.t('Next contact'), person.stage === 'paused' ? l10n.t('none while paused') : l10n.t('not scheduled until they are building'));
  if (meeting) line(l10n.t('Next chance'), escapeMarkdown(clip(displayMeeting(meeting), 160)));
  if (person.topics.length > 0) line(l10n.t('Topics'), person.topics.map((t) => escapeMarkdown(clip(t, 60))).join(', '));
  line(l10n.t('Gave / got'), `${status.gave} / ${status.got}`);
  if (settings) {
    const { balance, promises } = exchangeGlance(status, settings);
    if (balance.outOfBalance) line(l10n.t('⇄ Out of balance'), escapeMarkdown(inDisplayLanguage(balance.reason ?? '')));
    const texts = (list: { text: string }[]) => list.map((p) => escapeMarkdown(clip(p.text, 80))).join('; ');
    if (promises.mine.length > 0) line(l10n.t('You promised'), texts(promises.mine));
    if (promises.theirs.length > 0) line(l10n.t('They promised'), texts(promises.theirs));
  }
  let markdown = lines.join('  \n');
  if (person.notes) markdown += `\n\n${escapeMarkdown(clip(person.notes, 300))}`;
  const notes = recentNotes(status.entries);
  if (notes.length > 0) {
    markdown += '\n\n---\n\n' + notes.map((e) => `${escapeMarkdown(e.date ?? l10n.t('no date'))}: ${escapeMarkdown(clip(e.note ?? '', 160))}`).join('  \n');
  }
  return markdown;
}
