/** Each person's upcoming meetings: the natural moments to see them that the user already has. */
import type { Person } from '../model';
import { PeopleIndex, type MatchablePerson } from './peopleIndex';
import type { CalendarEvent, Meeting, MeetingWindow } from './types';
import { inWindow, windowDays } from './window';

/** A person and their meetings in the window, earliest first. */
export interface PersonMeetings<P extends MatchablePerson = Person> {
  person: P;
  meetings: Meeting[];
}

function isCancelled(event: CalendarEvent): boolean {
  return event.status?.toLowerCase() === 'cancelled';
}

/** Whom the event brings the user together with, by position in `people`, each once. */
export function peopleAt(index: PeopleIndex, event: CalendarEvent): Map<number, Meeting['matchedBy']> {
  const found = new Map<number, Meeting['matchedBy']>();
  const declined = new Set<number>();
  for (const attendee of event.attendees) {
    const person = index.attendee(attendee);
    if (person === undefined) continue;
    if (attendee.declined) declined.add(person);
    else found.set(person, 'attendee');
  }
  for (const person of index.title(event.summary)) if (!found.has(person) && !declined.has(person)) found.set(person, 'title');
  for (const person of declined) if (found.get(person) !== 'attendee') found.delete(person);
  return found;
}

/**
 * Every person's meetings in the window, in plan order (people with none have an empty list). The same
 * occurrence found twice (the same calendar exported twice) counts once.
 */
export function upcomingMeetings<P extends MatchablePerson>(people: readonly P[], events: readonly CalendarEvent[], window: MeetingWindow): PersonMeetings<P>[] {
  const index = new PeopleIndex(people);
  const days = windowDays(window);
  const byPerson = people.map(() => new Map<string, Meeting>());
  for (const event of events) {
    if (isCancelled(event) || !inWindow(event.start, event.allDay, window, days)) continue;
    const seen = `${event.start.instant}\n${event.summary.trim()}`;
    for (const [person, matchedBy] of peopleAt(index, event)) {
      if (byPerson[person].has(seen)) continue;
      const { summary, start, allDay, recurring, frequency } = event;
      byPerson[person].set(seen, { summary, start, allDay, recurring, ...(frequency ? { frequency } : {}), matchedBy });
    }
  }
  return people.map((person, i) => ({
    person,
    meetings: [...byPerson[i].values()].sort((a, b) => a.start.instant - b.start.instant || a.summary.localeCompare(b.summary)),
  }));
}
