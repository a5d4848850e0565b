/** What the tree shows, as plain data: groups and person items, computed from a derived view. */
import { describeDue, localDay, meetingDayWords, type Meeting, type PersonStatus, type PlanView } from '../core';
import { formatCount } from './paging';

export type GroupId = 'both' | 'like' | 'help' | 'none';

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
  /** `person.scheduled` or `person.unscheduled`: menus offer Snooze only to scheduled people. */
  contextValue: string;
}

function slotsText(free: number, max: number, building: number): string {
  if (max === 0) return 'no slots for new relationships';
  if (building > max) return `over-committed: ${building} building, limit ${max}`;
  if (free === 0) return `no slot free: ${building} building`;
  return `${free} of ${max} ${max === 1 ? 'slot' : 'slots'} free`;
}

function countText(n: number): string {
  return n === 1 ? '1 person' : `${formatCount(n)} people`;
}

/** The root groups: "Start here" (both lists) first, then each list, then "Not on a list" when anyone is. */
export function groupShapes(view: PlanView, maxNewRelationships: number): GroupShape[] {
  const { both, like, help, none } = view.lists;
  const building = view.building.length;
  const groups: GroupShape[] = [
    {
      id: 'both',
      label: 'Start here',
      description: `${formatCount(both.length)} · ${slotsText(view.freeSlots, maxNewRelationships, building)}`,
      tooltip:
        `${countText(both.length)} on both lists: you know and like them, and they can help your career. ` +
        `Start your new relationships here. You are building ${building} of at most ${maxNewRelationships} at a time.`,
      expanded: true,
      people: both,
      emptyHint: 'Nobody is on both lists yet',
    },
    {
      id: 'like',
      label: 'Know & like',
      description: formatCount(like.length),
      tooltip: `${countText(like.length)} you know and like.`,
      expanded: false,
      people: like,
      emptyHint: 'Add people you know and like',
    },
    {
      id: 'help',
      label: 'Can help my career',
      description: formatCount(help.length),
      tooltip: `${countText(help.length)} who can help your career.`,
      expanded: false,
      people: help,
      emptyHint: 'Add people who can help your career',
    },
  ];
  if (none.length > 0) {
    groups.push({
      id: 'none',
      label: 'Not on a list',
      description: formatCount(none.length),
      tooltip: `${countText(none.length)} on neither list: add them to a list, or remove them.`,
      expanded: false,
      people: none,
      emptyHint: '',
    });
  }
  return groups;
}

/** The icon for a person's state: overdue, due today, due soon, upcoming, "call anytime", planned, paused. */
export function personIcon(status: PersonStatus, dueSoonDays: number): IconShape {
  switch (status.state) {
    case 'overdue':
      return { id: 'warning', color: 'list.warningForeground' };
    case 'due':
      return { id: 'bell', color: 'charts.blue' };
    case 'paused':
      return { id: 'debug-pause', color: 'disabledForeground' };
    case 'planned':
      return { id: 'circle-outline' };
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
  return `sees you ${meetingDayWords(meeting, today)}`;
}

export function personShape(status: PersonStatus, dueSoonDays: number, seesYou?: string): PersonShape {
  return {
    label: status.person.name || '(no name)',
    // The meeting first: a narrow sidebar cuts the end of the line, and the icon tells the state too.
    description: seesYou ? `${seesYou} · ${describeDue(status)}` : describeDue(status),
    icon: personIcon(status, dueSoonDays),
    contextValue: status.scheduled ? 'person.scheduled' : 'person.unscheduled',
  };
}

/** Overdue or due today: what the view's badge and the status bar count. */
export function isDueNow(status: PersonStatus): boolean {
  return status.state === 'overdue' || status.state === 'due';
}

export function dueNowCount(view: PlanView): number {
  let count = 0;
  for (const status of view.people) if (isDueNow(status)) count++;
  return count;
}
