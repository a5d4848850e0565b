/** The Markdown tooltip of a person (every piece of user text escaped). */
import { daysBetween, describeDue, describeMeeting, formatCadence, formatDaysFromToday, isValidDate, type JournalEntry, type ListName, type Meeting, type PersonStatus } from '../core';
import { clip, escapeMarkdown } from '../markdown';

const LIST_TITLES: Record<ListName, string> = { like: 'know & like', help: 'can help my career' };
const STAGE_TITLES = {
  planned: 'planned — not started yet',
  building: 'building — getting to know them',
  established: 'established — call anytime',
  paused: 'paused — never due',
};
const RECENT_NOTES = 3;

function ago(date: string, today: string): string {
  if (!isValidDate(date) || !isValidDate(today)) return '';
  const days = daysBetween(date, today);
  if (days === 0) return ' (today)';
  if (days === 1) return ' (yesterday)';
  if (days === -1) return ' (tomorrow)';
  return ` (${formatDaysFromToday(-days)})`;
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

/** Markdown for a person's tooltip; `today` is `YYYY-MM-DD`; `meeting`: their next meeting in the user's calendars. */
export function personTooltipMarkdown(status: PersonStatus, today: string, meeting?: Meeting): string {
  const { person } = status;
  const lines: string[] = [];
  const line = (label: string, value: string) => lines.push(`${label}: ${value}`);
  lines.push(`**${escapeMarkdown(person.name || '(no name)')}**`);
  if (person.role) line('Role', escapeMarkdown(clip(person.role, 120)));
  line('Lists', person.lists.length > 0 ? person.lists.map((l) => LIST_TITLES[l]).join(', ') : 'none');
  line('Stage', STAGE_TITLES[person.stage]);
  if (person.how) line('How', escapeMarkdown(clip(person.how, 120)));
  const cadence = person.cadenceText ? escapeMarkdown(person.cadenceText) : `${formatCadence(person.cadence)} (plan default)`;
  line('How often', cadence);
  line('Last contact', status.lastContact ? `${status.lastContact}${ago(status.lastContact, today)}` : 'none yet');
  if (status.scheduled && status.next) line('Next contact', `${status.next} — ${describeDue(status)}`);
  else line('Next contact', person.stage === 'paused' ? 'none while paused' : 'not scheduled until they are building');
  if (meeting) line('Next chance', escapeMarkdown(clip(describeMeeting(meeting), 160)));
  if (person.topics.length > 0) line('Topics', person.topics.map((t) => escapeMarkdown(clip(t, 60))).join(', '));
  line('Gave / got', `${status.gave} / ${status.got}`);
  let markdown = lines.join('  \n');
  if (person.notes) markdown += `\n\n${escapeMarkdown(clip(person.notes, 300))}`;
  const notes = recentNotes(status.entries);
  if (notes.length > 0) {
    markdown += '\n\n---\n\n' + notes.map((e) => `${escapeMarkdown(e.date ?? 'no date')}: ${escapeMarkdown(clip(e.note ?? '', 160))}`).join('  \n');
  }
  return markdown;
}
