/** The extension's entry in Node's extension host (`main`); the browser's is `web/extension.ts` (`browser`). */
import type * as vscode from 'vscode';
import { activateOn, type NetworkingPlanApi } from './activate';
import { nodePlatform } from './nodePlatform';

export type { NetworkingPlanApi } from './activate';

export function activate(context: vscode.ExtensionContext): NetworkingPlanApi {
  return activateOn(nodePlatform(context.extensionPath), context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
