/**
 * Reads a plan with one whole-file parse in a worker thread. The incremental reader needs that when the
 * YAML is broken (errors must be exactly those of a full parse, and `yaml`'s error recovery can reach
 * past the broken item): seconds for a large plan, which must not block the extension host.
 */
import { Worker } from 'node:worker_threads';
import { readPlan, type Plan } from '../core';
import { PlanAssembly, type PlanPart } from './planParts';
import * as l10n from '@vscode/l10n';

/** Rejects a read that a newer one replaced (or that was cancelled). */
export class ReadCancelled extends Error {
  constructor() {
    super('The read was replaced by a newer one.');
  }
}

interface Job {
  worker: Worker;
  text: string;
  plan: Promise<Plan>;
  cancel: () => void;
}

export class WholeTextReader {
  private job?: Job;
  private disposed = false;

  /** `workerFile` is the bundled `planReadWorker.js`; `maxHeapMb` limits the worker's heap (Node's default otherwise). */
  constructor(
    private readonly workerFile: string,
    private readonly maxHeapMb?: number,
  ) {}

  /**
   * `readPlan(text)`, computed off the main thread. Only one read runs at a time: a read of another text,
   * `cancel()` or `dispose()` ends this one with `ReadCancelled`; a read of the same text shares it. If the worker runs out of memory, the answer is a
   * plan with that one error (reading it here would take the extension host down); if it fails otherwise
   * (it could not start, say), the plan is read here instead: a long task, but the right answer.
   */
  read(text: string): Promise<Plan> {
    if (this.job?.text === text) return this.job.plan;
    this.cancel();
    if (this.disposed) return Promise.reject(new ReadCancelled());
    this.job = this.start(text);
    return this.job.plan;
  }

  private start(text: string): Job {
    const resourceLimits = this.maxHeapMb === undefined ? undefined : { maxOldGenerationSizeMb: this.maxHeapMb };
    const worker = new Worker(this.workerFile, { workerData: { text }, resourceLimits });
    const job = { worker, text } as Job;
    // The executor runs at once; the worker's events all come later.
    job.plan = new Promise<Plan>((resolve, reject) => {
      const assembly = new PlanAssembly();
      let settled = false;
      const settle = (action: () => void) => {
        if (settled) return;
        settled = true;
        if (this.job === job) this.job = undefined;
        void worker.terminate();
        action();
      };
      const fallBack = (error?: unknown) => settle(() => resolve(isOutOfMemory(error) ? unreadable(text) : readPlan(text)));
      job.cancel = () => settle(() => reject(new ReadCancelled()));
      worker.on('message', (part: PlanPart) => {
        if (settled) return;
        const plan = assembly.add(part);
        if (plan) settle(() => resolve(plan));
        else worker.postMessage('next');
      });
      worker.on('error', fallBack);
      worker.on('exit', () => fallBack());
    });
    return job;
  }

  /** Ends the running read, if any, with `ReadCancelled`. */
  cancel(): void {
    this.job?.cancel();
  }

  /** Whether a read is running (for tests). */
  get busy(): boolean {
    return this.job !== undefined;
  }

  dispose(): void {
    this.disposed = true;
    this.cancel();
  }
}

function isOutOfMemory(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/** What a plan too large to read in memory reads as: nothing, with an error saying so. */
function unreadable(text: string): Plan {
  const empty = readPlan('');
  const size = text.length < 1024 * 1024 ? `${Math.round(text.length / 1024)} KB` : `${Math.round(text.length / 1024 / 1024)} MB`;
  const message = l10n.t('The plan ({0}) is too large to check: reading it ran out of memory. Moving old journal entries out of it would help.', size);
  return { ...empty, syntaxOk: false, problems: [{ code: 'yaml-syntax', severity: 'error', message, span: { start: 0, end: 0 } }] };
}
