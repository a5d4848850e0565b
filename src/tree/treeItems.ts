/** The tree's item classes; commands receive them as arguments. */
import * as vscode from 'vscode';
import type { PersonStatus } from '../core';
import type { PlanSnapshot } from '../planStore';
import type { MoreShape } from './paging';
import type { GroupShape, IconShape, PersonShape } from './treeShape';

/** Internal (not in the Command Palette): the "Show more" item of a long group runs it with the group's key. */
export const SHOW_MORE_COMMAND = 'networkingPlan.internal.showMore';

function themeIcon(icon: IconShape): vscode.ThemeIcon {
  return new vscode.ThemeIcon(icon.id, icon.color ? new vscode.ThemeColor(icon.color) : undefined);
}

const GROUP_ICONS: Record<GroupShape['id'], string> = { both: 'star-empty', like: 'heart', help: 'rocket', none: 'question', archived: 'archive' };

export class PersonTreeItem extends vscode.TreeItem {
  readonly kind = 'person';
  constructor(
    readonly planUri: vscode.Uri,
    readonly status: PersonStatus,
    /** The group the item sits in ('both', 'like', 'help', 'none', 'archived'; 'week' in This Week). */
    readonly group: string,
    shape: PersonShape,
    id: string,
  ) {
    super(shape.label, vscode.TreeItemCollapsibleState.None);
    this.id = id;
    this.description = shape.description;
    this.iconPath = themeIcon(shape.icon);
    this.contextValue = shape.contextValue;
    this.accessibilityInformation = { label: `${shape.label}, ${shape.description}` };
    this.command = { command: 'networkingPlan.revealPerson', title: vscode.l10n.t('Reveal in Plan File'), arguments: [this] };
  }

  get personName(): string {
    return this.status.person.name;
  }
}

export class GroupTreeItem extends vscode.TreeItem {
  readonly kind = 'group';
  /** The group's id in the tree, stable across re-reads of the same plan file. */
  readonly key: string;
  constructor(
    readonly snapshot: PlanSnapshot,
    readonly shape: GroupShape,
  ) {
    super(shape.label, shape.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    this.key = `${snapshot.uri.toString()}#${shape.id}`;
    this.id = this.key;
    this.description = shape.description;
    this.tooltip = shape.tooltip;
    this.contextValue = `group.${shape.id}`;
    this.iconPath = new vscode.ThemeIcon(GROUP_ICONS[shape.id]);
  }
}

export class FolderTreeItem extends vscode.TreeItem {
  readonly kind = 'folder';
  constructor(
    readonly snapshot: PlanSnapshot,
    description: string,
  ) {
    super(snapshot.folder.name, vscode.TreeItemCollapsibleState.Expanded);
    this.id = `${snapshot.uri.toString()}#folder`;
    this.description = description;
    this.iconPath = vscode.ThemeIcon.Folder;
    this.resourceUri = snapshot.folder.uri;
    this.contextValue = snapshot.exists ? 'folder.plan' : 'folder.noPlan';
  }
}

/** A one-line notice: plan errors, a read error, or a hint in an empty group. */
export class MessageTreeItem extends vscode.TreeItem {
  readonly kind = 'message';
  constructor(label: string, id: string, options: { icon?: IconShape; description?: string; tooltip?: string; command?: vscode.Command }) {
    super(label, vscode.TreeItemCollapsibleState.None);
    this.id = id;
    this.description = options.description;
    this.tooltip = options.tooltip;
    this.command = options.command;
    if (options.icon) this.iconPath = themeIcon(options.icon);
    this.contextValue = 'message';
  }
}

/** The last item of a group with more people than it shows: clicking it shows the next page in place. */
export class ShowMoreTreeItem extends vscode.TreeItem {
  readonly kind = 'more';
  constructor(
    readonly groupKey: string,
    shape: MoreShape,
  ) {
    super(shape.label, vscode.TreeItemCollapsibleState.None);
    this.id = `${groupKey}#more`;
    this.description = shape.description;
    this.tooltip = shape.tooltip;
    this.iconPath = new vscode.ThemeIcon('ellipsis');
    this.contextValue = 'more';
    this.command = { command: SHOW_MORE_COMMAND, title: vscode.l10n.t('Show More'), arguments: [groupKey] };
  }
}

export type PlanTreeItem = PersonTreeItem | GroupTreeItem | FolderTreeItem | MessageTreeItem | ShowMoreTreeItem;
