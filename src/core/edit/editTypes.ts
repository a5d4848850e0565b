import type { ExchangeKind, ListName, Stage } from '../model';

/** The fields `setField` may change (names change by `rename`, lists by `addToList` / `removeFromList`). */
export const EDITABLE_FIELDS = ['how', 'cadence', 'stage', 'role', 'topics', 'notes', 'next'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export interface NewPerson {
  name: string;
  lists?: ListName[];
  stage?: Stage;
  role?: string;
  how?: string;
  /** In the cadence grammar, e.g. "every 2 weeks". */
  cadence?: string;
  /** `YYYY-MM-DD`. */
  next?: string;
  topics?: string[];
  notes?: string;
  /** One address or several. */
  email?: string | string[];
}

/** One thing given, received, promised or kept in a contact: for everyone in it, or for the people named in `for`. */
export interface ContactItem {
  kind: ExchangeKind;
  text: string;
  /** Names among the contact's `with`; missing (or naming everyone) means the item is for everyone. */
  for?: string[];
}

/** The settings an edit may write (Review Lists writes the date it was done). */
export const EDITABLE_SETTINGS = ['lastReview'] as const;
export type EditableSetting = (typeof EDITABLE_SETTINGS)[number];

/**
 * One change to the plan. Names are matched trimmed and case-insensitively; values are written
 * trimmed. For `setField`, `undefined` (or an empty text or list) removes the field.
 */
export type PlanEdit =
  | { kind: 'addPerson'; person: NewPerson }
  /** Several people appended at once, in order (one splice, one Undo). */
  | { kind: 'addPeople'; people: NewPerson[] }
  | { kind: 'addToList' | 'removeFromList'; name: string; list: ListName }
  | { kind: 'logContact'; date: string; with: string[]; note?: string; gave?: string; got?: string; items?: ContactItem[] }
  /** Adds a promise (mine, or `theirs`) to the person's latest contact; with no contact yet, logs one on `date` holding it. */
  | { kind: 'addPromise'; name: string; text: string; theirs?: boolean; date: string }
  /** Sets the stage and records `<date> <stage>` in the person's `history`. */
  | { kind: 'setStage'; name: string; stage: Stage; date: string }
  | { kind: 'setField'; name: string; field: EditableField; value: string | string[] | undefined }
  | { kind: 'rename'; name: string; newName: string }
  | { kind: 'removePerson'; name: string }
  /** `archived: <date>` on the person (their journal stays); `restore` removes the key. */
  | { kind: 'archive'; name: string; date: string }
  | { kind: 'restore'; name: string }
  /** Sets a key of `settings:` (which is created when the plan has none). */
  | { kind: 'setSetting'; key: EditableSetting; value: string };

export type EditErrorCode = 'syntax' | 'unknown-person' | 'duplicate-name' | 'invalid-value' | 'no-change';

/** Why an edit was refused; the text was not changed. */
export class EditError extends Error {
  constructor(
    readonly code: EditErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EditError';
  }
}
