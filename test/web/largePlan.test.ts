import * as vscode from 'vscode';
import type { NetworkingPlanApi } from '../../src/activate';
import { readPlan } from '../../src/core';
import { generatePlan } from '../bench/generatePlan';
import * as assert from './assert';
import { openPlan, planUri, setDocumentText, snapshot, storeHas, usePlanApi, waitFor } from './helpers';

type WorkerClass = new (...args: unknown[]) => object;
const scope = globalThis as unknown as { Worker?: WorkerClass };

/** Runs `body` with the global `Worker` replaced by `replacement` (made from the real one), then puts it back. */
async function withWorker<T>(replacement: (real: WorkerClass | undefined) => WorkerClass | undefined, body: () => Promise<T>): Promise<T> {
  const real = scope.Worker;
  scope.Worker = replacement(real);
  try {
    return await body();
  } finally {
    scope.Worker = real;
  }
}

describe('a large plan whose YAML breaks, in the web worker', () => {
  let api!: NetworkingPlanApi;
  usePlanApi((found) => (api = found));
  const good = generatePlan(80, { seed: 12 });
  const at = good.indexOf('    note: ', good.length >> 1) + '    note: '.length;
  const broken = `${good.slice(0, at)}[${good.slice(at)}`;

  /** Types the large plan, then breaks it; answers the snapshot of the broken text. */
  async function breakLargePlan() {
    assert.ok(good.length > 100_000, 'large enough to be read in slices, and parsed whole in a worker');
    const { document } = await openPlan();
    await setDocumentText(document, good);
    await storeHas(api, good);
    await setDocumentText(document, broken);
    await storeHas(api, broken);
    return snapshot(api);
  }

  it('is parsed whole in a Web Worker of its own: the exact problems of a full read, the last good plan kept', async () => {
    let started = 0;
    const parts: string[] = [];
    const counted = (real: WorkerClass) =>
      new Proxy(real, {
        construct(target, args) {
          started++;
          const worker = Reflect.construct(target, args) as { addEventListener(type: 'message', listener: (event: { data: { kind: string } }) => void): void };
          worker.addEventListener('message', (event) => parts.push(event.data.kind));
          return worker;
        },
      });
    const current = await withWorker((real) => real && counted(real), breakLargePlan);
    assert.equal(started, 1, 'one Web Worker was started');
    assert.deepEqual([parts[0], parts[parts.length - 1]], ['head', 'end'], `the plan came from the worker, in parts: ${parts.join(', ')}`);
    assert.deepEqual(current.plan, readPlan(broken), 'what a plain read of the whole text gives');
    assert.ok(current.stale && current.viewPlan.syntaxOk && current.view.people.length === 80, 'the tree keeps the last good plan');
    await waitFor(() => vscode.languages.getDiagnostics(planUri()).some((d) => d.code === 'yaml-syntax'), 'the syntax error in the Problems');
  });

  it('is parsed on the extension host when no Web Worker can be started, with the same answer', async () => {
    const current = await withWorker(() => undefined, breakLargePlan);
    assert.deepEqual(current.plan, readPlan(broken));
    assert.equal(current.plan.syntaxOk, false);
  });
});
