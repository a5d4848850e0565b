/**
 * The whole-file reads of `WholeTextReader` in a Web Worker (`web/planReadWorker.ts`, bundled as
 * `dist/web/planReadWorker.js`). A web extension's files are not at a URL a Worker can load directly (in code-server
 * they are `vscode-remote:` URIs, which the extension host refuses for workers), so the script is fetched once and
 * the worker made from a `blob:` URL of it. When no worker can be made, `WholeTextReader` reads on the main thread.
 */
import * as vscode from 'vscode';
import type { PlanPart } from '../store/planParts';
import type { StartPlanWorker } from '../store/wholeTextReader';

/** The little of the Web Worker API used here (the shared code compiles against Node's types, which lack it). */
interface WebWorker {
  onmessage: ((event: { data: PlanPart }) => void) | null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}
type WebWorkerClass = new (url: string, options?: { name?: string }) => WebWorker;

async function fetchScript(script: vscode.Uri): Promise<ArrayBuffer> {
  const response = await fetch(script.toString(true));
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return response.arrayBuffer();
}

/** The script as a `blob:` URL: fetched (the extension host maps the extension's URI to a browser URL), else read through `workspace.fs`. */
async function scriptUrl(script: vscode.Uri): Promise<string> {
  const bytes = await fetchScript(script).catch(() => vscode.workspace.fs.readFile(script));
  return URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'text/javascript' }));
}

export function webPlanWorker(script: vscode.Uri): StartPlanWorker {
  // Fetched on the first broken large plan, then kept (a failure too: then every read is made on the main thread).
  let url: Promise<string> | undefined;
  return (text, events) => {
    let worker: WebWorker | undefined;
    let ended = false;
    url ??= scriptUrl(script);
    url
      .then((loaded) => {
        if (ended) return;
        const Worker = (globalThis as { Worker?: WebWorkerClass }).Worker;
        if (!Worker) throw new Error('This browser cannot start a Web Worker here.');
        worker = new Worker(loaded, { name: 'networking-plan-reader' });
        worker.onmessage = (event) => events.part(event.data);
        worker.onerror = (event) => {
          event.preventDefault();
          events.failed(new Error(event.message));
        };
        worker.postMessage(text);
      })
      .catch((error: unknown) => {
        if (!ended) events.failed(error);
      });
    return {
      next: () => worker?.postMessage('next'),
      terminate: () => {
        ended = true;
        worker?.terminate();
      },
    };
  };
}
