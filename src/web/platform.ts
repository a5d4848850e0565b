/**
 * The extension in a browser's web worker extension host: no Node (no `fs`, `worker_threads`, `setImmediate`,
 * `process`). Whole-file parses run in a Web Worker of their own; pauses are a hop through a message channel;
 * every file is read through `workspace.fs`.
 */
import * as vscode from 'vscode';
import type { Platform } from '../platform';
import { webPlanWorker } from './planWorker';

/**
 * A pause that lets the messages already queued for the worker run first (VS Code's, which come through a message
 * port, and due timers): a message posted to ourselves is queued behind them. `setTimeout(0)` would do as well but
 * is held back to at least 4 ms once nested, which many short slices would add up.
 */
function messageChannelPause(): () => Promise<void> {
  // The browser's MessageChannel (typed here as Node's, which has no `onmessage`).
  const channel = new MessageChannel() as unknown as { port1: { onmessage: (() => void) | null }; port2: { postMessage(message: unknown): void } };
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(undefined);
    });
}

export function webPlatform(extensionUri: vscode.Uri): Platform {
  return {
    host: 'web',
    pause: messageChannelPause(),
    startPlanWorker: webPlanWorker(vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'planReadWorker.js')),
    // No synchronous file access in a browser: the first read goes through `workspace.fs` like every other.
    readSmallPlanNow: () => undefined,
    // No command line runs beside a browser's VS Code, so there is nobody to take turns with.
    withPlanLock: (_uri, body) => body(),
  };
}
