/** The sidebar tree: a root per folder (when several), the groups of each plan, and their people. */
import * as vscode from 'vscode';
import type { PlanSnapshot, PlanStore } from '../planStore';
import type { PeopleFilterState } from './filterState';
import { groupChildren, personItemAt, type MarksOf } from './groupItems';
import type { PeopleFilter } from './peopleFilter';
import { PageLimits } from './paging';
import { personTooltipMarkdown } from './personTooltip';
import { FolderTreeItem, GroupTreeItem, MessageTreeItem, PersonTreeItem, type PlanTreeItem } from './treeItems';
import { dueNowCount, groupShapes, seesYouText } from './treeShape';
import { balanceOf } from '../core';

const ERROR_ICON = { id: 'error', color: 'list.errorForeground' };

/** A person's tooltip in the People and This Week views: their plan's day and settings, their next meeting; no links run. */
export function personTooltip(store: PlanStore, element: PersonTreeItem): vscode.MarkdownString {
  const snapshot = store.snapshotFor(element.planUri);
  const meeting = store.meetings.nextMeeting(element.status.person.name, element.planUri);
  const markdown = new vscode.MarkdownString(personTooltipMarkdown(element.status, snapshot?.view.today ?? store.today(), meeting, snapshot?.viewPlan.settings));
  markdown.isTrusted = false;
  markdown.supportThemeIcons = false;
  markdown.supportHtml = false;
  return markdown;
}

export function dueSoonDays(): number {
  const days = vscode.workspace.getConfiguration('networkingPlan').get<number>('dueSoonDays', 3);
  return typeof days === 'number' && Number.isFinite(days) && days >= 0 ? Math.floor(days) : 3;
}

export class PlanTreeProvider implements vscode.TreeDataProvider<PlanTreeItem>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<PlanTreeItem | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly disposables: vscode.Disposable[];
  private firstItemsListener?: () => void;
  /** How many people each group shows (kept while the same plan files are shown). */
  private readonly limits = new PageLimits();
  /**
   * The group items last returned for each plan, by plan file; the same objects while the snapshot is the same,
   * because VS Code refreshes a single group only when given the very object it was given.
   */
  private readonly shownGroups = new Map<string, { snapshot: PlanSnapshot; filter: PeopleFilter | undefined; groups: readonly GroupTreeItem[] }>();

  constructor(
    private readonly store: PlanStore,
    /** The People view's filter; none in a tree that is not filtered. */
    private readonly filter?: PeopleFilterState,
  ) {
    this.disposables = [
      this.changeEmitter,
      store.onDidChange(() => this.storeChanged()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('networkingPlan.dueSoonDays') && this.changeEmitter.fire(undefined)),
    ];
    if (filter) {
      this.disposables.push(
        filter.onDidChange(() => {
          this.shownGroups.clear();
          this.changeEmitter.fire(undefined);
        }),
      );
    }
  }

  /** Called once, the first time the tree returns people or groups. */
  onFirstItems(listener: () => void): void {
    this.firstItemsListener = listener;
  }

  /**
   * Shows the next page of people in the group `groupKey` (a `GroupTreeItem.key`) and returns the item of its first
   * newly shown person; undefined when no such group is shown or it shows everybody already.
   */
  showMore(groupKey: string): PersonTreeItem | undefined {
    const group = this.shownGroup(groupKey);
    const firstHidden = this.limits.limitOf(groupKey);
    if (!group || group.shape.people.length <= firstHidden) return undefined;
    this.limits.showMore(groupKey);
    this.changeEmitter.fire(group);
    return personItemAt(group, firstHidden, dueSoonDays(), this.marksOf);
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
    if (element instanceof PersonTreeItem && element.tooltip === undefined) element.tooltip = personTooltip(this.store, element);
    return element;
  }

  private readonly marksOf: MarksOf = (status, planUri) => {
    const snapshot = this.store.snapshotFor(planUri);
    const meeting = this.store.meetings.nextMeeting(status.person.name, planUri);
    const seesYou = meeting && seesYouText(status, meeting, snapshot?.view.today ?? this.store.today());
    // The balance alone: the tooltip's promises are worked out only when it is shown.
    const outOfBalance = snapshot !== undefined && balanceOf(status.entries, status.person.key, snapshot.viewPlan.settings).outOfBalance;
    return { seesYou, outOfBalance };
  };

  /** For `reveal`: a person's group (VS Code knows the parents of the groups it was given). */
  getParent(element: PlanTreeItem): PlanTreeItem | undefined {
    return element instanceof PersonTreeItem ? this.shownGroup(`${element.planUri.toString()}#${element.group}`) : undefined;
  }

  private shownGroup(groupKey: string): GroupTreeItem | undefined {
    for (const shown of this.shownGroups.values()) for (const group of shown.groups) if (group.key === groupKey) return group;
    return undefined;
  }

  private storeChanged(): void {
    const snapshots = this.store.snapshots();
    // Another plan file or another set of folders: every group starts again at its first page.
    if (this.limits.followPlans(snapshots.map((s) => s.uri.toString()))) this.shownGroups.clear();
    // VS Code delays a tree refresh that follows another within 200 ms: skip the one that would only show "loading".
    if (snapshots.every((s) => s.loaded)) this.changeEmitter.fire(undefined);
  }

  private childrenOf(element?: PlanTreeItem): PlanTreeItem[] {
    if (element instanceof FolderTreeItem) return this.planItems(element.snapshot);
    if (element instanceof GroupTreeItem) return groupChildren(element, this.limits.limitOf(element.key), dueSoonDays(), this.marksOf);
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
    if (snapshot.error || !snapshot.exists) this.shownGroups.delete(key);
    if (snapshot.error) {
      return [
        new MessageTreeItem(snapshot.error, `${key}#error`, {
          icon: ERROR_ICON,
          tooltip: snapshot.error,
          command: { command: 'workbench.action.openSettings', title: vscode.l10n.t('Open Settings'), arguments: ['networkingPlan.planFile'] },
        }),
      ];
    }
    if (!snapshot.exists) {
      return [
        new MessageTreeItem(vscode.l10n.t('Create networking plan…'), `${key}#create`, {
          icon: { id: 'add' },
          command: { command: 'networkingPlan.createPlan', title: vscode.l10n.t('Create Plan'), arguments: [snapshot.folder.uri] },
        }),
      ];
    }
    const items: PlanTreeItem[] = [];
    if (!snapshot.plan.syntaxOk) {
      items.push(
        new MessageTreeItem(vscode.l10n.t('The plan has errors'), `${key}#syntax`, {
          icon: ERROR_ICON,
          description: vscode.l10n.t('show problems'),
          tooltip: vscode.l10n.t('The YAML of the plan file has syntax errors: fix them (see the Problems panel). Until then, actions refuse to change the file.'),
          command: { command: 'workbench.actions.view.problems', title: vscode.l10n.t('Show Problems') },
        }),
      );
    }
    const shown = this.shownGroups.get(key);
    const filter = this.filter?.current;
    const groups =
      shown?.snapshot === snapshot && shown.filter === filter
        ? shown.groups
        : groupShapes(snapshot.view, snapshot.viewPlan.settings.maxNewRelationships, this.filter?.keep()).map((g) => new GroupTreeItem(snapshot, g));
    this.shownGroups.set(key, { snapshot, filter, groups });
    if (filter && groups.length === 0) {
      items.push(
        new MessageTreeItem(vscode.l10n.t('Nobody matches the filter'), `${key}#nomatch`, {
          icon: { id: 'filter' },
          description: vscode.l10n.t('clear filter'),
          tooltip: vscode.l10n.t('Click to clear the filter and show everyone.'),
          command: { command: 'networkingPlan.clearFilter', title: vscode.l10n.t('Clear Filter') },
        }),
      );
    }
    return items.concat(groups);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function folderDescription(snapshot: PlanSnapshot): string {
  if (snapshot.error) return vscode.l10n.t('cannot read the plan');
  if (!snapshot.exists) return vscode.l10n.t('no plan yet');
  const due = dueNowCount(snapshot.view);
  const errors = snapshot.plan.syntaxOk ? '' : ' · has errors';
  return (due > 0 ? vscode.l10n.t('{0} due', due) : vscode.l10n.t('caught up')) + errors;
}
