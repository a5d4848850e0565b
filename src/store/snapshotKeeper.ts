/** One plan's latest snapshot, and the last plan whose YAML was readable (its view is shown while the text is broken). */
import type * as vscode from 'vscode';
import { deriveView, readPlan, type Plan, type PlanView } from '../core';
import type { PlanSnapshot } from '../planStore';

export class SnapshotKeeper {
  current: PlanSnapshot;
  private good?: Plan;

  constructor(
    private readonly folder: vscode.WorkspaceFolder,
    private readonly uri: vscode.Uri,
    private readonly today: () => string,
  ) {
    this.current = this.empty(undefined, false);
  }

  /** Whether the snapshot is of exactly `text`. */
  isCurrent(text: string): boolean {
    const c = this.current;
    return c.exists && c.text === text && c.error === undefined;
  }

  /** The plan whose view to show for `plan`: itself, or while its YAML is broken the last good one. */
  viewPlanOf(plan: Plan): Plan {
    return plan.syntaxOk ? plan : (this.good ?? plan);
  }

  /** While the YAML stays broken, the view of the last good plan stands: not derived again on each keystroke. */
  unchangedView(plan: Plan): PlanView | undefined {
    const c = this.current;
    return this.viewPlanOf(plan) === c.viewPlan && c.view.today === this.today() ? c.view : undefined;
  }

  /** `plan` and `view` were read and derived from `text`. */
  keepRead(text: string, plan: Plan, view: PlanView): void {
    const viewPlan = this.viewPlanOf(plan);
    if (plan.syntaxOk) this.good = plan;
    this.current = { folder: this.folder, uri: this.uri, exists: true, text, plan, viewPlan, view, stale: viewPlan !== plan, loaded: true };
  }

  /** No plan: the file is missing, or `error` says why it cannot be read. False when that is what it had already. */
  keepMissing(error: string | undefined): boolean {
    const c = this.current;
    if (c.loaded && !c.exists && c.error === error) return false;
    this.good = undefined;
    this.current = this.empty(error);
    return true;
  }

  private empty(error: string | undefined, loaded = true): PlanSnapshot {
    const plan = readPlan('');
    const view = deriveView(plan, this.today());
    return { folder: this.folder, uri: this.uri, exists: false, text: '', plan, viewPlan: plan, view, stale: false, error, loaded };
  }
}
