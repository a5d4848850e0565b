/** The This Week view: who is due in the next 7 days, day by day, with how to meet them. */
import * as vscode from 'vscode';
import type { PlanSnapshot, PlanStore } from '../planStore';
import { personTooltip } from '../tree/planTreeProvider';
import { PersonTreeItem } from '../tree/treeItems';
import { personIcon } from '../tree/treeShape';
import { weekPersonDescription, weekShapes, type DayShape } from './weekShape';

export const WEEK_VIEW_ID = 'networkingPlan.thisWeek';

class DayTreeItem extends vscode.TreeItem {
  constructor(
    readonly shape: DayShape,
    readonly snapshots: readonly PlanSnapshot[],
  ) {
    super(shape.label, vscode.TreeItemCollapsibleState.Expanded);
    this.id = `week#${shape.id}`;
    this.description = shape.description;
    this.iconPath = new vscode.ThemeIcon(shape.id === 'late' ? 'warning' : 'calendar', shape.id === 'late' ? new vscode.ThemeColor('list.warningForeground') : undefined);
    this.contextValue = 'weekDay';
  }
}

type WeekItem = DayTreeItem | PersonTreeItem;

class WeekTreeProvider implements vscode.TreeDataProvider<WeekItem>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly listener: vscode.Disposable;

  constructor(private readonly store: PlanStore) {
    this.listener = store.onDidChange(() => this.emitter.fire(undefined));
  }

  private plans(): PlanSnapshot[] {
    return this.store.snapshots().filter((s) => s.exists && s.loaded);
  }

  days(snapshots = this.plans()): DayShape[] {
    const several = snapshots.length > 1;
    return weekShapes(snapshots.map((s) => ({ view: s.view, folderName: several ? s.folder.name : undefined })));
  }

  /** Tooltips are built only when shown. */
  resolveTreeItem(item: vscode.TreeItem, element: WeekItem): vscode.TreeItem {
    if (element instanceof PersonTreeItem && element.tooltip === undefined) element.tooltip = personTooltip(this.store, element);
    return element;
  }

  getTreeItem(element: WeekItem): vscode.TreeItem {
    return element;
  }

  getChildren(element?: WeekItem): WeekItem[] {
    if (!element) {
      const snapshots = this.plans();
      return this.days(snapshots).map((day) => new DayTreeItem(day, snapshots));
    }
    if (!(element instanceof DayTreeItem)) return [];
    const late = element.shape.id === 'late';
    const seen = new Map<string, number>();
    return element.shape.people.map((person) => {
      const uri = element.snapshots[person.plan].uri;
      const key = `${uri.toString()}#${person.status.person.key}`;
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      const shape = {
        label: person.status.person.name || vscode.l10n.t('(no name)'),
        description: weekPersonDescription(person, late),
        icon: personIcon(person.status, 0),
        contextValue: 'person.scheduled',
      };
      return new PersonTreeItem(uri, person.status, 'week', shape, `week#${element.shape.id}#${key}#${occurrence}`);
    });
  }

  dispose(): void {
    this.listener.dispose();
    this.emitter.dispose();
  }
}

/** Registers the view; `networkingPlan.weekEmpty` lets its welcome text say that nobody is due this week. */
export function createWeekView(store: PlanStore): { provider: vscode.TreeDataProvider<WeekItem>; view: vscode.TreeView<WeekItem>; disposable: vscode.Disposable } {
  const provider = new WeekTreeProvider(store);
  const view = vscode.window.createTreeView(WEEK_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  let lastEmpty: boolean | undefined;
  const update = () => {
    const empty = provider.days().length === 0;
    if (empty !== lastEmpty) {
      lastEmpty = empty;
      void vscode.commands.executeCommand('setContext', 'networkingPlan.weekEmpty', empty);
    }
  };
  update();
  return { provider, view, disposable: vscode.Disposable.from(provider, view, store.onDidChange(update)) };
}
