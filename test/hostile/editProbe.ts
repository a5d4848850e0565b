/** Runs one edit on a plan's text and lists everything wrong with the outcome. */
import { applyEdit, EditError, latestEntryOf, type JournalEntry, type Person, type Plan, type Span } from '../../src/core';
import type { EditCase } from './editExpectations';
import { planFaults } from './invariants';
import { bomFault, changedRange, commentsWithOffsets, excerpt, lineEndingFault, lostComments, type Comment } from './textChecks';

const REFUSAL_CODES = ['syntax', 'unknown-person', 'duplicate-name', 'invalid-value', 'no-change'];

export interface EditOutcome {
  label: string;
  /** How long `applyEdit` itself took, in milliseconds (the checks after it are not counted). */
  ms: number;
  result: 'applied' | 'refused';
  /** The refusal's code, or the changed stretch of an applied edit. */
  detail: string;
  /** The edited text, when the edit applied. */
  out?: string;
  faults: string[];
}

function personFields(p: Person): string {
  const { index: _index, span: _span, fields: _fields, ...rest } = p;
  return JSON.stringify(rest);
}

/** An entry's text; its span ends with the line break of its last line, which an append after a last line without one adds. */
function entryText(text: string, span: Span): string {
  return text.slice(span.start, span.end).replace(/\r?\n$/, '');
}

/** Every person other than `target` keeps their entry's bytes (outside the changed stretch, or found again) and their values. */
function otherPeopleFaults(text: string, out: string, before: Plan, after: Plan, target: Person | undefined): string[] {
  const faults: string[] = [];
  const { prefix, suffix } = changedRange(text, out);
  const untouched = (span: Span) => span.end <= prefix || span.start >= text.length - suffix;
  const entries = new Map<string, number>();
  for (const p of after.people) entries.set(entryText(out, p.span), (entries.get(entryText(out, p.span)) ?? 0) + 1);
  const values = new Set(after.people.map(personFields));
  for (const p of before.people) {
    if (p.index === target?.index) continue;
    const entry = entryText(text, p.span);
    const left = entries.get(entry) ?? 0;
    if (left > 0) entries.set(entry, left - 1);
    else if (!untouched(p.span)) faults.push(`the entry of ${JSON.stringify(p.name)} changed: ${excerpt(entry)}`);
    if (!values.has(personFields(p))) faults.push(`the values of ${JSON.stringify(p.name)} changed`);
  }
  return faults;
}

/** Journal entries the edit must not touch keep their bytes. */
function journalFaults(text: string, out: string, before: Plan, after: Plan, renamedKey: string | undefined, changed?: JournalEntry): string[] {
  const kept = new Set(after.journal.map((e) => entryText(out, e.span)));
  return before.journal
    .filter((e) => e !== changed && (renamedKey === undefined || !e.withKeys.includes(renamedKey)))
    .filter((e) => !kept.has(entryText(text, e.span)))
    .map((e) => `journal entry ${e.index} changed: ${excerpt(text.slice(e.span.start, e.span.end))}`);
}

/** A comment may go only with the entry or field it sat on: removing a person, or a field. */
function commentFaults(text: string, out: string, edit: EditCase, target: Person | undefined): string[] {
  // What an edit takes out (an entry, a field, a list item) may take its comments with it.
  const removing = edit.edit.kind === 'removePerson' || edit.edit.kind === 'removeFromList' || (edit.edit.kind === 'setField' && edit.edit.value === undefined);
  // The entry's own comments: inside it, or after it on its last line.
  const lastLineEnd = (span: Span) => {
    const end = text.indexOf('\n', Math.max(span.start, span.end - 1));
    return end < 0 ? text.length : end;
  };
  const inTarget = (c: Comment) => removing && target !== undefined && c.offset >= target.span.start && c.offset <= lastLineEnd(target.span);
  return lostComments(commentsWithOffsets(text), commentsWithOffsets(out), inTarget).map((c) => `comment lost: ${excerpt(c)}`);
}

/**
 * Applies `edit` to `text` (read as `before`); `read` reads the result back. An edit must either
 * return a text that differs only where it should, or throw an `EditError`.
 */
export function probeEdit(text: string, before: Plan, edit: EditCase, read: (text: string) => Plan): EditOutcome {
  let out: string;
  const started = performance.now();
  const ms = () => performance.now() - started;
  try {
    // The whole result is read back as the product does (through a reader that has read `text`, for large plans).
    out = applyEdit(text, edit.edit, before, read);
  } catch (error) {
    if (!(error instanceof EditError)) return { label: edit.label, ms: ms(), result: 'refused', detail: 'threw', faults: [`threw a non-EditError: ${String((error as Error)?.stack ?? error)}`] };
    const faults: string[] = [];
    if (!REFUSAL_CODES.includes(error.code)) faults.push(`refused with unknown code ${error.code}`);
    if (!error.message.trim()) faults.push('refused with an empty message');
    if (before.syntaxOk && error.code === 'syntax') faults.push('refused for syntax although the plan reads');
    if (!before.syntaxOk && error.code !== 'syntax') faults.push(`a plan with syntax errors was refused as ${error.code}, not syntax`);
    return { label: edit.label, ms: ms(), result: 'refused', detail: error.code, faults };
  }
  const applyMs = ms();
  const faults: string[] = [];
  if (!before.syntaxOk) faults.push('edited a plan that has YAML syntax errors');
  if (typeof out !== 'string' || out === text) return { label: edit.label, ms: applyMs, result: 'applied', detail: 'no change', faults: [...faults, 'returned the text unchanged instead of refusing with no-change'] };
  const { prefix, suffix } = changedRange(text, out);
  const detail = `${excerpt(text.slice(prefix, text.length - suffix), 60)} -> ${excerpt(out.slice(prefix, out.length - suffix), 60)}`;
  const after = read(out);
  if (!after.syntaxOk) faults.push(`the result does not read: ${after.problems.find((p) => p.code === 'yaml-syntax')?.message}`);
  faults.push(...planFaults(after, out).map((f) => `after the edit: ${f}`));
  for (const fault of [bomFault(text, out), lineEndingFault(text, out, before.eol), edit.expect(before, after)]) if (fault) faults.push(fault);
  const target = edit.target;
  faults.push(...otherPeopleFaults(text, out, before, after, target));
  const renamedKey = edit.edit.kind === 'rename' ? target?.key : undefined;
  // Add Promise writes into the person's latest contact (or logs a new one).
  const promiseEntry = edit.edit.kind === 'addPromise' && target ? latestEntryOf(before, target.key) : undefined;
  if (edit.edit.kind !== 'logContact') faults.push(...journalFaults(text, out, before, after, renamedKey, promiseEntry));
  faults.push(...commentFaults(text, out, edit, target));
  const beforeErrors = before.problems.filter((p) => p.severity === 'error' && p.code !== 'over-commit').length;
  const afterErrors = after.problems.filter((p) => p.severity === 'error' && p.code !== 'over-commit').length;
  if (afterErrors > beforeErrors) faults.push(`the edit added errors: ${after.problems.filter((p) => p.severity === 'error').map((p) => p.message).join(' | ')}`);
  return { label: edit.label, ms: applyMs, result: 'applied', detail, out, faults };
}
