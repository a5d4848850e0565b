/** Shared checks for the edit tests: line diffs, comments, problems. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Lexer } from 'yaml';
import { applyEdit, type PlanEdit } from '../../../../src/core/edit';
import { readPlan } from '../../../../src/core/read';
import { nameKey, type Plan } from '../../../../src/core';

export const EDIT_FIXTURES = path.resolve(__dirname, '../../../../../test/fixtures/edits');

export function fixture(name: string): string {
  return fs.readFileSync(path.join(EDIT_FIXTURES, name), 'utf8');
}

/** The lines only in `before` and only in `after` (a longest-common-subsequence diff, line endings included). */
export function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  const lcs: number[][] = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      i++;
      j++;
    } else if (j < y.length && (i === x.length || lcs[i][j + 1] >= lcs[i + 1][j])) added.push(y[j++]);
    else removed.push(x[i++]);
  }
  return { removed, added };
}

/** Every comment in the text, as the YAML lexer sees them (so `#` inside quotes does not count). */
export function commentsOf(text: string): string[] {
  return [...new Lexer().lex(text)].filter((token) => token.startsWith('#')).map((token) => token.trimEnd());
}

/** Problems as `code: message`, for comparing a plan's problems before and after an edit. */
export function problemList(plan: Plan): string[] {
  return plan.problems.map((p) => `${p.code}: ${p.message}`).sort();
}

/** Applies the edit, then checks the result reads with no new problems and keeps the comments not listed as removed. */
export function editAndCheck(text: string, edit: PlanEdit, removedComments: string[] = [], newProblems: string[] = []): { out: string; plan: Plan } {
  const before = readPlan(text);
  const out = applyEdit(text, edit, before);
  const plan = readPlan(out);
  assert.ok(plan.syntaxOk, 'the result must parse');
  const kept = new Set(removedComments);
  const expectedComments = commentsOf(text).filter((c) => !kept.has(c));
  assert.deepEqual(commentsOf(out), expectedComments);
  const expectedProblems = [...problemList(before), ...newProblems].sort();
  assert.deepEqual(problemList(plan).filter((p) => !p.startsWith('over-commit')), expectedProblems.filter((p) => !p.startsWith('over-commit')));
  return { out, plan };
}

/** The person as the reader sees them. */
export function personIn(plan: Plan, name: string): Plan['people'][number] | undefined {
  return plan.people.find((p) => p.key === nameKey(name));
}

/** Names and texts that break naive YAML writers. */
export const HOSTILE_TEXTS = [
  'no',
  'No',
  'yes',
  'null',
  '~',
  'true',
  '2024',
  '-1',
  '0x1F',
  '1e5',
  '.inf',
  'a: b',
  'a:b',
  'key:',
  '#x',
  'C# and F#',
  'x #y',
  ' leading',
  'trailing ',
  '[x]',
  '{x}',
  'a, b',
  '*star',
  '&anchor',
  '!tag',
  '|pipe',
  '>gt',
  '%pct',
  '@at',
  '`tick',
  '"double"',
  "'single'",
  "O'Neil",
  'back\\slash',
  'line\nbreak',
  'tab\there',
  'cr\rhere',
  '- dash',
  '? question',
  '---',
  '...',
  'Zoë 😀 family 👨‍👩‍👧',
  'مرحبا بالعالم',
  'שלום \u200f',
  '\u0000nul',
  '\u0085nel',
  '\u2028ls',
  '\ufeffbom',
  '\ud800lone',
  '2026-12-03',
  '<<',
];
