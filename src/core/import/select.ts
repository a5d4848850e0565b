/** Which contacts are new to the plan, and the one edit that appends them. */
import { nameKey, type Plan } from '../model';
import type { NewPerson, PlanEdit } from '../edit';
import type { ImportContact, ImportLists, ImportSelection, ImportSkip } from './types';

/** The contacts to import in file order: not in the plan (archived people included) and each name once. */
export function selectNew(plan: Plan, contacts: readonly ImportContact[]): ImportSelection {
  const inPlan = new Map<string, string>(plan.people.map((p) => [p.key, p.name]));
  const seen = new Map<string, ImportContact>();
  const toImport: ImportContact[] = [];
  const skipped: ImportSkip[] = [];
  for (const contact of contacts) {
    const key = nameKey(contact.name);
    const known = inPlan.get(key);
    const first = seen.get(key);
    if (known !== undefined) skipped.push({ contact, reason: 'in-plan', matches: known });
    else if (first) skipped.push({ contact, reason: 'repeated', matches: first.name, firstLine: first.line });
    else {
      seen.set(key, contact);
      toImport.push(contact);
    }
  }
  return { toImport, skipped };
}

export function toNewPerson(contact: ImportContact, lists: ImportLists): NewPerson {
  return {
    name: contact.name,
    ...(lists.length > 0 && { lists: [...lists] }),
    ...(contact.role !== undefined && { role: contact.role }),
    ...(contact.emails.length > 0 && { email: contact.emails.length === 1 ? contact.emails[0] : [...contact.emails] }),
    ...(contact.notes !== undefined && { notes: contact.notes }),
  };
}

/** The one edit that appends `contacts` (undefined when there is nobody to add). */
export function importEdit(contacts: readonly ImportContact[], lists: ImportLists): PlanEdit | undefined {
  if (contacts.length === 0) return undefined;
  return { kind: 'addPeople', people: contacts.map((c) => toNewPerson(c, lists)) };
}
