import type { ListName } from '../model';

/** The plan's places an imported column can go to. */
export const IMPORT_FIELDS = ['name', 'firstName', 'lastName', 'company', 'title', 'email', 'notes'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Which column (0-based) feeds each field; a field without a column is left out. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** A table read from a file: the header's cells and each row with the line it starts on (1-based). */
export interface ImportTable {
  header: string[];
  /** The line the header is on. */
  headerLine: number;
  rows: { line: number; cells: string[] }[];
}

/** One person read from a file, before it is compared with the plan. */
export interface ImportContact {
  /** The line where the row or card starts (1-based). */
  line: number;
  name: string;
  role?: string;
  emails: string[];
  notes?: string;
}

/** A row or card that cannot be imported, and why. */
export interface ImportProblem {
  line: number;
  message: string;
}

/** What reading a file gave: people, bad rows (not imported) and warnings (imported, with something left out). */
export interface ImportRead {
  contacts: ImportContact[];
  bad: ImportProblem[];
  warnings: ImportProblem[];
}

/** A contact that is not imported because it is already known. */
export interface ImportSkip {
  contact: ImportContact;
  reason: 'in-plan' | 'repeated';
  /** The name it matched: as the plan spells it, or as first read in the file. */
  matches: string;
  /** For a repeat: the line of the first one. */
  firstLine?: number;
}

export interface ImportSelection {
  toImport: ImportContact[];
  skipped: ImportSkip[];
}

export type ImportLists = readonly ListName[];
