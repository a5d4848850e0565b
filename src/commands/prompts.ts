/** Input boxes and quick picks shared by the commands; every input box validates as you type. */
import * as vscode from 'vscode';
import { addDays, CADENCE_PRESETS, type ListName, type Stage } from '../core';
import { validateCadence, validateDate, validateShortText, type DateBounds } from './validators';

export async function askText(options: {
  title: string;
  prompt: string;
  value?: string;
  placeHolder?: string;
  validate?: (value: string) => string | undefined;
}): Promise<string | undefined> {
  const validate = options.validate ?? ((v: string) => validateShortText(v));
  return vscode.window.showInputBox({
    title: options.title,
    prompt: options.prompt,
    value: options.value,
    placeHolder: options.placeHolder,
    ignoreFocusOut: true,
    validateInput: (v) => validate(v),
  });
}

export async function askDate(title: string, prompt: string, value: string, bounds: DateBounds): Promise<string | undefined> {
  const answer = await askText({ title, prompt, value, placeHolder: vscode.l10n.t('YYYY-MM-DD'), validate: (v) => validateDate(v, bounds) });
  return answer?.trim();
}

interface ValuePick<T> extends vscode.QuickPickItem {
  value: T;
}

/** The label of a cadence preset (the core's `CADENCE_PRESETS`) in the display language; the cadence text stays as written. */
function presetLabel(text: string): string | undefined {
  const labels: Record<string, string> = {
    'every week': vscode.l10n.t('Every week'),
    'every 2 weeks': vscode.l10n.t('Every 2 weeks'),
    'every month': vscode.l10n.t('Every month'),
    'every 6 weeks': vscode.l10n.t('Every 6 weeks'),
    'every 3 months': vscode.l10n.t('Every 3 months'),
    'every 6 months': vscode.l10n.t('Every 6 months'),
  };
  return labels[text];
}

/** A cadence text, `null` for "use the plan's default", undefined when cancelled. */
export async function askCadence(title: string, defaultText: string, current?: string): Promise<string | null | undefined> {
  const custom = Symbol('custom');
  const picks: ValuePick<string | null | typeof custom>[] = [
    ...CADENCE_PRESETS.map((p) => ({ label: presetLabel(p.text) ?? p.label, description: p.text === current ? vscode.l10n.t('current') : undefined, value: p.text })),
    { label: vscode.l10n.t('Plan default'), description: defaultText, value: null },
    { label: vscode.l10n.t('Custom…'), description: vscode.l10n.t('e.g. every 10 days, 3w, quarterly'), value: custom },
  ];
  const chosen = await vscode.window.showQuickPick(picks, { title, placeHolder: vscode.l10n.t('How often?'), ignoreFocusOut: true });
  if (!chosen) return undefined;
  if (chosen.value !== custom) return chosen.value;
  const text = await askText({ title, prompt: vscode.l10n.t('How often? e.g. "every 10 days", "every 6 weeks", "monthly"'), value: current, validate: validateCadence });
  return text?.trim();
}

export const STAGE_PICKS: { stage: Stage; label: string; detail: string }[] = [
  { stage: 'planned', label: 'planned', detail: vscode.l10n.t('On a list, not started yet: never due.') },
  { stage: 'building', label: 'building', detail: vscode.l10n.t('Getting to know them: due on their cadence; counts toward your limit of new relationships.') },
  { stage: 'established', label: vscode.l10n.t('established — call anytime'), detail: vscode.l10n.t('A relationship you can call on anytime: keep in touch on the cadence.') },
  { stage: 'paused', label: 'paused', detail: vscode.l10n.t('Not now: never due until you change the stage.') },
];

export async function askStage(title: string, current?: Stage, freeSlots?: number): Promise<Stage | undefined> {
  const picks = STAGE_PICKS.map((p) => ({
    label: p.label,
    description: [p.stage === current ? 'current' : '', p.stage === 'building' && freeSlots !== undefined ? `${freeSlots} free ${freeSlots === 1 ? 'slot' : 'slots'}` : '']
      .filter(Boolean)
      .join(' · '),
    detail: p.detail,
    value: p.stage,
  }));
  const chosen = await vscode.window.showQuickPick(picks, { title, placeHolder: vscode.l10n.t('Stage'), ignoreFocusOut: true });
  return chosen?.value;
}

export const LIST_PICKS: { list: ListName; label: string; detail: string }[] = [
  { list: 'like', label: vscode.l10n.t('Know & like'), detail: vscode.l10n.t('People you know and like (like)') },
  { list: 'help', label: vscode.l10n.t('Can help my career'), detail: vscode.l10n.t('People who can help your career (help)') },
];

/** Several lists (may be none), undefined when cancelled. */
export async function askLists(title: string, chosen: readonly ListName[] = []): Promise<ListName[] | undefined> {
  const picks = LIST_PICKS.map((p) => ({ label: p.label, detail: p.detail, picked: chosen.includes(p.list), value: p.list }));
  const result = await vscode.window.showQuickPick(picks, { title, placeHolder: vscode.l10n.t('Which lists? (both is where to start)'), canPickMany: true, ignoreFocusOut: true });
  return result?.map((r) => r.value);
}

/** Days to snooze, or a date picked by the user; undefined when cancelled. */
export async function askSnooze(title: string, today: string): Promise<{ days: number } | { date: string } | undefined> {
  const picks: ValuePick<number>[] = [
    { label: vscode.l10n.t('1 day'), value: 1 },
    { label: vscode.l10n.t('1 week'), value: 7 },
    { label: vscode.l10n.t('2 weeks'), value: 14 },
    { label: vscode.l10n.t('Pick a date…'), value: 0 },
  ];
  const chosen = await vscode.window.showQuickPick(picks, { title, placeHolder: vscode.l10n.t('Snooze for how long?'), ignoreFocusOut: true });
  if (!chosen) return undefined;
  if (chosen.value > 0) return { days: chosen.value };
  const date = await askDate(title, vscode.l10n.t('Next contact on (YYYY-MM-DD)'), addDays(today, 7), { notBefore: today });
  return date ? { date } : undefined;
}
