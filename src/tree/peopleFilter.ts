/** The People view's filter, as plain data: what it keeps, how it reads back from storage, and how it is described. */
import { LIST_NAMES, STAGES, type ListName, type Person, type PersonState, type PersonStatus, type Stage } from '../core';
import * as l10n from '@vscode/l10n';

export const DUE_FILTERS = ['lapsed', 'overdue', 'due', 'upcoming', 'unscheduled', 'archived'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];
export const LIST_FILTERS = [...LIST_NAMES, 'none'] as const;
export type ListFilter = ListName | 'none';

/** Within one kind any value matches (stage building or established); across kinds all must (and on the like list). */
export interface PeopleFilter {
  /** Words that must all appear (ignoring case) in the name, role, topics, how or notes. */
  text?: string;
  stages?: Stage[];
  lists?: ListFilter[];
  due?: DueFilter[];
}

export const DUE_FILTER_TITLES: Record<DueFilter, string> = {
  lapsed: 'lapsed',
  overdue: 'overdue',
  due: l10n.t('due today'),
  upcoming: 'upcoming',
  unscheduled: l10n.t('not scheduled'),
  archived: 'archived',
};

export const LIST_FILTER_TITLES: Record<ListFilter, string> = { like: l10n.t('know & like'), help: l10n.t('can help my career'), none: l10n.t('on no list') };

const DUE_OF_STATE: Record<PersonState, DueFilter> = {
  lapsed: 'lapsed',
  overdue: 'overdue',
  due: 'due',
  upcoming: 'upcoming',
  planned: 'unscheduled',
  paused: 'unscheduled',
  archived: 'archived',
};

function words(text: string | undefined): string[] {
  return (text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

export function isFilterSet(filter: PeopleFilter | undefined): filter is PeopleFilter {
  return filter !== undefined && (words(filter.text).length > 0 || !!filter.stages?.length || !!filter.lists?.length || !!filter.due?.length);
}

function pickOf<T extends string>(value: unknown, allowed: readonly T[]): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const picked = allowed.filter((a) => value.includes(a));
  return picked.length > 0 ? picked : undefined;
}

/** A filter read back from storage (anything unexpected is dropped); undefined when nothing is left to filter by. */
export function filterFrom(raw: unknown): PeopleFilter | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const value = raw as Record<string, unknown>;
  const filter: PeopleFilter = {
    text: typeof value.text === 'string' && value.text.trim() !== '' ? value.text.trim() : undefined,
    stages: pickOf(value.stages, STAGES),
    lists: pickOf(value.lists, LIST_FILTERS),
    due: pickOf(value.due, DUE_FILTERS),
  };
  return isFilterSet(filter) ? filter : undefined;
}

/** "“dana coffee”, building or established, know & like, overdue or lapsed". */
export function describeFilter(filter: PeopleFilter): string {
  const parts: string[] = [];
  if (words(filter.text).length > 0) parts.push(`“${filter.text!.trim()}”`);
  if (filter.stages?.length) parts.push(filter.stages.join(' or '));
  if (filter.lists?.length) parts.push(filter.lists.map((l) => LIST_FILTER_TITLES[l]).join(' or '));
  if (filter.due?.length) parts.push(filter.due.map((d) => DUE_FILTER_TITLES[d]).join(' or '));
  return parts.join(', ');
}

function onList(person: Person, lists: readonly ListFilter[]): boolean {
  return lists.some((list) => (list === 'none' ? person.lists.length === 0 : person.lists.includes(list)));
}

/**
 * Tells who a filter keeps. The lower-cased text a person is searched in is made once per person object (the
 * reader gives the same object again while the person's entry is unchanged), so typing in a large plan and
 * filtering again stay cheap.
 */
export class FilterMatcher {
  private readonly haystacks = new WeakMap<Person, string>();

  private haystackOf(person: Person): string {
    let haystack = this.haystacks.get(person);
    if (haystack === undefined) {
      haystack = [person.name, person.role, person.how, person.notes, ...person.topics].filter(Boolean).join('\n').toLowerCase();
      this.haystacks.set(person, haystack);
    }
    return haystack;
  }

  /** A test for one person under `filter`. */
  test(filter: PeopleFilter): (status: PersonStatus) => boolean {
    const needles = words(filter.text);
    const stages = filter.stages?.length ? filter.stages : undefined;
    const lists = filter.lists?.length ? filter.lists : undefined;
    const due = filter.due?.length ? filter.due : undefined;
    return (status) => {
      const { person } = status;
      if (stages && !stages.includes(person.stage)) return false;
      if (lists && !onList(person, lists)) return false;
      if (due && !due.includes(DUE_OF_STATE[status.state])) return false;
      if (needles.length === 0) return true;
      const haystack = this.haystackOf(person);
      return needles.every((needle) => haystack.includes(needle));
    };
  }
}
