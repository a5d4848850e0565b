/** What the tree shows, as plain data: groups and person items, computed from a derived view. */
import { describeDue, localDay, meetingDayWords, type Meeting, type PersonStatus, type PlanView } from '../core';
import { formatCount, peopleText } from './paging';
import * as l10n from '@vscode/l10n';
import { displayDate, inDisplayLanguage } from '../displayLanguage';

export type GroupId = 'both' | 'like' | 'help' | 'none' | 'archived';

export interface GroupShape {
  id: GroupId;
  label: string;
  description: string;
  tooltip: string;
  expanded: boolean;
  people: PersonStatus[];
  /** Shown as the only child when the group is empty. */
  emptyHint: string;
}

export interface IconShape {
  id: string;
  color?: string;
}

export interface PersonShape {
  label: string;
  description: string;
  icon: IconShape;
  /** `person.scheduled`, `person.unscheduled` or `person.archived`: menus offer Snooze only to scheduled people, Restore to archived ones. */
  contextValue: string;
}

function slotsText(free: number, max: number, building: number): string {
  if (max === 0) return l10n.t('no slots for new relationships');
  if (building > max) return `over-committed: ${building} building, limit ${max}`;
  if (free === 0) return l10n.t('no slot free: {0} building', building);
  return max === 1 ? l10n.t('{0} of {1} slot free', free, max) : l10n.t('{0} of {1} slots free', free, max);
}


/**
 * The root groups: "Start here" (both lists) first, then each list, then "Not on a list" and "Archived" when anyone
 * is. With `keep` (the view's filter), each group shows only the people it keeps, and groups left empty are left out.
 */
export function groupShapes(view: PlanView, maxNewRelationships: number, keep?: (status: PersonStatus) => boolean): GroupShape[] {
  const pick = (people: PersonStatus[]) => (keep ? people.filter(keep) : people);
  const count = (shown: PersonStatus[], all: PersonStatus[]) => (keep ? l10n.t('{0} of {1}', formatCount(shown.length), formatCount(all.length)) : formatCount(all.length));
  const [both, like, help, none, archived] = [view.lists.both, view.lists.like, view.lists.help, view.lists.none, view.archived].map(pick);
  const building = view.building.length;
  const groups: GroupShape[] = [
    {
      id: 'both',
      label: l10n.t('Start here'),
      description: `${count(both, view.lists.both)} · ${slotsText(view.freeSlots, maxNewRelationships, building)}`,
      tooltip:
        l10n.t('{0} on both lists: you know and like them, and they can help your career. ', peopleText(view.lists.both.length)) +
        l10n.t('Start your new relationships here. You are building {0} of at most {1} at a time.', building, maxNewRelationships),
      expanded: true,
      people: both,
      emptyHint: l10n.t('Nobody is on both lists yet'),
    },
    {
      id: 'like',
      label: l10n.t('Know & like'),
      description: count(like, view.lists.like),
      tooltip: l10n.t('{0} you know and like.', peopleText(view.lists.like.length)),
      expanded: false,
      people: like,
      emptyHint: l10n.t('Add people you know and like'),
    },
    {
      id: 'help',
      label: l10n.t('Can help my career'),
      description: count(help, view.lists.help),
      tooltip: l10n.t('{0} who can help your career.', peopleText(view.lists.help.length)),
      expanded: false,
      people: help,
      emptyHint: l10n.t('Add people who can help your career'),
    },
  ];
  if (view.lists.none.length > 0) {
    groups.push({
      id: 'none',
      label: l10n.t('Not on a list'),
      description: count(none, view.lists.none),
      tooltip: l10n.t('{0} on neither list: add them to a list, or remove them.', peopleText(view.lists.none.length)),
      expanded: false,
      people: none,
      emptyHint: '',
    });
  }
  if (view.archived.length > 0) {
    groups.push({
      id: 'archived',
      label: l10n.t('Archived'),
      description: count(archived, view.archived),
      tooltip: l10n.t('{0} archived: never due and on no list; their journal stays. Restore Person brings someone back.', peopleText(view.archived.length)),
      expanded: false,
      people: archived,
      emptyHint: '',
    });
  }
  return keep ? groups.filter((g) => g.people.length > 0) : groups;
}

/** The icon for a person's state: lapsed, overdue, due today, due soon, upcoming, "call anytime", planned, paused, archived. */
export function personIcon(status: PersonStatus, dueSoonDays: number): IconShape {
  switch (status.state) {
    case 'lapsed':
      return { id: 'history', color: 'list.errorForeground' };
    case 'overdue':
      return { id: 'warning', color: 'list.warningForeground' };
    case 'due':
      return { id: 'bell', color: 'charts.blue' };
    case 'paused':
      return { id: 'debug-pause', color: 'disabledForeground' };
    case 'planned':
      return { id: 'circle-outline' };
    case 'archived':
      return { id: 'archive', color: 'disabledForeground' };
    case 'upcoming': {
      if (status.daysLate !== undefined && -status.daysLate <= dueSoonDays) return { id: 'clock', color: 'charts.blue' };
      if (status.person.stage === 'established') return { id: 'check', color: 'charts.green' };
      return { id: 'calendar' };
    }
  }
}

/**
 * "sees you Monday" when the person's next meeting comes on or before their next contact date: the contact can
 * happen there. Undefined otherwise (and for people who are not scheduled).
 */
export function seesYouText(status: PersonStatus, meeting: Meeting | undefined, today: string): string | undefined {
  if (!meeting || !status.scheduled || status.next === undefined || localDay(meeting.start) > status.next) return undefined;
  return l10n.t('sees you {0}', meetingDay(meeting, today));
}

/** The core's "today", "tomorrow", "Monday" or "Thu 10 Dec" in the display language (another language writes the date its way). */
function meetingDay(meeting: Meeting, today: string): string {
  const words = meetingDayWords(meeting, today);
  const weekdays: Record<string, string> = {
    today: l10n.t('today'),
    tomorrow: l10n.t('tomorrow'),
    Sunday: l10n.t('Sunday'),
    Monday: l10n.t('Monday'),
    Tuesday: l10n.t('Tuesday'),
    Wednesday: l10n.t('Wednesday'),
    Thursday: l10n.t('Thursday'),
    Friday: l10n.t('Friday'),
    Saturday: l10n.t('Saturday'),
  };
  if (words in weekdays) return weekdays[words];
  const day = localDay(meeting.start);
  const shown = displayDate(day);
  return shown === day ? words : shown;
}

/** What the tree adds to a person's line beyond their status: a meeting before the next contact, a one-way exchange. */
export interface PersonMarks {
  seesYou?: string;
  /** The exchange runs one way (see `balanceOf`): the tooltip says why. */
  outOfBalance?: boolean;
}

export function personShape(status: PersonStatus, dueSoonDays: number, marks: PersonMarks = {}): PersonShape {
  return {
    label: status.person.name || l10n.t('(no name)'),
    // The meeting first: a narrow sidebar cuts the end of the line, and the icon tells the state too.
    description: [
      marks.seesYou,
      inDisplayLanguage(describeDue(status)),
      status.state === 'lapsed' ? l10n.t('lapsed') : undefined,
      // A mark a screen reader says too (the description is part of the item's label for it).
      marks.outOfBalance ? l10n.t('⇄ out of balance') : undefined,
    ]
      .filter((part) => part !== undefined)
      .join(' · '),
    icon: personIcon(status, dueSoonDays),
    contextValue: status.state === 'archived' ? 'person.archived' : status.scheduled ? 'person.scheduled' : 'person.unscheduled',
  };
}

/** Lapsed, overdue or due today: what the view's badge and the status bar count. */
export function isDueNow(status: PersonStatus): boolean {
  return status.state === 'overdue' || status.state === 'due' || status.state === 'lapsed';
}

export function dueNowCount(view: PlanView): number {
  let count = 0;
  for (const status of view.people) if (isDueNow(status)) count++;
  return count;
}
