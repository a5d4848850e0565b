/** Registers every command; each returns true when it changed or opened something (useful to scripts and tests). */
import * as vscode from 'vscode';
import { loadLazy } from '../lazy';
import type { PlanStore } from '../planStore';
import type { CommandEnv } from './calendarCommands';

export const COMMAND_IDS = [
  'networkingPlan.createPlan',
  'networkingPlan.openPlan',
  'networkingPlan.addPerson',
  'networkingPlan.logContact',
  'networkingPlan.snooze',
  'networkingPlan.addPromise',
  'networkingPlan.addToList',
  'networkingPlan.removeFromList',
  'networkingPlan.setHow',
  'networkingPlan.setCadence',
  'networkingPlan.setStage',
  'networkingPlan.renamePerson',
  'networkingPlan.removePerson',
  'networkingPlan.archivePerson',
  'networkingPlan.restorePerson',
  'networkingPlan.reviewLists',
  'networkingPlan.revealPerson',
  'networkingPlan.showDue',
  'networkingPlan.exportCalendar',
  'networkingPlan.useCalendar',
  'networkingPlan.addToCalendar',
  'networkingPlan.refresh',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];

export function registerCommands(store: PlanStore, env: CommandEnv): vscode.Disposable {
  return vscode.Disposable.from(
    ...COMMAND_IDS.map((id) =>
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
          return await loadLazy('commands').COMMANDS[id].call(env, store, ...args);
        } catch (error) {
          void vscode.window.showErrorMessage(vscode.l10n.t('Networking Plan: {0}', error instanceof Error ? error.message : String(error)));
          return false;
        }
      }),
    ),
  );
}
