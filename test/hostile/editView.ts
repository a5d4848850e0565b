/** How an applied edit must show in the derived view (the sidebar's lists, who is building, when someone is next due). */
import { deriveView, nameKey, type Plan, type PlanEdit } from '../../src/core';

export const VIEW_TODAY = '2026-11-30';

/** A fault in the view of `after` (the plan read back after `edit` was applied to `before`), or undefined. */
export function viewFault(edit: PlanEdit, before: Plan, after: Plan): string | undefined {
  const view = deriveView(after, VIEW_TODAY);
  const status = (name: string) => view.byKey.get(nameKey(name));
  const inList = (name: string, list: 'like' | 'help') => view.lists[list].some((s) => s.person.key === nameKey(name));
  switch (edit.kind) {
    case 'addPerson': {
      const added = status(edit.person.name);
      if (!added) return `${edit.person.name} is not in the view`;
      return (edit.person.lists ?? []).every((l) => inList(edit.person.name, l)) ? undefined : `${edit.person.name} is missing from a list`;
    }
    case 'addToList':
    case 'removeFromList':
      return inList(edit.name, edit.list) === (edit.kind === 'addToList') ? undefined : `the view's ${edit.list} list is wrong for ${edit.name}`;
    case 'logContact':
      for (const name of edit.with) {
        const s = status(name);
        if (!s || !s.entries.some((e) => e.date === edit.date) || s.lastContact === undefined || s.lastContact < edit.date) return `the contact with ${name} on ${edit.date} is not in the view`;
      }
      return undefined;
    case 'setField': {
      const s = status(edit.name);
      if (!s) return `${edit.name} left the view`;
      if (edit.field === 'stage' && typeof edit.value === 'string' && s.person.archived === undefined) {
        const building = view.building.includes(s);
        if (building !== (edit.value === 'building') || s.scheduled !== (edit.value === 'building' || edit.value === 'established')) return `the view does not show ${edit.name} as ${edit.value}`;
      }
      // An explicit next date later than the last contact is the next contact.
      if (edit.field === 'next' && typeof edit.value === 'string' && s.scheduled && (s.lastContact === undefined || edit.value > s.lastContact) && s.next !== edit.value) {
        return `the view's next contact for ${edit.name} is ${s.next}, not ${edit.value}`;
      }
      return undefined;
    }
    case 'rename': {
      const oldKey = nameKey(edit.name);
      const entries = before.journal.filter((e) => e.withKeys.includes(oldKey)).length;
      const s = status(edit.newName);
      return s && s.entries.length === entries ? undefined : `the view shows ${s?.entries.length} entries for ${edit.newName}, not ${entries}`;
    }
    case 'removePerson':
      return status(edit.name) ? `${edit.name} is still in the view` : undefined;
    case 'archive':
    case 'restore': {
      const s = status(edit.name);
      const archived = s !== undefined && view.archived.includes(s);
      const listed = s !== undefined && Object.values(view.lists).some((list) => list.includes(s));
      if (archived !== (edit.kind === 'archive')) return `the view does not show ${edit.name} as ${edit.kind === 'archive' ? 'archived' : 'restored'}`;
      return edit.kind === 'archive' && (listed || s?.scheduled === true) ? `${edit.name} is archived but still on a list or scheduled` : undefined;
    }
    case 'setSetting':
      return undefined;
  }
}
