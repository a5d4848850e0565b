/** Watches the extension host's event loop: a cheap timer whose late ticks are the times the host was blocked. */
import * as fs from 'node:fs';

/** A gap between two ticks: `at` is the `performance.now()` of the tick before it. */
export interface Block {
  at: number;
  ms: number;
  /** How much of the gap the host's thread ran on a CPU (the rest it slept, or waited for a CPU). */
  ranMs: number;
  /**
   * How long it was ready to run but waited for a CPU, which other processes had (the workbench, the server, a
   * worker thread on a machine of few cores); undefined where Linux's scheduler statistics are not available.
   */
  waitedMs?: number;
}

export interface LoopRecord {
  /** The longest gap seen (at most one tick interval more than the task that caused it). */
  longest: Block;
  /** The gap in which the thread ran longest. */
  busiest: Block;
  /** Every gap of at least `RECORDED_BLOCK_MS`, in order. */
  blocks: Block[];
}

export interface SettleOptions {
  /** Wait at least this long (follow-up tasks such as CodeLens requests come after a debounce). */
  minMs: number;
  /** ...and until no gap of `BUSY_GAP_MS` or more was seen for this long... */
  quietMs: number;
  /** ...but not longer than this. */
  maxMs: number;
}

const TICK_MS = 5;
const RECORDED_BLOCK_MS = 50;
const BUSY_GAP_MS = 30;

interface ThreadTimes {
  ran: number;
  waited?: number;
}

/** This thread's time on a CPU and waiting for one, in ms (Linux's schedstat; event-loop utilization elsewhere). */
class ThreadClock {
  private readonly buffer = Buffer.alloc(128);
  private readonly fd = ThreadClock.open();

  private static open(): number | undefined {
    try {
      return fs.openSync(`/proc/self/task/${process.pid}/schedstat`, 'r');
    } catch {
      return undefined;
    }
  }

  read(): ThreadTimes {
    if (this.fd === undefined) return { ran: performance.eventLoopUtilization().active };
    const length = fs.readSync(this.fd, this.buffer, 0, this.buffer.length, 0);
    const [ran, waited] = this.buffer.toString('latin1', 0, length).split(' ').map(Number);
    return { ran: ran / 1e6, waited: waited / 1e6 };
  }

  dispose(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
  }
}

export class EventLoopProbe {
  private readonly clock = new ThreadClock();
  private timer?: ReturnType<typeof setInterval>;
  private last = 0;
  private lastClock: ThreadTimes = { ran: 0 };
  private lastBusy = 0;
  private record!: LoopRecord;

  start(): void {
    this.stop();
    this.last = this.lastBusy = performance.now();
    this.lastClock = this.clock.read();
    const none = { at: this.last, ms: 0, ranMs: 0 };
    this.record = { longest: none, busiest: none, blocks: [] };
    this.timer = setInterval(() => this.tick(), TICK_MS);
  }

  /** What was seen since `start()`. */
  stop(): LoopRecord {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
      this.tick();
    }
    return this.record;
  }

  /** Resolves once the host has been idle (see `SettleOptions`); the probe keeps running. */
  async settle(options: SettleOptions): Promise<void> {
    const started = performance.now();
    for (;;) {
      const now = performance.now();
      if (now - started >= options.maxMs) return;
      if (now - started >= options.minMs && now - this.lastBusy >= options.quietMs) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  dispose(): void {
    this.stop();
    this.clock.dispose();
  }

  private tick(): void {
    const now = performance.now();
    const clock = this.clock.read();
    const waited = clock.waited === undefined ? undefined : clock.waited - (this.lastClock.waited ?? 0);
    const gap: Block = { at: this.last, ms: now - this.last, ranMs: clock.ran - this.lastClock.ran, waitedMs: waited };
    const { record } = this;
    if (gap.ms > record.longest.ms) record.longest = gap;
    if (gap.ranMs > record.busiest.ranMs) record.busiest = gap;
    if (gap.ms >= RECORDED_BLOCK_MS) record.blocks.push(gap);
    if (gap.ms >= BUSY_GAP_MS) this.lastBusy = now;
    this.last = now;
    this.lastClock = clock;
  }
}
