/** The tests run in the web worker extension host on the fixture workspace (bundled by `test/harness/webInHost.ts`). */
import { runTests } from './mochaSetup';
import './inWorker.test';
import './host.test';
import './sidebar.test';
import './edits.test';
import './language.test';
import './largePlan.test';

export const run = runTests;
