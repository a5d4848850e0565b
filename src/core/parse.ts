import { parseDocument, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import type { Problem } from './types';

/** The `yaml` options every read uses: plain data only (core schema, no custom tags), duplicate keys are errors. */
export const PARSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = { prettyErrors: false, uniqueKeys: true, schema: 'core' };

/** An alias (`*name`) somewhere in the text: only then is the alias budget worth checking. */
const MAYBE_ALIAS = /(?:^|[\s[{,:])\*[^\s\]},]/;
const MAX_ALIASES = 100;

/** Parses with `yaml` and reports its errors and warnings as `yaml-syntax` problems. */
export function parseWithProblems(text: string, base: number, problems: Problem[]): Document.Parsed {
  const doc = parseDocument(text, PARSE_OPTIONS);
  for (const error of doc.errors) problems.push(syntaxProblem('error', error.message, base, clamp(error.pos, text.length)));
  for (const warning of doc.warnings) problems.push(syntaxProblem('warning', warning.message, base, clamp(warning.pos, text.length)));
  if (doc.errors.length === 0 && MAYBE_ALIAS.test(text)) checkAliasBudget(doc, text, base, problems);
  return doc;
}

/** The parser may point one past the end (at end of input): keep spans inside the text. */
function clamp(pos: [number, number], length: number): [number, number] {
  const start = Math.min(Math.max(0, pos[0]), length);
  return [start, Math.min(Math.max(start, pos[1]), length)];
}

function syntaxProblem(severity: 'error' | 'warning', message: string, base: number, pos: [number, number]): Problem {
  const text = message.replace(/\s+/g, ' ').trim();
  const hint = severity === 'error' ? ' Fix the YAML here; nothing is saved into the plan until it reads again.' : '';
  return { code: 'yaml-syntax', severity, message: `YAML: ${text}.${hint}`.replace(/\.\./g, '.'), span: { start: base + pos[0], end: base + Math.max(pos[1], pos[0]) } };
}

/** An alias bomb expands exponentially: `toJS` enforces the budget and stops early. */
function checkAliasBudget(doc: Document.Parsed, text: string, base: number, problems: Problem[]): void {
  try {
    doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const at = Math.max(0, text.search(MAYBE_ALIAS));
    problems.push({
      code: 'yaml-syntax',
      severity: 'error',
      message: `YAML: the aliases (*name) here expand to too much data (${error instanceof Error ? error.message : String(error)}). Write the values out instead of aliasing them.`,
      span: { start: base + at, end: base + at + 1 },
    });
  }
}

