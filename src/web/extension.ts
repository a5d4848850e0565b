/** The extension's entry in a browser's web worker extension host (`browser`: vscode.dev, github.dev, code-server). */
import type * as vscode from 'vscode';
import { activateOn, type NetworkingPlanApi } from '../activate';
import { webPlatform } from './platform';

export function activate(context: vscode.ExtensionContext): NetworkingPlanApi {
  return activateOn(webPlatform(context.extensionUri), context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
