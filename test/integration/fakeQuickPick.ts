/**
 * Stands in for `window.createQuickPick` with an answer function like the ones tests give a stubbed
 * `showQuickPick`: it gets the items and returns the item to accept, `undefined` to close the pick, or
 * `{ itemButton: item }` to press the item's first button.
 */
import * as vscode from 'vscode';

export type PickAnswer = (items: readonly vscode.QuickPickItem[], options: vscode.QuickPickOptions) => unknown;

export function fakeCreateQuickPick(answer: PickAnswer): () => unknown {
  return () => {
    const accept = new vscode.EventEmitter<void>();
    const hide = new vscode.EventEmitter<void>();
    const itemButton = new vscode.EventEmitter<vscode.QuickPickItemButtonEvent<vscode.QuickPickItem>>();
    const pick = {
      title: undefined as string | undefined,
      placeholder: undefined as string | undefined,
      matchOnDescription: false,
      matchOnDetail: false,
      items: [] as readonly vscode.QuickPickItem[],
      selectedItems: [] as readonly vscode.QuickPickItem[],
      activeItems: [] as readonly vscode.QuickPickItem[],
      onDidAccept: accept.event,
      onDidHide: hide.event,
      onDidTriggerItemButton: itemButton.event,
      show() {
        setTimeout(() => {
          const chosen = answer(pick.items, { title: pick.title, placeHolder: pick.placeholder, matchOnDescription: pick.matchOnDescription, matchOnDetail: pick.matchOnDetail });
          if (chosen === undefined) return hide.fire();
          const pressed = (chosen as { itemButton?: vscode.QuickPickItem }).itemButton;
          if (pressed) return itemButton.fire({ item: pressed, button: pressed.buttons![0] });
          pick.selectedItems = [chosen as vscode.QuickPickItem];
          pick.activeItems = pick.selectedItems;
          accept.fire();
        }, 0);
      },
      hide: () => hide.fire(),
      dispose() {
        accept.dispose();
        hide.dispose();
        itemButton.dispose();
      },
    };
    return pick;
  };
}
