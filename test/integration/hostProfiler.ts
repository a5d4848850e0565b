/**
 * CPU profiles of the extension host's own thread (the `inspector` module, no `--inspect` needed), and what they
 * say: which functions ran during given windows of time, named from the bundle's source map.
 */
import { Session, type Profiler } from 'node:inspector';
import type { FrameNames } from './frameNames';

/** A window of `performance.now()` time. */
export interface TimeWindow {
  from: number;
  to: number;
}

export interface FunctionTime {
  name: string;
  ms: number;
}

export class HostProfiler {
  private readonly session = new Session();
  private clockOffset = 0;

  constructor() {
    this.session.connect();
  }

  async start(): Promise<void> {
    await this.post('Profiler.enable');
    await this.post('Profiler.start');
    // The profile's times are the monotonic clock's, as `process.hrtime` is: `performance.now()` differs by its origin.
    this.clockOffset = Number(process.hrtime.bigint()) / 1e6 - performance.now();
  }

  async stop(): Promise<TimedProfile> {
    const { profile } = await this.post<{ profile: Profiler.Profile }>('Profiler.stop');
    return { profile, clockOffset: this.clockOffset };
  }

  dispose(): void {
    this.session.disconnect();
  }

  private post<T = unknown>(method: string): Promise<T> {
    return new Promise((resolve, reject) => this.session.post(method, (error, result) => (error ? reject(error) : resolve(result as T))));
  }
}

export interface TimedProfile {
  profile: Profiler.Profile;
  /** The profile's clock (in ms) minus `performance.now()`. */
  clockOffset: number;
}

/**
 * Each sample's node and the time it stands for (until the next sample), within `windows` (all of the profile when
 * there is none).
 */
function samplesIn({ profile, clockOffset }: TimedProfile, windows: readonly TimeWindow[]): { nodeId: number; ms: number }[] {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const result: { nodeId: number; ms: number }[] = [];
  let micros = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    micros += deltas[i] ?? 0;
    const from = micros / 1000 - clockOffset;
    const to = from + (deltas[i + 1] ?? 0) / 1000;
    const overlap = (w: TimeWindow) => Math.max(0, Math.min(to, w.to) - Math.max(from, w.from));
    const ms = windows.length === 0 ? to - from : windows.reduce((sum, w) => sum + overlap(w), 0);
    if (ms > 0) result.push({ nodeId: samples[i], ms });
  }
  return result;
}

function top(times: Map<string, number>, count: number): FunctionTime[] {
  return [...times].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms).slice(0, count);
}

export interface WindowSummary {
  /** The functions with the most self time. */
  self: FunctionTime[];
  /** The extension's functions with the most total time (each counted once per sample, whatever its recursion). */
  extension: FunctionTime[];
  /** The time in which the extension's code was on the stack. */
  extensionMs: number;
}

/** What ran during given windows of a profile. */
export class ProfileReader {
  private readonly nodes: Map<number, Profiler.ProfileNode>;
  private readonly parents = new Map<number, number>();

  constructor(
    private readonly timed: TimedProfile,
    private readonly names: FrameNames,
  ) {
    this.nodes = new Map(timed.profile.nodes.map((n) => [n.id, n]));
    for (const node of timed.profile.nodes) for (const child of node.children ?? []) this.parents.set(child, node.id);
  }

  summary(windows: readonly TimeWindow[], count = 8): WindowSummary {
    const self = new Map<string, number>();
    const extension = new Map<string, number>();
    let extensionMs = 0;
    for (const { nodeId, ms } of samplesIn(this.timed, windows)) {
      const name = this.names.of(this.nodes.get(nodeId)!.callFrame);
      self.set(name, (self.get(name) ?? 0) + ms);
      const seen = new Set<string>();
      for (let id: number | undefined = nodeId; id !== undefined; id = this.parents.get(id)) {
        const caller = this.nodes.get(id)!.callFrame;
        if (!this.names.isExtension(caller)) continue;
        const callerName = this.names.of(caller);
        if (seen.has(callerName)) continue;
        seen.add(callerName);
        extension.set(callerName, (extension.get(callerName) ?? 0) + ms);
      }
      if (seen.size > 0) extensionMs += ms;
    }
    return { self: top(self, count), extension: top(extension, count), extensionMs };
  }
}
