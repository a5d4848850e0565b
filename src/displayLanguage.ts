/**
 * The core's own words (problem messages, "3 days overdue") in VS Code's display language, for adapters that also run
 * without VS Code: there (unit tests, the CLI) they stay English, exactly as the core writes them.
 */
import type * as vscode from 'vscode';
import { catalogueFor, messageTranslator } from './core';

function hostLanguage(): string | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- absent outside the extension host, by design
    return (require('vscode') as typeof vscode).env.language;
  } catch {
    return undefined;
  }
}

export const inDisplayLanguage: (message: string) => string = messageTranslator(catalogueFor(hostLanguage()));
