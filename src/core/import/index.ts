/**
 * Importing people from contacts files: guessing the columns of a table from its header, turning rows into
 * people (bad rows reported with their lines), leaving out people already in the plan or repeated in the file,
 * and the one edit that appends the rest. Parsing the files (CSV, vCard) is the adapters' part (src/import/).
 *
 * Imports: `model` (names as the plan compares them), `edit` (the edit's types).
 */
export { guessMapping, headerKey, roleOf, rowsToContacts, splitEmails } from './mapping';
export { importEdit, selectNew, toNewPerson } from './select';
export * from './types';
