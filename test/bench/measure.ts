/** Timing: cases run in turn, round after round, so that a busy moment of the machine hits them all alike. */

export interface Case {
  name: string;
  group: 'baseline' | 'load' | 'recheck' | 'edit' | 'import' | 'view';
  /** Timed runs after warm-up. */
  runs: number;
  /** Untimed work before each run (e.g. putting the reader back on the unedited text). */
  before?: (run: number) => void;
  run: (run: number) => unknown;
  /** Allocates a lot: start each run from a collected heap (when `--expose-gc` is on), so it does not pay for others' garbage. */
  heavy?: boolean;
}

export interface Timing {
  name: string;
  group: Case['group'];
  runs: number;
  /** Wall-clock milliseconds. */
  median: number;
  min: number;
  /** CPU milliseconds of the whole process (all threads): what the run cost even when the machine is busy with other work. */
  cpuMedian: number;
}

const collect = (globalThis as { gc?: () => void }).gc;

/** Keeps results reachable so that no run can be optimised away. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- written only, so that the engine cannot drop the work
let sink: unknown;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function measure(cases: Case[], warmup: number): Timing[] {
  const samples = cases.map(() => [] as number[]);
  const cpuSamples = cases.map(() => [] as number[]);
  const rounds = warmup + Math.max(...cases.map((c) => c.runs));
  for (let round = 0; round < rounds; round++) {
    cases.forEach((c, i) => {
      if (round >= warmup + c.runs) return;
      // The previous result goes first: a parsed 12 MB plan kept alive would slow down whatever runs next.
      sink = undefined;
      c.before?.(round);
      if (c.heavy) collect?.();
      const cpu = process.cpuUsage();
      const start = performance.now();
      sink = c.run(round);
      const elapsed = performance.now() - start;
      const used = process.cpuUsage(cpu);
      if (round < warmup) return;
      samples[i].push(elapsed);
      cpuSamples[i].push((used.user + used.system) / 1000);
    });
  }
  sink = undefined;
  return cases.map((c, i) => ({ name: c.name, group: c.group, runs: samples[i].length, median: median(samples[i]), min: Math.min(...samples[i]), cpuMedian: median(cpuSamples[i]) }));
}
