/** fast-check generators of broken and odd texts: arbitrary text, YAML-ish token soup, and mutations of valid plans. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { CORPUS_DIR } from './cases';
import { arbitraryPlanModel } from './planArbitrary';
import { planText } from './planWriter';

/** Pieces that change YAML structure: indicators, indentation, line breaks of every kind, quotes, tags, anchors, document markers. */
export const YAML_PIECES = [
  '\n', '\r\n', '\r', '  ', '\t', '- ', '-', ': ', ':', '? ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '|', '>', '|-', '&a ', '*a', '!', '!!str ', '!!js/function ',
  '<<: ', '---\n', '...\n', '%YAML 1.2\n', '\uFEFF', '\u0000', '\u2028', '\u0085', '\uD800', 'name: ', 'people:', 'journal:', 'with: ', 'date: ', '2026-11-30',
  'stage: building', 'lists: [like, help]', 'next: 2026-12-01', 'cadence: every 2 weeks', '\\', '@', '`', '%', 'x', 'Dana Lee',
];

export const arbitraryYamlSoup = fc.array(fc.oneof(fc.constantFrom(...YAML_PIECES), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 }).map((p) => p.join(''));

export const arbitraryText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme-ascii', maxLength: 400 }), arbitraryYamlSoup);

/** Valid plans to start mutating from: the corpus files that read without errors, the fixtures, and generated ones. */
function baseTexts(): string[] {
  const fixtures = ['../fixtures/demo-plan.yaml', '../fixtures/edits/messy-plan.yaml'].map((f) => path.join(CORPUS_DIR, '..', f));
  const files = ['crlf.yaml', 'bom-crlf.yaml', 'flow-everywhere.yaml', 'flow-multiline.yaml', 'anchors-aliases.yaml', 'odd-names.yaml', 'block-scalars.yaml', 'indentation-odd.yaml', 'tabs-valid.yaml'];
  return [...fixtures, ...files.map((f) => path.join(CORPUS_DIR, f))].map((f) => fs.readFileSync(f, 'utf8'));
}

let bases: string[] | undefined;
export const arbitraryBase: fc.Arbitrary<string> = fc.oneof(
  fc.nat().map((i) => {
    bases ??= baseTexts();
    return bases[i % bases.length];
  }),
  arbitraryPlanModel.map(planText),
);

export type Mutation =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicateLine' | 'dropLine' | 'indentLine' | 'dedentLine'; line: number }
  | { op: 'swapLines'; line: number; other: number }
  | { op: 'truncate'; at: number };

export const arbitraryMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...YAML_PIECES), arbitraryYamlSoup) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  fc.record({ op: fc.constantFrom('duplicateLine' as const, 'dropLine' as const, 'indentLine' as const, 'dedentLine' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('swapLines' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

export function mutate(text: string, m: Mutation): string {
  if (m.op === 'insert' || m.op === 'delete' || m.op === 'truncate') {
    const at = m.at % (text.length + 1);
    if (m.op === 'insert') return text.slice(0, at) + m.text + text.slice(at);
    if (m.op === 'delete') return text.slice(0, at) + text.slice(at + m.length);
    return text.slice(0, at);
  }
  // Lines keep their own line breaks, so CRLF and lone CR survive the shuffles.
  const lines = text.split(/(?<=\n)/);
  const i = m.line % lines.length;
  switch (m.op) {
    case 'duplicateLine':
      lines.splice(i, 0, lines[i]);
      break;
    case 'dropLine':
      lines.splice(i, 1);
      break;
    case 'indentLine':
      lines[i] = `  ${lines[i]}`;
      break;
    case 'dedentLine':
      lines[i] = lines[i].replace(/^ {1,2}/, '');
      break;
    case 'swapLines': {
      const j = m.other % lines.length;
      [lines[i], lines[j]] = [lines[j], lines[i]];
      break;
    }
  }
  return lines.join('');
}
