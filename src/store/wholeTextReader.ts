/**
 * Reads a plan with one whole-file parse in a worker. The incremental reader needs that when the
 * YAML is broken (errors must be exactly those of a full parse, and `yaml`'s error recovery can reach
 * past the broken item): seconds for a large plan, which must not block the extension host.
 * The worker itself is the platform's: a worker thread in Node (`nodePlanWorker.ts`), a Web Worker in a browser
 * (`web/planWorker.ts`).
 */
import { readPlan, type Plan } from '../core';
import { PlanAssembly, type PlanPart } from './planParts';
import * as l10n from '@vscode/l10n';

/** Rejects a read that a newer one replaced (or that was cancelled). */
export class ReadCancelled extends Error {
  constructor() {
    super('The read was replaced by a newer one.');
  }
}

/** What a started worker reports: each part of the plan (the first unasked), or that it failed or ended early. */
export interface PlanWorkerEvents {
  part(part: PlanPart): void;
  failed(error?: unknown): void;
}

/** A worker reading one text: asked for each next part, ended when the plan is in or no longer wanted. */
export interface PlanWorker {
  next(): void;
  terminate(): void;
}

/** Starts a worker that reads `text` with `readPlan` and sends the plan in parts (`partsOf`). */
export type StartPlanWorker = (text: string, events: PlanWorkerEvents) => PlanWorker;

interface Job {
  worker: PlanWorker;
  text: string;
  plan: Promise<Plan>;
  cancel: () => void;
}

export class WholeTextReader {
  private job?: Job;
  private disposed = false;

  constructor(private readonly startWorker: StartPlanWorker) {}

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
    return this.start(text).plan;
  }

  private start(text: string): Job {
    const job = { text } as Job;
    this.job = job;
    // The executor runs at once; the worker's events all come later.
    job.plan = new Promise<Plan>((resolve, reject) => {
      const assembly = new PlanAssembly();
      let settled = false;
      const settle = (action: () => void) => {
        if (settled) return;
        settled = true;
        if (this.job === job) this.job = undefined;
        job.worker?.terminate();
        action();
      };
      const fallBack = (error?: unknown) => settle(() => resolve(isOutOfMemory(error) ? unreadable(text) : readPlan(text)));
      job.cancel = () => settle(() => reject(new ReadCancelled()));
      const events: PlanWorkerEvents = {
        part: (part) => {
          if (settled) return;
          const plan = assembly.add(part);
          if (plan) settle(() => resolve(plan));
          else job.worker.next();
        },
        failed: fallBack,
      };
      try {
        job.worker = this.startWorker(text, events);
      } catch (error) {
        // Could not even start (no worker support, say).
        fallBack(error);
      }
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
