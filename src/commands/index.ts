/** Registers every command; each returns true when it changed or opened something (useful to scripts and tests). */
import * as vscode from 'vscode';
import type { PlanStore } from '../planStore';
import { reviewLists } from '../review';
import { createPlan } from '../welcome';
import { archivePerson, restorePerson } from './archiveCommands';
import { logContact, snooze } from './contactCommands';
import { showDue } from './dueCommands';
import { addToList, removeFromList, setCadence, setHow, setStage } from './fieldCommands';
import { addPerson, removePerson, renamePerson } from './personCommands';
import { exportCalendarCommand, openPlan, revealPerson } from './planCommands';

type Handler = (store: PlanStore, ...args: unknown[]) => Promise<boolean> | boolean;

const COMMANDS: Record<string, Handler> = {
  'networkingPlan.createPlan': createPlan,
  'networkingPlan.openPlan': openPlan,
  'networkingPlan.addPerson': addPerson,
  'networkingPlan.logContact': logContact,
  'networkingPlan.snooze': snooze,
  'networkingPlan.addToList': addToList,
  'networkingPlan.removeFromList': removeFromList,
  'networkingPlan.setHow': setHow,
  'networkingPlan.setCadence': setCadence,
  'networkingPlan.setStage': setStage,
  'networkingPlan.renamePerson': renamePerson,
  'networkingPlan.removePerson': removePerson,
  'networkingPlan.archivePerson': archivePerson,
  'networkingPlan.restorePerson': restorePerson,
  'networkingPlan.reviewLists': reviewLists,
  'networkingPlan.revealPerson': revealPerson,
  'networkingPlan.showDue': showDue,
  'networkingPlan.exportCalendar': exportCalendarCommand,
  'networkingPlan.refresh': async (store) => {
    await store.refresh();
    return true;
  },
};

export function registerCommands(store: PlanStore): vscode.Disposable {
  return vscode.Disposable.from(
    ...Object.entries(COMMANDS).map(([id, handler]) =>
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
          return await handler(store, ...args);
        } catch (error) {
          void vscode.window.showErrorMessage(`Networking Plan: ${error instanceof Error ? error.message : String(error)}`);
          return false;
        }
      }),
    ),
  );
}

export const COMMAND_IDS = Object.keys(COMMANDS);
