/**
 * What `@vscode/l10n` resolves to in the bundles (alias in scripts/build.mjs). Modules that also run without VS Code
 * (unit tests, the CLI) write `import * as l10n from '@vscode/l10n'` and `l10n.t('…', …)`, which `npm run l10n` finds.
 * In the extension host (Node or web worker) this is VS Code's own `vscode.l10n.t`, with the display language's
 * bundle; elsewhere (the CLI) the English text with its `{0}` placeholders filled in. Compiled file by file (the unit
 * tests), those modules get the real `@vscode/l10n`, which without a bundle also gives the English text.
 */
import type * as vscode from 'vscode';

type Arg = string | number | boolean;

function english(message: string, ...args: Arg[]): string {
  return message.replace(/\{(\d+)\}/g, (whole, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : whole));
}

function hostTranslate(): (message: string, ...args: Arg[]) => string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- absent outside the extension host, by design
    return (require('vscode') as typeof vscode).l10n.t;
  } catch {
    return english;
  }
}

export const t: (message: string, ...args: Arg[]) => string = hostTranslate();
