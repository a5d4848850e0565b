/** The extension in Node's extension host: a worker thread for whole-file parses, `setImmediate` pauses, `fs` at activation. */
import * as path from 'node:path';
import type { Platform } from './platform';
import { nodePlanWorker } from './store/nodePlanWorker';
import { pauseForOthers } from './store/nodePause';
import { readSmallPlanNow } from './store/readNow';

export function nodePlatform(extensionPath: string): Platform {
  return {
    host: 'node',
    pause: pauseForOthers,
    startPlanWorker: nodePlanWorker(path.join(extensionPath, 'dist', 'planReadWorker.js')),
    readSmallPlanNow,
  };
}
