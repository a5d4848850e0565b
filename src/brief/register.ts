/** Prepare for Contact (`networkingPlan.showBrief`): one brief panel, reused for whoever is asked for next. */
import * as vscode from 'vscode';
import { loadLazy } from '../lazy';
import type { PlanStore } from '../planStore';
import type { BriefPanel } from './lazy';

export interface BriefHandle {
  /** The open panel, if any. */
  current(): BriefPanel | undefined;
}

export function registerBrief(store: PlanStore, extensionUri: vscode.Uri): { disposable: vscode.Disposable; handle: BriefHandle } {
  let current: BriefPanel | undefined;
  const command = vscode.commands.registerCommand('networkingPlan.showBrief', async (...args: unknown[]) => {
    await store.ready;
    // A tree item, a name (and plan), `{ name }`, or nothing: then a pick of everyone, who is due first.
    const refs = await loadLazy('commands').resolvePeople(store, args, {
      many: false,
      title: vscode.l10n.t('Prepare for contact'),
      placeHolder: vscode.l10n.t('Whose brief? (who is due comes first)'),
      archived: 'also',
    });
    const ref = refs?.[0];
    if (!ref) return false;
    const name = ref.status.person.name;
    if (current) {
      current.show(name, ref.snapshot.uri);
      return true;
    }
    const opened = loadLazy('brief').openBriefPanel(store, name, ref.snapshot.uri, extensionUri);
    current = opened;
    opened.onDidDispose(() => {
      if (current === opened) current = undefined;
    });
    return true;
  });
  const disposable = vscode.Disposable.from(command, { dispose: () => void current?.dispose() });
  return { disposable, handle: { current: () => current } };
}
