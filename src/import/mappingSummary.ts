/** The columns an import takes, in one line: for the preview's summary and the command line's dry run. */
import * as l10n from '@vscode/l10n';
import type { ColumnMapping, ImportField } from '../core';

/** "Name ← “First Name” + “Last Name” · Role ← “Job Title”, “Company” · …": the mapping in one line. */
export function mappingSummary(header: readonly string[], mapping: ColumnMapping): string {
  const column = (field: ImportField) => (mapping[field] === undefined ? undefined : `“${header[mapping[field]] || l10n.t('Column {0}', mapping[field] + 1)}”`);
  const present = (...fields: ImportField[]) => fields.map(column).filter((c): c is string => c !== undefined);
  const name = mapping.name !== undefined ? present('name') : present('firstName', 'lastName');
  const parts = [
    name.length > 0 ? `${l10n.t('Name')} ← ${name.join(' + ')}` : l10n.t('No column holds names'),
    ...(present('title', 'company').length > 0 ? [`${l10n.t('Role')} ← ${present('title', 'company').join(', ')}`] : []),
    ...(present('email').length > 0 ? [`${l10n.t('Email')} ← ${present('email').join('')}`] : []),
    ...(present('notes').length > 0 ? [`${l10n.t('Notes')} ← ${present('notes').join('')}`] : []),
  ];
  return parts.join(' · ');
}
