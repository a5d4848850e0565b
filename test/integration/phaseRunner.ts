/** Runs the steps of a responsiveness test under the event-loop probe (and the profiler, when asked) and reports them. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { NetworkingPlanApi } from '../../src/extension';
import { EventLoopProbe, type Block, type LoopRecord } from './eventLoopProbe';
import { report, waitFor } from './helpers';
import { FrameNames } from './frameNames';
import { HostProfiler, ProfileReader, type FunctionTime, type TimedProfile } from './hostProfiler';

/** Set to profile each phase: `1`, or a folder that also receives each phase's `.cpuprofile`. */
export const PROFILE_ENV = 'NETWORKING_PLAN_PROFILE';
/** Issue 5's limit for one task; only reported against, never asserted. */
const LIMIT_MS = 100;
const LISTED = 6;
const PROFILED_BLOCKS = 3;

export interface Phase {
  name: string;
  /** What the user does. */
  act: () => PromiseLike<unknown>;
  /** True once the extension has caught up with it (cheap: it is polled while the probe runs). */
  done: () => boolean;
  /** What `done` waits for, for the timeout's message. */
  waitsFor: string;
}

const ms = (value: number): string => Math.round(value).toLocaleString('en-US');
const list = (items: string[]): string => items.slice(0, LISTED).join(', ') + (items.length > LISTED ? ` and ${items.length - LISTED} more` : '');
const times = (functions: FunctionTime[]): string => functions.map((f) => `${f.name} ${ms(f.ms)} ms`).join('; ');

export class PhaseRunner {
  private readonly probe = new EventLoopProbe();
  private readonly profiler = process.env[PROFILE_ENV] ? new HostProfiler() : undefined;
  private readonly frameNames = new FrameNames();

  constructor(
    private readonly api: NetworkingPlanApi,
    /** Starts each report line, e.g. "10,000 people". */
    private readonly label: string,
  ) {}

  async run(phase: Phase): Promise<void> {
    const changes: number[] = [];
    const listener = this.api.store.onDidChange(() => changes.push(performance.now()));
    let profiling = false;
    try {
      await this.profiler?.start();
      profiling = this.profiler !== undefined;
      this.probe.start();
      const started = performance.now();
      await phase.act();
      await waitFor(phase.done, { timeoutMs: 60_000, message: phase.waitsFor });
      const caughtUpMs = performance.now() - started;
      // What follows a change (tree refresh, diagnostics, CodeLens requests) belongs to the phase too.
      await this.probe.settle({ minMs: 500, quietMs: 1000, maxMs: 15_000 });
      const record = this.probe.stop();
      profiling = false;
      const profile = await this.profiler?.stop();
      this.report(phase.name, { started, caughtUpMs, record, changes, profile });
    } finally {
      this.probe.stop();
      listener.dispose();
      if (profiling) await this.profiler?.stop().catch(() => undefined);
    }
  }

  dispose(): void {
    this.probe.dispose();
    this.profiler?.dispose();
  }

  private report(name: string, seen: { started: number; caughtUpMs: number; record: LoopRecord; changes: number[]; profile?: TimedProfile }): void {
    const { started, record } = seen;
    const since = (at: number): string => `+${ms(at - started)}`;
    const waited = (b: Block): string => (b.waitedMs === undefined ? '' : `, waited ${ms(b.waitedMs)} ms for a CPU`);
    const block = (b: Block): string => `${ms(b.ms)} ms at ${since(b.at)} (ran ${ms(b.ranMs)} ms${waited(b)})`;
    report(`${this.label}: ${name}: longest block ${ms(record.longest.ms)} ms (${ms(seen.caughtUpMs)} ms); longest running: ${block(record.busiest)}`);
    const over = record.blocks.filter((b) => b.ms > LIMIT_MS);
    if (over.length > 0) report(`  over ${LIMIT_MS} ms: ${list(over.map(block))}; store changed at ${list(seen.changes.map(since)) || 'no time'}`);
    if (seen.profile) this.reportProfile(name, seen.profile, record, block);
  }

  /** What ran in the longest of `blocks`, by function, and the most time the extension's own code took in one block. */
  private reportProfile(name: string, profile: TimedProfile, record: LoopRecord, block: (b: Block) => string): void {
    const folder = process.env[PROFILE_ENV];
    if (folder && folder !== '1') {
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(folder, `${name.replace(/\W+/g, '-')}.cpuprofile`), JSON.stringify(profile.profile));
    }
    const reader = new ProfileReader(profile, this.frameNames);
    const windowOf = (b: Block) => [{ from: b.at, to: b.at + b.ms }];
    const over = record.blocks.filter((b) => b.ms > LIMIT_MS).sort((x, y) => y.ms - x.ms);
    for (const b of over.length > 0 ? over.slice(0, PROFILED_BLOCKS) : [record.longest]) {
      const { self, extension } = reader.summary(windowOf(b), 6);
      report(`  profile of ${block(b)}: self time: ${times(self) || 'no samples'}; the extension's functions, total: ${times(extension) || 'none'}`);
    }
    const own = record.blocks.map((b) => ({ b, ...reader.summary(windowOf(b), 4) })).sort((x, y) => y.extensionMs - x.extensionMs)[0];
    // Wall time: the thread may have waited for a CPU while the extension's code was on the stack.
    if (own?.extensionMs) report(`  the extension's code on the stack: at most ${ms(own.extensionMs)} ms in one block, ${block(own.b)}: ${times(own.extension)}`);
    else report(`  the extension's code on the stack: in no block of 50 ms or more`);
  }
}
