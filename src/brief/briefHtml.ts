/**
 * The brief panel's page body, from the core's `Brief`: every user text escaped, actions and journal links as
 * buttons with data attributes (the panel's script turns clicks and keys into typed messages; no inline handlers).
 */
import * as l10n from '@vscode/l10n';
import { type Brief, type BriefItem, type ExchangeKind, type Meeting } from '../core';
import { displayDate, displayMeeting, displayNumber, inDisplayLanguage } from '../displayLanguage';
import { escapeHtml } from '../webview/escapeHtml';

const KIND_LABELS: Record<ExchangeKind, string> = {
  gave: l10n.t('Gave'),
  got: l10n.t('Got'),
  promised: l10n.t('I promised'),
  theyPromised: l10n.t('They promised'),
  kept: l10n.t('I kept'),
  theyKept: l10n.t('They kept'),
};

function list(items: string[], empty: string): string {
  return items.length > 0 ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : `<p class="muted">${escapeHtml(empty)}</p>`;
}

const num = (n: number) => displayNumber(n) ?? String(n);
const day = (date: string | undefined) => (date ? displayDate(date) : l10n.t('no date'));

function dated(item: BriefItem): string {
  return `<span class="muted">${escapeHtml(day(item.date))}</span> ${escapeHtml(item.text)}`;
}

function section(id: string, title: string, body: string): string {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(title)}</h2>${body}</section>`;
}

function nextContact(brief: Brief): string {
  if (!brief.next.date) return inDisplayLanguage(brief.next.why);
  return `${displayDate(brief.next.date)} (${inDisplayLanguage(brief.due)}): ${inDisplayLanguage(brief.next.why)}`;
}

/** The page body; `meeting`: the person's next meeting in the user's own calendars, the natural moment to talk. */
export function briefHtml(brief: Brief, meeting?: Meeting): string {
  const since = brief.stageSince ? ` ${l10n.t('since {0}', displayDate(brief.stageSince))}` : '';
  const facts: [string, string][] = [
    [l10n.t('Lists'), brief.lists.join(', ') || l10n.t('none')],
    [l10n.t('Stage'), `${brief.stage}${since}`],
    [l10n.t('How'), brief.how ?? '—'],
    [l10n.t('Cadence'), brief.cadence],
    [l10n.t('Last contact'), brief.lastContact ? l10n.t('{0} ({1} days ago)', displayDate(brief.lastContact), brief.daysSinceLastContact === undefined ? '?' : num(brief.daysSinceLastContact)) : l10n.t('never')],
    [l10n.t('Next contact'), nextContact(brief)],
  ];
  const promises = [
    ...brief.promises.mine.map((p) => `${escapeHtml(l10n.t('I promised'))}: ${dated(p)}`),
    ...brief.promises.theirs.map((p) => `${escapeHtml(l10n.t('They promised'))}: ${dated(p)}`),
  ];
  const journal = brief.journal.map((e) => {
    const others = e.others.length > 0 ? ` <span class="muted">${escapeHtml(l10n.t('with {0}', e.others.join(', ')))}</span>` : '';
    const items = e.items.map((i) => `<li>${escapeHtml(KIND_LABELS[i.kind])}: ${escapeHtml(i.text)}</li>`).join('');
    return `<li><button class="link" data-action="openEntry" data-offset="${e.offset}">${escapeHtml(day(e.date))}</button>${others}${e.note ? ` ${escapeHtml(e.note)}` : ''}${items ? `<ul>${items}</ul>` : ''}</li>`;
  });
  const chance = meeting
    ? `<p class="chance" role="note">${escapeHtml(l10n.t('Next chance: {0}', displayMeeting(meeting)))}</p>`
    : '';
  return [
    `<header><h1>${escapeHtml(brief.name)}</h1>${brief.role ? `<p class="muted">${escapeHtml(brief.role)}</p>` : ''}</header>`,
    brief.balance.outOfBalance ? `<p class="warning" role="status">${escapeHtml(l10n.t('Out of balance: {0}', inDisplayLanguage(brief.balance.reason ?? '')))}</p>` : '',
    chance,
    `<nav class="actions"><button data-action="logContact">${escapeHtml(l10n.t('Log contact'))}</button> <button class="secondary" data-action="snooze">${escapeHtml(l10n.t('Snooze'))}</button> <button class="secondary" data-action="openInPlan">${escapeHtml(l10n.t('Open in plan'))}</button></nav>`,
    // What to bring up and what is owed come first: they are what the next conversation needs.
    section('topics', l10n.t('Topics to bring up'), list(brief.topics.map(escapeHtml), l10n.t('None yet.'))),
    section('promises', l10n.t('Open promises'), list(promises, l10n.t('None open.'))),
    `<dl>${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`,
    section(
      'balance',
      l10n.t('Give and take: given {0}, received {1}', num(brief.balance.given), num(brief.balance.received)),
      list([...brief.given.map((i) => `${escapeHtml(l10n.t('Given'))}: ${dated(i)}`), ...brief.received.map((i) => `${escapeHtml(l10n.t('Received'))}: ${dated(i)}`)], l10n.t('Nothing recorded yet.')),
    ),
    section('journal', l10n.t('Journal ({0}), newest first', num(brief.journal.length)), journal.length > 0 ? `<ol reversed>${journal.join('')}</ol>` : `<p class="muted">${escapeHtml(l10n.t('No contact yet.'))}</p>`),
  ].join('\n');
}
