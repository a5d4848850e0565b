/** The Import People preview page: the guessed columns (editable), the lists, who is new, who is known, what is bad. */
import * as l10n from '@vscode/l10n';
import { IMPORT_FIELDS, LIST_NAMES, type ColumnMapping, type ImportContact, type ImportField, type ImportProblem, type ImportRead, type ImportSelection, type ImportTable, type ListName } from '../core';
import { formatCount, peopleText } from '../tree/paging';
import { escapeHtml as h } from '../webview/escapeHtml';
import { mappingSummary } from './mappingSummary';

/** Everything the page shows; `unchecked` and `lists` are the user's choices so far. */
export interface PreviewState {
  fileName: string;
  planName: string;
  table: ImportTable;
  mapping: ColumnMapping;
  read: ImportRead;
  selection: ImportSelection;
  unchecked: ReadonlySet<number>;
  lists: ReadonlySet<ListName>;
  /** Set when the file was not UTF-8 and was read as Windows-1252. */
  encodingNote?: string;
  /** Whether the columns' table is shown open (the user is changing them, or no column holds names). */
  columnsOpen?: boolean;
}

export function fieldLabel(field: ImportField): string {
  const labels: Record<ImportField, string> = {
    name: l10n.t('Full name'),
    firstName: l10n.t('First name'),
    lastName: l10n.t('Last name'),
    company: l10n.t('Company'),
    title: l10n.t('Job title'),
    email: l10n.t('Email'),
    notes: l10n.t('Notes'),
  };
  return labels[field];
}

function listLabel(list: ListName): string {
  return list === 'like' ? l10n.t('Know & like') : l10n.t('Can help my career');
}


function mappingRows(state: PreviewState): string {
  const first = state.table.rows[0]?.cells ?? [];
  return IMPORT_FIELDS.map((field) => {
    const chosen = state.mapping[field];
    const options = [`<option value=""${chosen === undefined ? ' selected' : ''}>${h(l10n.t('(not imported)'))}</option>`]
      .concat(state.table.header.map((cell, column) => `<option value="${column}"${chosen === column ? ' selected' : ''}>${h(cell || l10n.t('Column {0}', column + 1))}</option>`))
      .join('');
    const example = chosen === undefined ? '' : (first[chosen] ?? '');
    return `<tr><th scope="row"><label for="map-${field}">${h(fieldLabel(field))}</label></th><td><select id="map-${field}" data-field="${field}">${options}</select></td><td class="example" title="${h(example)}">${h(example)}</td></tr>`;
  }).join('\n');
}

function listChoices(state: PreviewState): string {
  return LIST_NAMES.map((list) => `<label><input type="checkbox" name="list" value="${list}"${state.lists.has(list) ? ' checked' : ''}> ${h(listLabel(list))}</label>`).join('\n');
}

function personRow(contact: ImportContact, checked: boolean): string {
  const label = l10n.t('Import {0}', contact.name);
  const notes = contact.notes ?? '';
  return `<tr><td><input type="checkbox" data-line="${contact.line}"${checked ? ' checked' : ''} aria-label="${h(label)}"></td><td>${h(contact.name)}</td><td>${h(contact.role ?? '')}</td><td>${h(contact.emails.join(', '))}</td><td class="notes" title="${h(notes)}">${h(notes)}</td><td class="line">${contact.line}</td></tr>`;
}

function newPeople(state: PreviewState): string {
  const { toImport } = state.selection;
  if (toImport.length === 0) return `<p class="muted">${h(l10n.t('Nobody new: everyone in the file is already in the plan, or no row could be read.'))}</p>`;
  const rows = toImport.map((c) => personRow(c, !state.unchecked.has(c.line))).join('\n');
  return `<div class="bulk"><button type="button" class="secondary" data-select="all">${h(l10n.t('Select all'))}</button> <button type="button" class="secondary" data-select="none">${h(l10n.t('Select none'))}</button></div>
<table class="people"><thead><tr><th><span class="hidden">${h(l10n.t('Import'))}</span></th><th>${h(l10n.t('Name'))}</th><th>${h(l10n.t('Role'))}</th><th>${h(l10n.t('Email'))}</th><th>${h(l10n.t('Notes'))}</th><th>${h(l10n.t('Line'))}</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

function knownPeople(state: PreviewState): string {
  const rows = state.selection.skipped.map((skip) => {
    const why = skip.reason === 'in-plan' ? l10n.t('already in the plan as "{0}"', skip.matches) : l10n.t('repeats "{0}" of line {1}', skip.matches, skip.firstLine ?? '');
    return `<tr><td>${h(skip.contact.name)}</td><td>${h(why)}</td><td class="line">${skip.contact.line}</td></tr>`;
  });
  return `<table><thead><tr><th>${h(l10n.t('Name'))}</th><th>${h(l10n.t('Why it is skipped'))}</th><th>${h(l10n.t('Line'))}</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

function problems(list: readonly ImportProblem[]): string {
  const rows = list.map((p) => `<tr><td class="line">${p.line}</td><td>${h(p.message)}</td></tr>`);
  return `<table><thead><tr><th>${h(l10n.t('Line'))}</th><th>${h(l10n.t('What is wrong'))}</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

function section(id: string, title: string, content: string): string {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${h(title)}</h2>\n${content}\n</section>`;
}

/** The count on the Import button, in the page's script too (it updates as boxes are ticked). */
function buttonTexts(): string {
  return `data-none="${h(l10n.t('Select people to import'))}" data-one="${h(l10n.t('Import 1 person'))}" data-many="${h(l10n.t('Import {0} people'))}"`;
}

export function previewHtml(state: PreviewState): string {
  const { selection, read } = state;
  const selected = selection.toImport.filter((c) => !state.unchecked.has(c.line)).length;
  const summary = l10n.t('New: {0}. Already known: {1}. Not readable: {2}.', peopleText(selection.toImport.length), peopleText(selection.skipped.length), read.bad.length === 1 ? l10n.t('1 row') : l10n.t('{0} rows', formatCount(read.bad.length)));
  const named = state.mapping.name !== undefined || state.mapping.firstName !== undefined || state.mapping.lastName !== undefined;
  const columns = `<details id="columns"${state.columnsOpen === true || !named ? ' open' : ''}><summary><strong>${h(l10n.t('Columns'))}:</strong> ${h(mappingSummary(state.table.header, state.mapping))} <span class="muted">${h(l10n.t('(change)'))}</span></summary>
<p class="muted">${h(l10n.t('Guessed from the header row. Change any that is wrong; the first row is shown as an example.'))}</p>
<table class="mapping"><thead><tr><th>${h(l10n.t('In the plan'))}</th><th>${h(l10n.t('Column in the file'))}</th><th>${h(l10n.t('First row'))}</th></tr></thead><tbody>${mappingRows(state)}</tbody></table>
<p class="muted">${h(l10n.t('Job title and company become the role; first and last name are used when no column holds the full name.'))}</p></details>`;
  const lists = `<fieldset class="lists"><legend>${h(l10n.t('Put the imported people on'))}</legend> ${listChoices(state)}<div class="muted">${h(l10n.t('On neither list, they wait under "Not on a list" until you sort them.'))}</div></fieldset>`;
  const parts = [
    `<h1>${h(l10n.t('Import people from {0}', state.fileName))}</h1>`,
    `<p class="summary" role="status">${h(summary)} ${h(l10n.t('They are added to {0} in one edit (one Undo).', state.planName))}</p>`,
    state.encodingNote ? `<p class="warning" role="note">${h(state.encodingNote)}</p>` : '',
    '<form id="import">',
    columns,
    lists,
    section('new', l10n.t('New people ({0})', selection.toImport.length), newPeople(state)),
    read.bad.length > 0 ? section('bad', l10n.t('Rows not imported ({0})', read.bad.length), problems(read.bad)) : '',
    read.warnings.length > 0 ? section('warnings', l10n.t('Imported with a warning ({0})', read.warnings.length), problems(read.warnings)) : '',
    selection.skipped.length > 0 ? section('known', l10n.t('Already known ({0})', selection.skipped.length), knownPeople(state)) : '',
    `<div class="actions"><button type="submit" id="import-button" ${buttonTexts()} data-count="${selected}"${selected === 0 ? ' disabled' : ''}>${h(selected === 0 ? l10n.t('Select people to import') : selected === 1 ? l10n.t('Import 1 person') : l10n.t('Import {0} people', formatCount(selected)))}</button> <button type="button" class="secondary" data-action="cancel">${h(l10n.t('Cancel'))}</button></div>`,
    '</form>',
  ];
  return parts.filter((p) => p !== '').join('\n');
}
