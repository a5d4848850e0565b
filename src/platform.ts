/**
 * What differs between the extension hosts the extension runs in: Node (desktop VS Code, a remote, Codespaces,
 * code-server) and a browser's web worker (vscode.dev, github.dev). Everything else is shared (`activate.ts`).
 */
import type * as vscode from 'vscode';
import type { FileState } from './store/planFileAccess';
import type { StartPlanWorker } from './store/wholeTextReader';

export interface Platform {
  readonly host: 'node' | 'web';
  /**
   * Lets other work in the extension host run (VS Code's messages, timers) between the steps of a long read or edit.
   * Rejects nothing: callers decide whether to go on after it.
   */
  readonly pause: () => Promise<void>;
  /** Whole-file parses of large plans with broken YAML, off the extension host's thread. */
  readonly startPlanWorker: StartPlanWorker;
  /**
   * A small plan file's text read synchronously at activation (see `store/readNow.ts`), or undefined when it must be
   * read through `workspace.fs` (always in a browser, which has no synchronous file access).
   */
  readSmallPlanNow(uri: vscode.Uri, maxBytes: number): (FileState & { kind: 'text' }) | undefined;
  /**
   * Runs an edit of the plan at `uri` holding the lock the command line takes (`planLock/lazy.ts`), so that the two
   * never write the file at once. Where there is no command line (a browser, a file that is not on disk), just runs it.
   * Rejects with an error named `PlanLockedError` when the lock stays taken.
   */
  withPlanLock<T>(uri: vscode.Uri, body: () => Promise<T>): Promise<T>;
  /**
   * Whether git would commit the file (in a work tree and not ignored); undefined when it cannot tell. Missing where
   * no program can be run (a browser): the privacy offer is then skipped.
   */
  readonly wouldCommit?: (uri: vscode.Uri) => Promise<boolean | undefined>;
}
