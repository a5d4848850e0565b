/**
 * Edits of the plan's text, text in and text out: each one splices the smallest change into the text,
 * keeps every other byte (comments, quoting, line endings), and checks that the changed entries read
 * back as meant, or refuses with an `EditError` and changes nothing. Also the starter plan that
 * "Create Plan" writes.
 *
 * Imports: `model`, `read` (to read a plan it was not given, and to parse what it writes the way a
 * read does).
 */
export { applyEdit, applyEditPaced, applyEditsPaced, type ReadWhole } from './applyEdit';
export { EditError, EDITABLE_FIELDS, EDITABLE_SETTINGS, type ContactItem, type EditableField, type EditableSetting, type EditErrorCode, type NewPerson, type PlanEdit } from './editTypes';
export { latestEntryOf } from './editExchange';
export { starterPlan } from './starterPlan';
export { verifyAddedPeople } from './editNewPerson';
