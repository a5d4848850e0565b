/** The children of a group: its people up to the group's limit, then "Show more" when some are left. */
import type { PersonStatus } from '../core';
import { pageOf } from './paging';
import { GroupTreeItem, MessageTreeItem, PersonTreeItem, ShowMoreTreeItem, type PlanTreeItem } from './treeItems';
import { isDueNow, personShape, type PersonMarks } from './treeShape';

/** The marks of a person's line ("sees you Monday", out of balance; see `PersonMarks`). */
export type MarksOf = (status: PersonStatus, planUri: GroupTreeItem['snapshot']['uri']) => PersonMarks;

function personItem(group: GroupTreeItem, status: PersonStatus, occurrence: number, dueSoonDays: number, marksOf?: MarksOf): PersonTreeItem {
  // The occurrence keeps ids unique when a name is written twice.
  const id = `${group.key}#${status.person.key}#${occurrence}`;
  return new PersonTreeItem(group.snapshot.uri, status, group.shape.id, personShape(status, dueSoonDays, marksOf?.(status, group.snapshot.uri)), id);
}

export function groupChildren(group: GroupTreeItem, limit: number, dueSoonDays: number, marksOf?: MarksOf): PlanTreeItem[] {
  const { shape } = group;
  if (shape.people.length === 0) return [new MessageTreeItem(shape.emptyHint, `${group.key}#empty`, { icon: { id: 'info' } })];
  const seen = new Map<string, number>();
  const page = pageOf(shape.people, limit, shape.label, isDueNow);
  const items: PlanTreeItem[] = page.shown.map((status) => {
    const occurrence = (seen.get(status.person.key) ?? 0) + 1;
    seen.set(status.person.key, occurrence);
    return personItem(group, status, occurrence, dueSoonDays, marksOf);
  });
  if (page.more) items.push(new ShowMoreTreeItem(group.key, page.more));
  return items;
}

/** The item of the group's person at `index`, the same as `groupChildren` gives once the limit includes it. */
export function personItemAt(group: GroupTreeItem, index: number, dueSoonDays: number, marksOf?: MarksOf): PersonTreeItem | undefined {
  const people = group.shape.people;
  const status = people[index];
  if (!status) return undefined;
  let occurrence = 0;
  for (let i = 0; i <= index; i++) if (people[i].person.key === status.person.key) occurrence++;
  return personItem(group, status, occurrence, dueSoonDays, marksOf);
}
