import { parseDocument, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import { checkNesting, loneCarriageReturn } from './nestingGuard';
import type { Problem } from '../model';

/** The `yaml` options every read uses: plain data only (core schema, no custom tags), duplicate keys are errors. */
// logLevel 'error': the library's own warnings (e.g. on stringified keys) would go to the console; problems are reported here.
export const PARSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = { prettyErrors: false, uniqueKeys: true, schema: 'core', logLevel: 'error' };

/** An alias (`*name`) somewhere in the text: only then is the alias budget worth checking. */
const MAYBE_ALIAS = /(?:^|[\s[{,:])\*[^\s\]},]/;
const MAX_ALIASES = 100;
const STACK_EXHAUSTED = /call stack|too much recursion/i;

/** Parses with `yaml` and reports its errors and warnings as `yaml-syntax` problems. */
export function parseWithProblems(text: string, base: number, problems: Problem[], entryOnly = false): Document.Parsed {
  const tooDeep = checkNesting(text, entryOnly ? 1 : 0);
  if (tooDeep) {
    const at = base + tooDeep.offset;
    problems.push({ code: 'yaml-syntax', severity: 'error', message: `YAML: ${tooDeep.message}; the plan is not read until this is fixed.`, span: { start: at, end: at + 1 } });
    return parseDocument('', PARSE_OPTIONS);
  }
  const loneCr = loneCarriageReturn(text);
  if (loneCr >= 0) {
    const at = base + loneCr;
    problems.push({
      code: 'yaml-syntax',
      severity: 'error',
      message: 'YAML: this file ends lines with a lone carriage return (old Mac line endings), which YAML does not read as a line break. Convert the file to LF or CRLF line endings (in VS Code: the "CRLF"/"LF" item in the status bar).',
      span: { start: at, end: at + 1 },
    });
  }
  const doc = parseDocument(text, PARSE_OPTIONS);
  if (doc.errors.some((e) => STACK_EXHAUSTED.test(e.message))) {
    // Where the stack ran out depends on the caller's depth; report it in one place that does not.
    problems.push({ code: 'yaml-syntax', severity: 'error', message: 'YAML: the plan is nested too deeply to read; flatten the deepest [ ] or { } lists.', span: { start: base, end: base } });
    return parseDocument('', PARSE_OPTIONS);
  }
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


