/**
 * How many cases a fuzzed property runs: FUZZ_RUNS (runs per property, as in the incremental-reader
 * test) times the property's weight. Unset, a quick local run; CI sets FUZZ_RUNS to reach its total.
 */
export const DEFAULT_FUZZ_RUNS = 100;

export function fuzzRuns(weight = 1): number {
  const raw = Number(process.env.FUZZ_RUNS);
  const base = Number.isFinite(raw) && raw > 0 ? raw : DEFAULT_FUZZ_RUNS;
  return Math.max(1, Math.round(base * weight));
}
