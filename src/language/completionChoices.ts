/** The values offered for completion in the plan file, as plain data (the adapter turns them into items). */
import { dueSortText, dueText } from './personText';
import { plainText } from './plainText';
import type { ValueContext, ValueKind } from './valueContext';
import { scalarSource } from './yamlScalar';
import { addDays, CADENCE_PRESETS, LIST_NAMES, type ListName, nameKey, type PersonStatus, type Stage, STAGES } from '../core';
import * as l10n from '@vscode/l10n';

export type ChoiceKind = 'person' | 'list' | 'stage' | 'cadence' | 'date';

export interface Choice {
  kind: ChoiceKind;
  /** What the list shows, and what typing is matched against. */
  label: string;
  /** Source text that replaces the value, quoted as needed. */
  insert: string;
  detail?: string;
  sortText?: string;
  preselect?: boolean;
}

const LIST_DETAILS: Record<ListName, string> = { like: l10n.t('I know and like them'), help: l10n.t('can help my career') };
const STAGE_DETAILS: Record<Stage, string> = {
  planned: l10n.t('not started yet (the default)'),
  building: l10n.t('getting to know them: scheduled, counts toward the limit'),
  established: l10n.t('call anytime: scheduled'),
  paused: l10n.t('never due'),
};

function sameKey(a: string): string {
  return nameKey(a);
}

/** The values for `kind` at `context`: people (due first), lists, stages, cadences or dates from `today`. */
export function completionChoices(kind: ValueKind, context: ValueContext, people: readonly PersonStatus[], today: string): Choice[] {
  const taken = new Set(context.siblings.map(sameKey));
  const source = (value: string) => (context.needsSpace ? ' ' : '') + scalarSource(value, context.quote, context.closed, context.inFlow);
  const choice = (kind: ChoiceKind, value: string, detail?: string, sortText?: string): Choice => ({
    kind, label: plainText(value), insert: source(value), detail, sortText,
  });
  switch (kind) {
    case 'person': {
      const seen = new Set<string>();
      const choices: Choice[] = [];
      for (const status of people) {
        const key = status.person.key;
        if (key === '' || seen.has(key) || taken.has(key)) continue;
        seen.add(key);
        const role = status.person.role ? ` · ${plainText(status.person.role)}` : '';
        choices.push(choice('person', status.person.name, dueText(status) + role, dueSortText(status)));
      }
      return choices;
    }
    case 'list':
      return LIST_NAMES.filter((list) => !taken.has(list)).map((list) => choice('list', list, LIST_DETAILS[list]));
    case 'stage':
      return STAGES.map((stage, i) => choice('stage', stage, STAGE_DETAILS[stage], String(i)));
    case 'cadence':
      return CADENCE_PRESETS.map((preset, i) => choice('cadence', preset.text, preset.label, String(i).padStart(2, '0')));
    case 'date': {
      const dates: [string, string][] = [[today, 'today']];
      if (context.key === 'next') dates.push([addDays(today, 1), 'tomorrow'], [addDays(today, 7), l10n.t('in a week')], [addDays(today, 14), l10n.t('in 2 weeks')]);
      return dates.map(([date, detail], i) => ({ ...choice('date', date, detail, String(i)), preselect: i === 0 }));
    }
    default:
      return [];
  }
}

/** At most this many choices per request: VS Code converts every item it is given in one task of the extension host. */
export const MAX_CHOICES = 200;

function isSubsequence(pattern: string, word: string): boolean {
  let at = 0;
  for (let i = 0; i < word.length && at < pattern.length; i++) if (word[i] === pattern[at]) at++;
  return at === pattern.length;
}

/**
 * The choices VS Code could still show once `typed` is matched (its filter needs the typed characters in order),
 * best first by `sortText`, at most `max`. `incomplete` when some were left out: VS Code then asks again as the
 * user types or deletes, so nobody is out of reach in a plan of thousands of people.
 */
export function limitChoices(choices: readonly Choice[], typed: string, max = MAX_CHOICES): { choices: Choice[]; incomplete: boolean } {
  if (choices.length <= max) return { choices: [...choices], incomplete: false };
  const pattern = typed.toLowerCase();
  const matching = pattern === '' ? [...choices] : choices.filter((c) => isSubsequence(pattern, c.label.toLowerCase()));
  const key = (c: Choice) => c.sortText ?? c.label;
  matching.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { choices: matching.slice(0, max), incomplete: true };
}
