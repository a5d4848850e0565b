/** The status bar item: "$(person) 3 due (1 overdue)", warning colors when anyone is overdue; click to see who. */
import * as vscode from 'vscode';
import type { PlanStore } from './planStore';
import { reviewDueText, reviewsDue } from './review/reviewNotice';
import { anyOverdue, dueContacts, overdueCount, statusBarText, statusTooltipMarkdown, type StatusBarMode } from './statusText';

function mode(): StatusBarMode {
  const value = vscode.workspace.getConfiguration('networkingPlan').get<string>('statusBar', 'always');
  return value === 'whenDue' || value === 'never' ? value : 'always';
}

export function dueAcrossPlans(store: PlanStore) {
  const snapshots = store.snapshots().filter((s) => s.exists);
  const several = snapshots.length > 1;
  return dueContacts(snapshots.map((s) => ({ view: s.view, folderName: several ? s.folder.name : undefined })));
}

export class DueStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('networkingPlan.due', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[];
  private firstUpdateListener?: () => void;
  private shownLoaded = false;
  private visible = false;

  constructor(private readonly store: PlanStore) {
    this.item.name = 'Networking Plan';
    this.item.command = 'networkingPlan.showDue';
    this.disposables = [
      this.item,
      store.onDidChange(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('networkingPlan.statusBar') && this.update()),
    ];
    this.update();
  }

  /** Called once, the first time the item shows loaded plans (at once if it already has). */
  onFirstUpdate(listener: () => void): void {
    if (this.shownLoaded) listener();
    else this.firstUpdateListener = listener;
  }

  /** What the item shows now (for tests): undefined when hidden. */
  get shown(): { text: string; tooltip: string; warning: boolean } | undefined {
    const { text, tooltip, backgroundColor } = this.item;
    if (!this.visible) return undefined;
    return { text, tooltip: tooltip instanceof vscode.MarkdownString ? tooltip.value : String(tooltip ?? ''), warning: backgroundColor !== undefined };
  }

  private update(): void {
    const snapshots = this.store.snapshots();
    const loaded = snapshots.every((s) => s.loaded);
    const hasPlan = snapshots.some((s) => s.exists);
    const due = dueAcrossPlans(this.store);
    const text = loaded && hasPlan ? statusBarText(due, mode()) : undefined;
    if (text === undefined) {
      this.visible = false;
      this.item.hide();
    } else {
      this.item.text = text;
      const tooltip = new vscode.MarkdownString(statusTooltipMarkdown(due, reviewDueText(reviewsDue(this.store))));
      tooltip.isTrusted = false;
      tooltip.supportThemeIcons = false;
      this.item.tooltip = tooltip;
      this.item.backgroundColor = anyOverdue(due) ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
      const late = overdueCount(due);
      const overdue = late > 0 ? `, ${late} overdue` : '';
      this.item.accessibilityInformation = { label: due.length > 0 ? vscode.l10n.t('{0} networking contacts due{1}', due.length, overdue) : vscode.l10n.t('Networking plan: caught up') };
      this.visible = true;
      this.item.show();
    }
    if (loaded && !this.shownLoaded) {
      this.shownLoaded = true;
      this.firstUpdateListener?.();
      this.firstUpdateListener = undefined;
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
