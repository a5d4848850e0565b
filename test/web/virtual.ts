/** The virtual-workspace test in the web worker extension host (bundled by `test/harness/webInHost.ts`). */
import { runTests } from './mochaSetup';
import '../virtual/memfs.test';
import './inWorker.test';

export const run = runTests;
