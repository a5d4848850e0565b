/**
 * Wires the plan store to its surfaces: tree, status bar, commands, in-editor features. Shared by the Node entry
 * (`extension.ts`) and the browser's (`web/extension.ts`), which differ only in the `Platform` they pass.
 */
import * as vscode from 'vscode';
import { ActivationClock, type ActivationTiming } from './activationTiming';
import { registerBrief, type BriefHandle } from './brief/register';
import { registerCalendarFile } from './calendarFile/register';
import { registerCommands } from './commands';
import { registerImport, type ImportHandle } from './import/register';
import { registerInsights, type InsightsHandle } from './insights/register';
import { registerLanguageFeatures } from './language';
import type { Platform } from './platform';
import { PlanStore } from './planStore';
import { checkPrivacyAtStartup } from './privacy/register';
import { remindOnStartup, remindReview } from './startupReminder';
import { DueStatusBar } from './statusBar';
import type { PeopleFilterState } from './tree/filterState';
import type { PlanTreeProvider } from './tree/planTreeProvider';
import { createPlanTreeView } from './tree/planTreeView';
import type { PlanTreeItem } from './tree/treeItems';
import { createWeekView } from './week/weekView';

/** What `activate()` returns (the extension's `exports`), used by the integration tests and the harness. */
export interface NetworkingPlanApi {
  /** Which extension host runs the extension: Node's, or a browser's web worker. */
  host: Platform['host'];
  store: PlanStore;
  tree: PlanTreeProvider;
  treeView: vscode.TreeView<PlanTreeItem>;
  /** The People view's filter. */
  filter: PeopleFilterState;
  /** The This Week view and its data. */
  weekView: vscode.TreeView<vscode.TreeItem>;
  weekTree: vscode.TreeDataProvider<vscode.TreeItem>;
  statusBar: DueStatusBar;
  /** The brief panel, when open. */
  brief: BriefHandle;
  /** The Insights panel, when open. */
  insights: InsightsHandle;
  /** The Import People preview, when open. */
  importPeople: ImportHandle;
  activationTiming: ActivationTiming;
  /** Settles once every plan was read and the status bar shows it. */
  whenReady: Promise<ActivationTiming>;
}

export function activateOn(platform: Platform, context: vscode.ExtensionContext): NetworkingPlanApi {
  const clock = new ActivationClock();
  const store = new PlanStore(platform);
  const { provider, view, filter, disposable: treeDisposable } = createPlanTreeView(store, context.workspaceState);
  const week = createWeekView(store);
  const statusBar = new DueStatusBar(store);
  const insights = registerInsights(store, context.extensionUri);
  const brief = registerBrief(store, context.extensionUri);
  const importPeople = registerImport(store, context.extensionUri);
  let statusShown!: () => void;
  const statusReady = new Promise<void>((resolve) => (statusShown = resolve));
  provider.onFirstItems(() => clock.mark('treeMs'));
  statusBar.onFirstUpdate(() => {
    clock.mark('statusBarMs');
    statusShown();
  });
  context.subscriptions.push(
    store,
    treeDisposable,
    week.disposable,
    statusBar,
    registerCommands(store, { storageUri: context.globalStorageUri, workspaceState: context.workspaceState, wouldCommit: platform.wouldCommit }),
    registerCalendarFile(store),
    insights.disposable,
    brief.disposable,
    importPeople.disposable,
    registerLanguageFeatures(store),
    vscode.commands.registerCommand('networkingPlan.internal.timings', () => clock.timing),
  );
  const whenReady = store.ready.then(async () => {
    clock.mark('firstLoadMs');
    await statusReady;
    return clock.timing;
  });
  void remindOnStartup(store);
  void remindReview(store);
  void checkPrivacyAtStartup(store, platform, context.workspaceState);
  clock.mark('activateMs');
  return { host: platform.host, store, tree: provider, treeView: view, filter, weekView: week.view, weekTree: week.provider, statusBar, insights: insights.handle, brief: brief.handle, importPeople: importPeople.handle, activationTiming: clock.timing, whenReady };
}
