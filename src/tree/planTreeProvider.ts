/** The sidebar tree: a root per folder (when several), the groups of each plan, and their people. */
import * as vscode from 'vscode';
import type { PlanSnapshot, PlanStore } from '../planStore';
import { personTooltipMarkdown } from './personTooltip';
import { FolderTreeItem, GroupTreeItem, MessageTreeItem, PersonTreeItem, type PlanTreeItem } from './treeItems';
import { dueNowCount, groupShapes, personShape } from './treeShape';

const ERROR_ICON = { id: 'error', color: 'list.errorForeground' };

export function dueSoonDays(): number {
  const days = vscode.workspace.getConfiguration('networkingPlan').get<number>('dueSoonDays', 3);
  return typeof days === 'number' && Number.isFinite(days) && days >= 0 ? Math.floor(days) : 3;
}

export class PlanTreeProvider implements vscode.TreeDataProvider<PlanTreeItem>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<PlanTreeItem | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly disposables: vscode.Disposable[];
  private firstItemsListener?: () => void;

  constructor(private readonly store: PlanStore) {
    this.disposables = [
      this.changeEmitter,
      // VS Code delays a tree refresh that follows another within 200 ms: skip the one that would only show "loading".
      store.onDidChange(() => store.snapshots().every((s) => s.loaded) && this.changeEmitter.fire(undefined)),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('networkingPlan.dueSoonDays') && this.changeEmitter.fire(undefined)),
    ];
  }

  /** Called once, the first time the tree returns people or groups. */
  onFirstItems(listener: () => void): void {
    this.firstItemsListener = listener;
  }

  getTreeItem(element: PlanTreeItem): vscode.TreeItem {
    return element;
  }

  getChildren(element?: PlanTreeItem): PlanTreeItem[] {
    const children = this.childrenOf(element);
    if (children.length > 0 && this.firstItemsListener) {
      this.firstItemsListener();
      this.firstItemsListener = undefined;
    }
    return children;
  }

  /** Tooltips are built only when shown: a large plan has thousands of items. */
  resolveTreeItem(item: vscode.TreeItem, element: PlanTreeItem): vscode.TreeItem {
    if (element instanceof PersonTreeItem && element.tooltip === undefined) {
      const snapshot = this.store.snapshotFor(element.planUri);
      const markdown = new vscode.MarkdownString(personTooltipMarkdown(element.status, snapshot?.view.today ?? this.store.today()));
      markdown.isTrusted = false;
      markdown.supportThemeIcons = false;
      markdown.supportHtml = false;
      element.tooltip = markdown;
    }
    return element;
  }

  getParent(): undefined {
    return undefined;
  }

  private childrenOf(element?: PlanTreeItem): PlanTreeItem[] {
    if (element instanceof FolderTreeItem) return this.planItems(element.snapshot);
    if (element instanceof GroupTreeItem) return this.peopleItems(element);
    if (element) return [];
    const snapshots = this.store.snapshots();
    if (!snapshots.every((s) => s.loaded)) return [];
    // Nothing at all to show: let the welcome view explain and offer to create a plan.
    if (snapshots.every((s) => !s.exists && !s.error)) return [];
    if (snapshots.length === 1) return this.planItems(snapshots[0]);
    return snapshots.map((s) => new FolderTreeItem(s, folderDescription(s)));
  }

  private planItems(snapshot: PlanSnapshot): PlanTreeItem[] {
    const key = snapshot.uri.toString();
    if (snapshot.error) {
      return [
        new MessageTreeItem(snapshot.error, `${key}#error`, {
          icon: ERROR_ICON,
          tooltip: snapshot.error,
          command: { command: 'workbench.action.openSettings', title: 'Open Settings', arguments: ['networkingPlan.planFile'] },
        }),
      ];
    }
    if (!snapshot.exists) {
      return [
        new MessageTreeItem('Create networking plan…', `${key}#create`, {
          icon: { id: 'add' },
          command: { command: 'networkingPlan.createPlan', title: 'Create Plan', arguments: [snapshot.folder.uri] },
        }),
      ];
    }
    const items: PlanTreeItem[] = [];
    if (!snapshot.plan.syntaxOk) {
      items.push(
        new MessageTreeItem('The plan has errors', `${key}#syntax`, {
          icon: ERROR_ICON,
          description: 'show problems',
          tooltip: 'The YAML of the plan file has syntax errors: fix them (see the Problems panel). Until then, actions refuse to change the file.',
          command: { command: 'workbench.actions.view.problems', title: 'Show Problems' },
        }),
      );
    }
    const groups = groupShapes(snapshot.view, snapshot.viewPlan.settings.maxNewRelationships);
    return items.concat(groups.map((g) => new GroupTreeItem(snapshot, g)));
  }

  private peopleItems(group: GroupTreeItem): PlanTreeItem[] {
    const { snapshot, shape } = group;
    const prefix = `${snapshot.uri.toString()}#${shape.id}#`;
    if (shape.people.length === 0) return [new MessageTreeItem(shape.emptyHint, `${prefix}empty`, { icon: { id: 'info' } })];
    const days = dueSoonDays();
    const seen = new Map<string, number>();
    return shape.people.map((status) => {
      const occurrence = (seen.get(status.person.key) ?? 0) + 1;
      seen.set(status.person.key, occurrence);
      const id = `${prefix}${status.person.key}#${occurrence}`;
      return new PersonTreeItem(snapshot.uri, status, shape.id, personShape(status, days), id);
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function folderDescription(snapshot: PlanSnapshot): string {
  if (snapshot.error) return 'cannot read the plan';
  if (!snapshot.exists) return 'no plan yet';
  const due = dueNowCount(snapshot.view);
  const errors = snapshot.plan.syntaxOk ? '' : ' · has errors';
  return (due > 0 ? `${due} due` : 'caught up') + errors;
}
