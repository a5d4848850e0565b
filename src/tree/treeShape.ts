/** What the tree shows, as plain data: groups and person items, computed from a derived view. */
import { describeDue, type PersonStatus, type PlanView } from '../core';
import { formatCount } from './paging';

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
  if (max === 0) return 'no slots for new relationships';
  if (building > max) return `over-committed: ${building} building, limit ${max}`;
  if (free === 0) return `no slot free: ${building} building`;
  return `${free} of ${max} ${max === 1 ? 'slot' : 'slots'} free`;
}

function countText(n: number): string {
  return n === 1 ? '1 person' : `${formatCount(n)} people`;
}

/**
 * The root groups: "Start here" (both lists) first, then each list, then "Not on a list" and "Archived" when anyone
 * is. With `keep` (the view's filter), each group shows only the people it keeps, and groups left empty are left out.
 */
export function groupShapes(view: PlanView, maxNewRelationships: number, keep?: (status: PersonStatus) => boolean): GroupShape[] {
  const pick = (people: PersonStatus[]) => (keep ? people.filter(keep) : people);
  const count = (shown: PersonStatus[], all: PersonStatus[]) => (keep ? `${formatCount(shown.length)} of ${formatCount(all.length)}` : formatCount(all.length));
  const [both, like, help, none, archived] = [view.lists.both, view.lists.like, view.lists.help, view.lists.none, view.archived].map(pick);
  const building = view.building.length;
  const groups: GroupShape[] = [
    {
      id: 'both',
      label: 'Start here',
      description: `${count(both, view.lists.both)} · ${slotsText(view.freeSlots, maxNewRelationships, building)}`,
      tooltip:
        `${countText(view.lists.both.length)} on both lists: you know and like them, and they can help your career. ` +
        `Start your new relationships here. You are building ${building} of at most ${maxNewRelationships} at a time.`,
      expanded: true,
      people: both,
      emptyHint: 'Nobody is on both lists yet',
    },
    {
      id: 'like',
      label: 'Know & like',
      description: count(like, view.lists.like),
      tooltip: `${countText(view.lists.like.length)} you know and like.`,
      expanded: false,
      people: like,
      emptyHint: 'Add people you know and like',
    },
    {
      id: 'help',
      label: 'Can help my career',
      description: count(help, view.lists.help),
      tooltip: `${countText(view.lists.help.length)} who can help your career.`,
      expanded: false,
      people: help,
      emptyHint: 'Add people who can help your career',
    },
  ];
  if (view.lists.none.length > 0) {
    groups.push({
      id: 'none',
      label: 'Not on a list',
      description: count(none, view.lists.none),
      tooltip: `${countText(view.lists.none.length)} on neither list: add them to a list, or remove them.`,
      expanded: false,
      people: none,
      emptyHint: '',
    });
  }
  if (view.archived.length > 0) {
    groups.push({
      id: 'archived',
      label: 'Archived',
      description: count(archived, view.archived),
      tooltip: `${countText(view.archived.length)} archived: never due and on no list; their journal stays. Restore Person brings someone back.`,
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

export function personShape(status: PersonStatus, dueSoonDays: number): PersonShape {
  return {
    label: status.person.name || '(no name)',
    description: status.state === 'lapsed' ? `${describeDue(status)} · lapsed` : describeDue(status),
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
