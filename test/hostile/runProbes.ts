/** Probes hostile cases in a child process with a time limit per case: a hang or a crash is reported against its case. */
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

/** Runs the child on `names` until it finishes, hangs past `limitMs(name)` or dies; resolves with the results so far. */
function runChild(names: string[], limitMs: (name: string) => number, results: Map<string, CaseResult>): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CHILD, ...names], { stdio: ['ignore', 'pipe', 'pipe'] });
    let current: string | undefined;
    let startedAt = 0;
    let timer: NodeJS.Timeout | undefined;
    let buffered = '';
    let stderr = '';
    const onLine = (line: string) => {
      const message = JSON.parse(line) as Message;
      if (message.start !== undefined) {
        current = message.start;
        startedAt = Date.now();
        const name = current;
        timer = setTimeout(() => {
          results.set(name, { kind: 'timeout', ms: Date.now() - startedAt });
          child.kill('SIGKILL');
        }, limitMs(name));
      } else if (message.done !== undefined && message.report) {
        clearTimeout(timer);
        results.set(message.done, { kind: 'report', report: message.report, ms: message.ms ?? 0 });
        current = undefined;
      }
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
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (current !== undefined && !results.has(current)) results.set(current, { kind: 'crash', reason: `exit ${code ?? signal}: ${stderr.trim()}` });
      resolve();
    });
  });
}

/** Probes every case; a case that hangs or crashes the child is recorded and the rest go on in a new child. */
export async function runProbes(names: string[], limitMs: (name: string) => number): Promise<Map<string, CaseResult>> {
  const results = new Map<string, CaseResult>();
  let remaining = names;
  while (remaining.length > 0) {
    await runChild(remaining, limitMs, results);
    const pending = remaining.filter((name) => !results.has(name));
    // No progress at all (the child died before its first case): count that case as a crash rather than loop.
    if (pending.length === remaining.length) results.set(pending[0], { kind: 'crash', reason: 'the probe process stopped before this case' });
    remaining = pending.filter((name) => !results.has(name));
  }
  return results;
}
