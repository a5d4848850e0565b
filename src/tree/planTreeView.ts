/** The tree view around the provider: badge, "plan has errors" message, the welcome-state context key and "Show more". */
import * as vscode from 'vscode';
import type { PlanStore } from '../planStore';
import { reviewDueText, reviewsDue } from '../review/reviewNotice';
import { registerFilterCommands } from './filterCommands';
import { PeopleFilterState } from './filterState';
import { describeFilter } from './peopleFilter';
import { PlanTreeProvider } from './planTreeProvider';
import { SHOW_MORE_COMMAND, type PlanTreeItem } from './treeItems';
import { dueNowCount } from './treeShape';

export const VIEW_ID = 'networkingPlan.people';

/** `networkingPlan.state`: noFolder | loading | noPlan | plan — the welcome views depend on it. */
function planState(store: PlanStore): string {
  const snapshots = store.snapshots();
  if (snapshots.length === 0) return 'noFolder';
  if (!snapshots.every((s) => s.loaded)) return 'loading';
  return snapshots.some((s) => s.exists || s.error) ? 'plan' : 'noPlan';
}

function errorMessage(store: PlanStore): string | undefined {
  const broken = store.snapshots().filter((s) => s.exists && !s.plan.syntaxOk);
  if (broken.length === 0) return undefined;
  const which = store.snapshots().length > 1 ? ` (${broken.map((s) => s.folder.name).join(', ')})` : '';
  return vscode.l10n.t('The plan has syntax errors{0}. Until they are fixed, this shows its last good version and actions change nothing.', which);
}

/** "Showing 3 of 120 people: “dana”, building. Clear Filter (title bar) shows everyone." */
function filterMessage(store: PlanStore, filter: PeopleFilterState): string | undefined {
  const keep = filter.keep();
  if (!keep || !filter.current) return undefined;
  let shown = 0;
  let all = 0;
  for (const snapshot of store.snapshots()) {
    if (!snapshot.exists) continue;
    for (const status of snapshot.view.people) {
      all++;
      if (keep(status)) shown++;
    }
  }
  return all === 1 ? vscode.l10n.t('Showing {0} of {1} person: {2}. Clear Filter (title bar) shows everyone.', shown, all, describeFilter(filter.current)) : vscode.l10n.t('Showing {0} of {1} people: {2}. Clear Filter (title bar) shows everyone.', shown, all, describeFilter(filter.current));
}

export function createPlanTreeView(
  store: PlanStore,
  memento: vscode.Memento,
): { provider: PlanTreeProvider; view: vscode.TreeView<PlanTreeItem>; filter: PeopleFilterState; disposable: vscode.Disposable } {
  const filter = new PeopleFilterState(memento);
  const provider = new PlanTreeProvider(store, filter);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true, canSelectMany: true });
  let lastState: string | undefined;
  let lastReviewDue: boolean | undefined;
  const update = () => {
    const state = planState(store);
    if (state !== lastState) {
      lastState = state;
      void vscode.commands.executeCommand('setContext', 'networkingPlan.state', state);
    }
    const due = store.snapshots().reduce((n, s) => n + (s.exists ? dueNowCount(s.view) : 0), 0);
    view.badge = due > 0 ? { value: due, tooltip: due === 1 ? vscode.l10n.t('1 contact due') : vscode.l10n.t('{0} contacts due', due) } : undefined;
    const review = reviewDueText(reviewsDue(store));
    if (lastReviewDue !== (review !== undefined)) {
      lastReviewDue = review !== undefined;
      void vscode.commands.executeCommand('setContext', 'networkingPlan.reviewDue', lastReviewDue);
    }
    const message = [errorMessage(store), filterMessage(store, filter), review].filter(Boolean).join(' ') || undefined;
    // Setting the message, even to the same value, delays the tree's next refresh by 200 ms.
    if (message !== view.message) view.message = message;
  };
  update();
  const showMore = vscode.commands.registerCommand(SHOW_MORE_COMMAND, (groupKey: unknown) => {
    const first = typeof groupKey === 'string' ? provider.showMore(groupKey) : undefined;
    // The row that said "Show more" now shows the first new person: select it, so eye and keyboard go on from there.
    if (first && view.visible) void view.reveal(first, { select: true, focus: true });
    return first !== undefined;
  });
  return {
    provider,
    view,
    filter,
    disposable: vscode.Disposable.from(provider, view, filter, store.onDidChange(update), filter.onDidChange(update), registerFilterCommands(filter), showMore),
  };
}
