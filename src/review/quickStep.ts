/** One step of a multi-step quick pick: a step counter, a Back button after the first step, Enter to go on. */
import * as vscode from 'vscode';

export type StepResult<T> = { kind: 'accept'; items: readonly T[] } | { kind: 'back' } | { kind: 'cancel' };

export interface StepOptions<T extends vscode.QuickPickItem> {
  title: string;
  step: number;
  totalSteps: number;
  placeholder: string;
  items: readonly T[];
  /** Checkboxes: Enter with nothing checked goes on without a change. */
  many: boolean;
}

/** Shows the step; settles with the accepted items, `back`, or `cancel` (Escape). */
export function showStep<T extends vscode.QuickPickItem>(options: StepOptions<T>): Promise<StepResult<T>> {
  const pick = vscode.window.createQuickPick<T>();
  pick.title = options.title;
  pick.step = options.step;
  pick.totalSteps = options.totalSteps;
  pick.placeholder = options.placeholder;
  pick.canSelectMany = options.many;
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.ignoreFocusOut = true;
  pick.items = options.items;
  if (options.step > 1) pick.buttons = [vscode.QuickInputButtons.Back];
  return new Promise((resolve) => {
    let settled = false;
    const listeners: vscode.Disposable[] = [];
    const settle = (result: StepResult<T>) => {
      if (settled) return;
      settled = true;
      for (const listener of listeners) listener.dispose();
      pick.dispose();
      resolve(result);
    };
    listeners.push(
      pick.onDidTriggerButton((button) => button === vscode.QuickInputButtons.Back && settle({ kind: 'back' })),
      pick.onDidAccept(() => settle({ kind: 'accept', items: options.many ? pick.selectedItems : pick.selectedItems.length > 0 ? pick.selectedItems : pick.activeItems })),
      pick.onDidHide(() => settle({ kind: 'cancel' })),
    );
    pick.show();
  });
}
