/** The extension in Node's extension host: a worker thread for whole-file parses, `setImmediate` pauses, `fs` at activation. */
import * as path from 'node:path';
import type { Platform } from './platform';
import { nodePlanWorker } from './store/nodePlanWorker';
import { pauseForOthers } from './store/nodePause';
import { wouldCommit } from './privacy/gitCheck';
import { readSmallPlanNow } from './store/readNow';

export function nodePlatform(extensionPath: string): Platform {
  // Its own bundle, loaded on the first edit: activation does not need the lock library.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle file of its own, found at run time
  const planLock = () => require(path.join(extensionPath, 'dist', 'planLock.js')) as typeof import('./store/nodePlanLock');
  return {
    host: 'node',
    pause: pauseForOthers,
    startPlanWorker: nodePlanWorker(path.join(extensionPath, 'dist', 'planReadWorker.js')),
    readSmallPlanNow,
    withPlanLock: (uri, body) => (uri.scheme === 'file' ? planLock().withPlanFileLock(uri.fsPath, body) : body()),
    wouldCommit: (uri) => (uri.scheme === 'file' ? wouldCommit(uri.fsPath) : Promise.resolve(undefined)),
  };
}
