/** The startup check: once per workspace, a plan in a git work tree that git would commit is offered to be kept private. */
import type * as vscode from 'vscode';
import { loadLazy } from '../lazy';
import type { Platform } from '../platform';
import type { PlanStore } from '../planStore';
import { PRIVACY_ASKED_KEY } from './gitignore';

export async function checkPrivacyAtStartup(store: PlanStore, platform: Platform, state: vscode.Memento): Promise<void> {
  const wouldCommit = platform.wouldCommit;
  if (!wouldCommit || state.get<boolean>(PRIVACY_ASKED_KEY) === true) return;
  await store.ready;
  for (const snapshot of store.snapshots().filter((s) => s.exists)) {
    const outcome = await loadLazy('privacy').offerPrivacy({ folder: snapshot.folder, plan: snapshot.uri, reason: 'startup', wouldCommit, state });
    if (outcome !== 'notNeeded') return;
  }
}
