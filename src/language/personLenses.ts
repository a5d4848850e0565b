/** The CodeLens line above each person in the plan file, as plain data. */
import type { Plan, PlanView } from '../core';
import { dueText } from './personText';
import { plainText } from './plainText';
import * as l10n from '@vscode/l10n';

export const LOG_CONTACT_COMMAND = 'networkingPlan.logContact';
export const SNOOZE_COMMAND = 'networkingPlan.snooze';
export const BRIEF_COMMAND = 'networkingPlan.showBrief';

export interface PersonLens {
  line: number;
  title: string;
  /** '' for a lens that is only a label. */
  command: string;
  arguments?: unknown[];
  tooltip?: string;
}

/**
 * "due in 3 days · Log contact · Snooze · Brief" above each named person of `plan`, at `lineOf(person.span.start)`.
 * The status comes from `view` by name, since the view may be from an older text (while the file is broken).
 */
export function personLenses(plan: Plan, view: PlanView, lineOf: (offset: number) => number): PersonLens[] {
  const lenses: PersonLens[] = [];
  for (const person of plan.people) {
    if (person.key === '') continue;
    const line = lineOf(person.span.start);
    const name = plainText(person.name);
    const status = view.byKey.get(person.key);
    if (status) lenses.push({ line, title: dueText(status), command: '', tooltip: status.next ? l10n.t('Next contact: {0}', status.next) : undefined });
    lenses.push(
      { line, title: l10n.t('Log contact'), command: LOG_CONTACT_COMMAND, arguments: [person.name], tooltip: l10n.t('Log a contact with {0}', name) },
      { line, title: l10n.t('Snooze'), command: SNOOZE_COMMAND, arguments: [person.name], tooltip: l10n.t("Move {0}'s next contact later", name) },
      { line, title: l10n.t('Brief'), command: BRIEF_COMMAND, arguments: [person.name], tooltip: l10n.t('Prepare for a contact with {0}', name) },
    );
  }
  return lenses;
}
