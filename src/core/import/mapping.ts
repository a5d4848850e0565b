/** Guessing which column holds what from a header row, and turning rows into contacts. */
import { nameKey } from '../model';
import { IMPORT_FIELDS, type ColumnMapping, type ImportContact, type ImportField, type ImportProblem, type ImportRead, type ImportTable } from './types';

/** Header spellings for each field, best first, compared without case, spaces or punctuation. */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  name: ['name', 'fullname', 'displayname', 'contactname', 'formattedname'],
  firstName: ['firstname', 'givenname', 'forename', 'first'],
  lastName: ['lastname', 'familyname', 'surname', 'last'],
  company: ['company', 'organization', 'organisation', 'organization1name', 'org', 'employer', 'companyname'],
  // "Title" alone is a job title in org charts but a salutation in Outlook exports, which also have "Job Title".
  title: ['position', 'jobtitle', 'organization1title', 'role', 'title'],
  email: ['email', 'emailaddress', 'email1value', 'e-mail', 'mail', 'primaryemail', 'workemail', 'email1'],
  notes: ['notes', 'note', 'comments', 'comment'],
};

const EMAIL = /^[^\s@]+@[^\s@]+$/;

export function headerKey(cell: string): string {
  return cell.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The columns a header most likely means; each column feeds at most one field. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const keys = header.map(headerKey);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const field of IMPORT_FIELDS) {
    for (const synonym of SYNONYMS[field]) {
      const column = keys.findIndex((k, i) => !used.has(i) && k === headerKey(synonym));
      if (column >= 0) {
        mapping[field] = column;
        used.add(column);
        break;
      }
    }
  }
  // "E-mail 2 - Value", "Email (work)": any column that starts like an address column, when none matched exactly.
  if (mapping.email === undefined) {
    const column = keys.findIndex((k, i) => !used.has(i) && (k.startsWith('email') || k.startsWith('mail')));
    if (column >= 0) mapping.email = column;
  }
  return mapping;
}

function cell(cells: readonly string[], column: number | undefined): string {
  return column === undefined ? '' : (cells[column] ?? '').replace(/\s+/g, ' ').trim();
}

/** "Engineer, Larkspur": the title and company the plan's `role` holds. */
export function roleOf(title: string, company: string): string | undefined {
  const parts = [title, company].filter((p) => p !== '');
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** The addresses in a cell ("a@x.example; b@y.example"), and the words that do not look like one. */
export function splitEmails(text: string): { emails: string[]; rejected: string[] } {
  const emails: string[] = [];
  const rejected: string[] = [];
  for (const part of text.split(/[;,\s]+/)) {
    const address = part.replace(/^mailto:/i, '').replace(/^<|>$/g, '');
    if (address === '') continue;
    if (!EMAIL.test(address)) rejected.push(part);
    else if (!emails.includes(address)) emails.push(address);
  }
  return { emails, rejected };
}

/** Notes keep their line breaks (trimmed), unlike the other cells. */
function notesOf(cells: readonly string[], column: number | undefined): string | undefined {
  const text = column === undefined ? '' : (cells[column] ?? '').replace(/\r\n?/g, '\n').trim();
  return text === '' ? undefined : text;
}

/** A contact from each row; rows without a name, or with another count of cells than the header, are bad. */
export function rowsToContacts(table: ImportTable, mapping: ColumnMapping): ImportRead {
  const contacts: ImportContact[] = [];
  const bad: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const hasName = mapping.name !== undefined || mapping.firstName !== undefined || mapping.lastName !== undefined;
  if (!hasName) {
    bad.push({ line: table.headerLine, message: 'no column holds names: map a Name, First Name or Last Name column.' });
    return { contacts, bad, warnings };
  }
  for (const { line, cells } of table.rows) {
    if (cells.length !== table.header.length) {
      bad.push({ line, message: `the row has ${cells.length} fields, the header ${table.header.length}.` });
      continue;
    }
    const name = cell(cells, mapping.name) || [cell(cells, mapping.firstName), cell(cells, mapping.lastName)].filter((p) => p !== '').join(' ');
    if (nameKey(name) === '') {
      bad.push({ line, message: 'the row has no name.' });
      continue;
    }
    const { emails, rejected } = splitEmails(cell(cells, mapping.email));
    for (const word of rejected) warnings.push({ line, message: `"${word}" does not look like an email address; ${name} is imported without it.` });
    const role = roleOf(cell(cells, mapping.title), cell(cells, mapping.company));
    const notes = notesOf(cells, mapping.notes);
    contacts.push({ line, name, emails, ...(role !== undefined && { role }), ...(notes !== undefined && { notes }) });
  }
  return { contacts, bad, warnings };
}
