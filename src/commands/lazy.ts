/**
 * The commands' implementations, loaded on the first command a user runs: they and the edits they make are not needed
 * to show the plan, so VS Code's start does not pay for them (see ../lazy.ts).
 */
import type * as vscode from 'vscode';
import type { PlanStore } from '../planStore';
import { reviewLists } from '../review/reviewLists';
import { createPlan } from '../welcome';
import type { CommandId } from '.';
import { archivePerson, restorePerson } from './archiveCommands';
import { addPromise, logContact, snooze } from './contactCommands';
import { addToCalendar, type CommandEnv, useCalendar } from './calendarCommands';
import { showDue } from './dueCommands';
import { addToList, removeFromList, setCadence, setHow, setStage } from './fieldCommands';
import { addPerson, removePerson, renamePerson } from './personCommands';
import { exportCalendarCommand, openPlan, revealPerson } from './planCommands';

/** Used by Prepare for Contact (../brief/register.ts) to find or ask for the person. */
export { resolvePeople } from './personTargets';

declare module '../lazy' {
  interface LazyModules {
    commands: typeof import('./lazy');
  }
}

/** `this` is the extension's environment (see `registerCommands`); most commands need only the store. */
type Handler = (this: CommandEnv, store: PlanStore, ...args: unknown[]) => Promise<boolean | vscode.Uri> | boolean;

export const COMMANDS: Record<CommandId, Handler> = {
  'networkingPlan.createPlan': createPlan,
  'networkingPlan.openPlan': openPlan,
  'networkingPlan.addPerson': addPerson,
  'networkingPlan.logContact': logContact,
  'networkingPlan.snooze': snooze,
  'networkingPlan.addPromise': addPromise,
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
  'networkingPlan.useCalendar': useCalendar,
  'networkingPlan.addToCalendar': addToCalendar,
  'networkingPlan.refresh': async (store) => {
    await store.refresh();
    return true;
  },
};
