/**
 * A quick pick of one item that may also carry item buttons (`showQuickPick` cannot): resolves with the item and,
 * when one of its buttons was pressed rather than the item chosen, that button.
 */
import * as vscode from 'vscode';

export interface PickOptions {
  title?: string;
  placeHolder?: string;
  matchOnDescription?: boolean;
  matchOnDetail?: boolean;
}

export interface Picked<T> {
  item: T;
  button?: vscode.QuickInputButton;
}

export function pickOne<T extends vscode.QuickPickItem>(items: readonly T[], options: PickOptions): Promise<Picked<T> | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<T>();
    pick.items = items;
    pick.title = options.title;
    pick.placeholder = options.placeHolder;
    pick.matchOnDescription = options.matchOnDescription ?? false;
    pick.matchOnDetail = options.matchOnDetail ?? false;
    let settled = false;
    const finish = (picked: Picked<T> | undefined) => {
      if (settled) return;
      settled = true;
      resolve(picked);
      // Disposing the pick disposes its events and their listeners.
      pick.dispose();
    };
    pick.onDidAccept(() => {
      const item = pick.selectedItems[0] ?? pick.activeItems[0];
      finish(item ? { item } : undefined);
    });
    pick.onDidTriggerItemButton((event) => finish({ item: event.item, button: event.button }));
    pick.onDidHide(() => finish(undefined));
    pick.show();
  });
}
