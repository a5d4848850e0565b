/** Show Due Contacts: pick a due person, then what to do about them. */
import * as vscode from 'vscode';
import { addDays, describeDue, dueWithin, exchangeGlance, type ExchangeGlance, type PersonStatus } from '../core';
import type { PlanSnapshot, PlanStore } from '../planStore';
import { dueSoonDays } from '../tree/planTreeProvider';
import { offerCreatePlan } from './planPicker';
import { pickOne } from './pickOne';
import { askDate } from './prompts';
import { displayMeeting, inDisplayLanguage } from '../displayLanguage';

interface DuePick extends vscode.QuickPickItem {
  snapshot?: PlanSnapshot;
  status?: PersonStatus;
}

/** What the exchange asks of the next contact: bring something when it runs one way, keep what was promised. */
function exchangeParts({ balance, promises }: ExchangeGlance): string[] {
  const parts: string[] = [];
  if (balance.outOfBalance && balance.reason) parts.push(`⇄ ${inDisplayLanguage(balance.reason)}`);
  if (promises.mine.length > 0) parts.push(vscode.l10n.t('You promised: {0}', promises.mine.map((p) => p.text).join('; ')));
  if (promises.theirs.length > 0) parts.push(vscode.l10n.t('They promised: {0}', promises.theirs.map((p) => p.text).join('; ')));
  return parts;
}

function duePicks(store: PlanStore, briefButton: vscode.QuickInputButton): DuePick[] {
  const snapshots = store.snapshots().filter((s) => s.exists);
  const horizon = dueSoonDays();
  const now: DuePick[] = [];
  const soon: DuePick[] = [];
  for (const snapshot of snapshots) {
    const where = snapshots.length > 1 ? ` · ${snapshot.folder.name}` : '';
    for (const status of dueWithin(snapshot.view, horizon)) {
      // The meeting first: it is the part that changes, and a long how would hide it.
      const meeting = store.meetings.nextMeeting(status.person.name, snapshot.uri);
      const detail = [
        meeting ? vscode.l10n.t('Next chance: {0}', displayMeeting(meeting)) : '',
        ...exchangeParts(exchangeGlance(status, snapshot.viewPlan.settings)),
        status.person.how ? vscode.l10n.t('How: {0}', status.person.how) : '',
      ]
        .filter((d) => d !== '')
        .join(' · ');
      const pick = { label: status.person.name, description: inDisplayLanguage(describeDue(status)) + where, detail: detail || undefined, snapshot, status, buttons: [briefButton] };
      (status.daysLate! >= 0 ? now : soon).push(pick);
    }
  }
  now.sort((a, b) => b.status!.daysLate! - a.status!.daysLate!);
  const picks: DuePick[] = [{ label: vscode.l10n.t('Due now'), kind: vscode.QuickPickItemKind.Separator }, ...now];
  if (soon.length > 0) picks.push({ label: horizon === 1 ? vscode.l10n.t('Coming up in the next 1 day') : vscode.l10n.t('Coming up in the next {0} days', horizon), kind: vscode.QuickPickItemKind.Separator }, ...soon);
  return picks;
}

type Action = 'log' | 'snooze1' | 'snooze7' | 'snoozeDate' | 'brief' | 'calendar' | 'open';

export async function showDue(store: PlanStore): Promise<boolean> {
  await store.ready;
  if (!store.snapshots().some((s) => s.exists)) {
    offerCreatePlan();
    return false;
  }
  const briefButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('notebook'), tooltip: vscode.l10n.t('Prepare for contact') };
  const picks = duePicks(store, briefButton);
  if (!picks.some((p) => p.status)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nobody is due: you are caught up.'));
    return false;
  }
  const picked = await pickOne(picks, { title: vscode.l10n.t('Due contacts'), placeHolder: vscode.l10n.t('Whom will you contact?'), matchOnDescription: true, matchOnDetail: true });
  const chosen = picked?.item;
  if (!chosen?.status || !chosen.snapshot) return false;
  const name = chosen.status.person.name;
  const uri = chosen.snapshot.uri;
  if (picked?.button) return vscode.commands.executeCommand<boolean>('networkingPlan.showBrief', name, uri);
  const actions: (vscode.QuickPickItem & { action: Action })[] = [
    { label: vscode.l10n.t('$(comment-discussion) Log contact'), description: vscode.l10n.t('I talked to them'), action: 'log' },
    { label: vscode.l10n.t('$(clock) Snooze 1 day'), action: 'snooze1' },
    { label: vscode.l10n.t('$(clock) Snooze 1 week'), action: 'snooze7' },
    { label: vscode.l10n.t('$(calendar) Snooze until…'), description: vscode.l10n.t('pick a date'), action: 'snoozeDate' },
    { label: vscode.l10n.t('$(notebook) Prepare for contact'), description: vscode.l10n.t('their brief: topics, promises, give and take'), action: 'brief' },
    { label: vscode.l10n.t('$(calendar) Add to calendar'), description: vscode.l10n.t('an event your calendar app opens'), action: 'calendar' },
    { label: vscode.l10n.t('$(go-to-file) Open in plan'), action: 'open' },
  ];
  const action = await vscode.window.showQuickPick(actions, { title: `${name} — ${inDisplayLanguage(describeDue(chosen.status))}`, placeHolder: chosen.status.person.how ? vscode.l10n.t('How: {0}', chosen.status.person.how) : vscode.l10n.t('What now?') });
  if (!action) return false;
  const run = (command: string, ...args: unknown[]) => vscode.commands.executeCommand<boolean>(command, ...args);
  switch (action.action) {
    case 'log':
      return run('networkingPlan.logContact', name, uri);
    case 'snooze1':
      return run('networkingPlan.snooze', { names: [name], uri, days: 1 });
    case 'snooze7':
      return run('networkingPlan.snooze', { names: [name], uri, days: 7 });
    case 'snoozeDate': {
      const today = store.today();
      const date = await askDate(vscode.l10n.t('Snooze {0}', name), vscode.l10n.t('Next contact on (YYYY-MM-DD)'), addDays(today, 7), { notBefore: today });
      return date ? run('networkingPlan.snooze', { names: [name], uri, date }) : false;
    }
    case 'brief':
      return run('networkingPlan.showBrief', name, uri);
    case 'calendar':
      return (await vscode.commands.executeCommand<vscode.Uri | false>('networkingPlan.addToCalendar', name, uri)) !== false;
    case 'open':
      return run('networkingPlan.revealPerson', name, uri);
  }
}
