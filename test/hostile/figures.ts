/** The figures the README gives for hostile input and fuzzing, computed from the tests themselves so that they stay true. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { caseNames } from './cases';

const ROOT = path.resolve(__dirname, '../../..');
/** What CI sets FUZZ_RUNS to (see the CI script). */
export const CI_FUZZ_RUNS = 1200;
export const FIGURES_START = '<!-- hostile-figures:start -->';
export const FIGURES_END = '<!-- hostile-figures:end -->';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/**
 * Cases per FUZZ_RUNS over every fuzzed property in the unit tests: `numRuns: fuzzRuns(w)` counts w,
 * `numRuns: Number(process.env.FUZZ_RUNS ...)` counts 1, and `numRuns: RUNS` counts the weight of `RUNS = fuzzRuns(w)`.
 */
export function fuzzWeight(): { total: number; properties: number; fixed: number } {
  let total = 0;
  let properties = 0;
  let fixed = 0;
  for (const file of sources(path.join(ROOT, 'test/unit'))) {
    const text = fs.readFileSync(file, 'utf8');
    const runs = /RUNS = fuzzRuns\(([\d.]*)\)/.exec(text);
    for (const match of text.matchAll(/numRuns: (?:fuzzRuns\(([\d.]*)\)|Number\(process\.env\.FUZZ_RUNS|RUNS\b|(\d[\d_]*))/g)) {
      properties++;
      if (match[2] !== undefined) fixed += Number(match[2].replace(/_/g, ''));
      else if (match[0].endsWith('RUNS') && !match[0].includes('env')) total += Number(runs?.[1] || 1);
      else total += match[1] !== undefined ? Number(match[1] || 1) : 1;
    }
  }
  return { total, properties, fixed };
}

export function inputFigures(): { committed: number; fixtures: number; variants: number; generated: number; total: number } {
  const names = caseNames();
  const count = (test: (name: string) => boolean) => names.filter(test).length;
  return {
    committed: count((n) => n.startsWith('corpus/') && !n.includes('#')),
    fixtures: count((n) => n.startsWith('fixture/') && !n.includes('#')),
    variants: count((n) => n.includes('#')),
    generated: count((n) => n.startsWith('generated/')),
    total: names.length,
  };
}

/** The figures block of the README, exactly. */
export function figuresMarkdown(): string {
  const inputs = inputFigures();
  const fuzz = fuzzWeight();
  const perRun = Math.round(fuzz.total * CI_FUZZ_RUNS) + fuzz.fixed;
  return [
    FIGURES_START,
    `- **Inputs tried on every CI run: ${inputs.total}** — ${inputs.committed} hand-written hostile plans, ${inputs.fixtures} fixture plans, ${inputs.variants} CRLF and byte-order-mark variants of those, and ${inputs.generated} generated inputs (binary and NUL bytes, invalid UTF-8, UTF-16, nesting up to 10,000 levels, alias bombs, a 1 MB line, a 1 MB plan of 1,000 people and 10,000 contacts, a 20 MB plan of long notes).`,
    `- **Fuzz cases per CI run: ${perRun.toLocaleString('en-US')}** — ${fuzz.properties} fast-check properties: ${fuzz.total} × FUZZ_RUNS cases (CI sets FUZZ_RUNS=${CI_FUZZ_RUNS}) and ${fuzz.fixed.toLocaleString('en-US')} in properties of fixed size.`,
    `- **Whole-result property: every edit kind on every input** (${inputs.total - 2} inputs without the two large plans) — the new text, read again whole, has no problem the original did not have (but the over-commit or unknown-person an edit asks for) and every person and journal entry the edit is not about reads the same; the product checks the same before every write.`,
    '- **Failures allowed: none** — any throw, hang, crash, misplaced problem or changed byte fails the run.',
    FIGURES_END,
  ].join('\n');
}
