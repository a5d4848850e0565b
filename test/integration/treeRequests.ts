/** What VS Code asks the tree provider for, and how long each of the host's tasks that asked took. */
import type { PlanTreeProvider } from '../../src/tree/planTreeProvider';
import type { PlanTreeItem } from '../../src/tree/treeItems';
import { waitFor } from './helpers';

export interface TreeRequests {
  /** The elements whose children were asked for (undefined: the root), in order. */
  readonly asked: (PlanTreeItem | undefined)[];
  /**
   * Per task of the extension host that asked for children: from the first request to the end of the task, so the
   * provider's work plus VS Code's conversion of every returned item (it runs in the same task).
   */
  readonly taskMs: number[];
  clear(): void;
  /** Resolves once nothing was asked for `quietMs` (VS Code delays a refresh by up to 200 ms). */
  quiet(quietMs?: number): Promise<void>;
  dispose(): void;
}

export function watchTreeRequests(tree: PlanTreeProvider): TreeRequests {
  const original = tree.getChildren.bind(tree);
  const asked: (PlanTreeItem | undefined)[] = [];
  const taskMs: number[] = [];
  let taskStart: number | undefined;
  let lastAsked = performance.now();
  /** A task measured before `clear()` is not recorded after it. */
  let generation = 0;
  tree.getChildren = (element?: PlanTreeItem) => {
    asked.push(element);
    lastAsked = performance.now();
    if (taskStart === undefined) {
      taskStart = lastAsked;
      const started = generation;
      // Runs once the current task and its microtasks are done: VS Code converts the items in those microtasks.
      setImmediate(() => {
        if (started === generation) taskMs.push(performance.now() - taskStart!);
        taskStart = undefined;
      });
    }
    return original(element);
  };
  return {
    asked,
    taskMs,
    clear() {
      asked.length = 0;
      taskMs.length = 0;
      generation++;
    },
    async quiet(quietMs = 500) {
      await waitFor(() => performance.now() - lastAsked >= quietMs, { message: 'the tree to be left alone' });
    },
    dispose() {
      tree.getChildren = original;
    },
  };
}
