/** The optional reminders at startup: contacts due (`networkingPlan.remindOnStartup`) and Review Lists due (`networkingPlan.remindReview`), both off by default. */
import * as vscode from 'vscode';
import { joinNames } from './commands/contactRules';
import type { PlanStore } from './planStore';
import { reviewDueText, reviewsDue } from './review/reviewNotice';
import { dueAcrossPlans } from './statusBar';

const SHOWN_NAMES = 3;

export async function remindOnStartup(store: PlanStore): Promise<void> {
  if (!vscode.workspace.getConfiguration('networkingPlan').get<boolean>('remindOnStartup', false)) return;
  await store.ready;
  const due = dueAcrossPlans(store);
  if (due.length === 0) return;
  const names = due.slice(0, SHOWN_NAMES).map((d) => d.status.person.name);
  if (due.length > SHOWN_NAMES) names.push(vscode.l10n.t('{0} more', due.length - SHOWN_NAMES));
  const what = due.length === 1 ? vscode.l10n.t('1 networking contact is due') : vscode.l10n.t('{0} networking contacts are due', due.length);
  const choice = await vscode.window.showInformationMessage(`${what}: ${joinNames(names)}.`, vscode.l10n.t('Show due contacts'));
  if (choice) await vscode.commands.executeCommand('networkingPlan.showDue');
}

export async function remindReview(store: PlanStore): Promise<void> {
  if (!vscode.workspace.getConfiguration('networkingPlan').get<boolean>('remindReview', false)) return;
  await store.ready;
  const text = reviewDueText(reviewsDue(store));
  if (!text) return;
  const choice = await vscode.window.showInformationMessage(text, vscode.l10n.t('Review Lists'));
  if (choice) await vscode.commands.executeCommand('networkingPlan.reviewLists');
}
