/** Filter People (two quick steps: words, then stages, lists and due states) and Clear Filter. */
import * as vscode from 'vscode';
import { STAGES, type Stage } from '../core';
import type { PeopleFilterState } from './filterState';
import { DUE_FILTER_TITLES, DUE_FILTERS, LIST_FILTER_TITLES, LIST_FILTERS, filterFrom, type DueFilter, type ListFilter, type PeopleFilter } from './peopleFilter';

interface Choice extends vscode.QuickPickItem {
  kind?: vscode.QuickPickItemKind;
  value?: { stage: Stage } | { list: ListFilter } | { due: DueFilter };
}

function section(label: string): Choice {
  return { label, kind: vscode.QuickPickItemKind.Separator };
}

async function askFilter(current: PeopleFilter | undefined): Promise<PeopleFilter | undefined> {
  const text = await vscode.window.showInputBox({
    title: vscode.l10n.t('Filter people (1/2)'),
    prompt: vscode.l10n.t('Words to find in the name, role, topics, how or notes (leave empty for anyone)'),
    value: current?.text ?? '',
    ignoreFocusOut: true,
  });
  if (text === undefined) return undefined;
  const picks: Choice[] = [
    section(vscode.l10n.t('Stage')),
    ...STAGES.map((stage) => ({ label: stage, picked: current?.stages?.includes(stage), value: { stage } })),
    section(vscode.l10n.t('Lists')),
    ...LIST_FILTERS.map((list) => ({ label: LIST_FILTER_TITLES[list], picked: current?.lists?.includes(list), value: { list } })),
    section(vscode.l10n.t('Due')),
    ...DUE_FILTERS.map((due) => ({ label: DUE_FILTER_TITLES[due], picked: current?.due?.includes(due), value: { due } })),
  ];
  const chosen = await vscode.window.showQuickPick(picks, {
    title: vscode.l10n.t('Filter people (2/2)'),
    placeHolder: vscode.l10n.t('Keep only these (pick nothing to keep everyone); any within a kind, all across kinds'),
    canPickMany: true,
    ignoreFocusOut: true,
  });
  if (chosen === undefined) return undefined;
  const filter: Required<PeopleFilter> = { text, stages: [], lists: [], due: [] };
  for (const { value } of chosen) {
    if (!value) continue;
    if ('stage' in value) filter.stages.push(value.stage);
    else if ('list' in value) filter.lists.push(value.list);
    else filter.due.push(value.due);
  }
  return filter;
}

export function registerFilterCommands(state: PeopleFilterState): vscode.Disposable {
  return vscode.Disposable.from(
    // With an options object ({ text, stages, lists, due }) the filter is set without asking (scripts, tests).
    vscode.commands.registerCommand('networkingPlan.filterPeople', async (options?: unknown) => {
      const filter = typeof options === 'object' && options !== null ? filterFrom(options) : await askFilter(state.current);
      if (filter === undefined && (options === undefined || options === null)) return false;
      await state.set(filter);
      return true;
    }),
    vscode.commands.registerCommand('networkingPlan.clearFilter', async () => {
      await state.set(undefined);
      return true;
    }),
  );
}
