/** Probes hostile cases in child processes with a time limit per case: a hang or a crash is reported against its case. */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import type { ProbeReport } from './probe';

export type CaseResult = { kind: 'report'; report: ProbeReport; ms: number } | { kind: 'timeout'; ms: number } | { kind: 'crash'; reason: string };

const CHILD = path.join(__dirname, 'probeChild.js');

interface Message {
  start?: string;
  done?: string;
  report?: ProbeReport;
  ms?: number;
}

/**
 * One child taking cases from `queue` until it is empty; a child that hangs past `limitMs(name)` is
 * killed, one that dies is noted, and either way the worker goes on with a new child.
 */
function runWorker(queue: string[], limitMs: (name: string) => number, results: Map<string, CaseResult>): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CHILD], { stdio: ['pipe', 'pipe', 'pipe'] });
    let current: string | undefined;
    let timer: NodeJS.Timeout | undefined;
    let buffered = '';
    let stderr = '';
    const next = () => {
      current = queue.shift();
      if (current === undefined) {
        child.stdin.end();
        return;
      }
      const name = current;
      const startedAt = Date.now();
      timer = setTimeout(() => {
        results.set(name, { kind: 'timeout', ms: Date.now() - startedAt });
        child.kill('SIGKILL');
      }, limitMs(name));
      child.stdin.write(`${name}\n`);
    };
    const onLine = (line: string) => {
      const message = JSON.parse(line) as Message;
      if (message.done === undefined || !message.report) return;
      clearTimeout(timer);
      results.set(message.done, { kind: 'report', report: message.report, ms: message.ms ?? 0 });
      next();
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        onLine(buffered.slice(0, newline));
        buffered = buffered.slice(newline + 1);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    // A killed child may not take more input; its queue is carried on by the next one.
    child.stdin.on('error', () => undefined);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (current !== undefined && !results.has(current)) results.set(current, { kind: 'crash', reason: `exit ${code ?? signal}: ${stderr.trim()}` });
      resolve();
    });
    next();
  });
}

/** Probes every case with `workers` children taking cases from one queue; results come back in the order of `names`. */
export async function runProbes(names: string[], limitMs: (name: string) => number, workers = 2): Promise<Map<string, CaseResult>> {
  const results = new Map<string, CaseResult>();
  const queue = [...names];
  const work = async () => {
    while (queue.length > 0) await runWorker(queue, limitMs, results);
  };
  await Promise.all(Array.from({ length: workers }, work));
  return new Map(names.flatMap((name) => (results.has(name) ? [[name, results.get(name)!] as const] : [])));
}
