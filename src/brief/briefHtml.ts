/**
 * The brief panel's page body, from the core's `Brief`: every user text escaped, actions and journal links as
 * buttons with data attributes (the panel's script turns clicks and keys into typed messages; no inline handlers).
 */
import type { Brief, BriefItem } from '../core';
import { escapeHtml } from '../webview/escapeHtml';

const KIND_LABELS: Record<string, string> = { gave: 'Gave', got: 'Got', promised: 'I promised', theyPromised: 'They promised', kept: 'I kept', theyKept: 'They kept' };

function list(items: string[], empty: string): string {
  return items.length > 0 ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : `<p class="muted">${escapeHtml(empty)}</p>`;
}

function dated(item: BriefItem): string {
  return `<span class="muted">${escapeHtml(item.date ?? 'no date')}</span> ${escapeHtml(item.text)}`;
}

function section(id: string, title: string, body: string): string {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(title)}</h2>${body}</section>`;
}

export function briefHtml(brief: Brief): string {
  const since = brief.stageSince ? ` since ${brief.stageSince}` : '';
  const next = brief.next.date ? `${brief.next.date} (${brief.due}): ${brief.next.why}` : brief.next.why;
  const facts: [string, string][] = [
    ['Lists', brief.lists.join(', ') || 'none'],
    ['Stage', `${brief.stage}${since}`],
    ['How', brief.how ?? '—'],
    ['Cadence', brief.cadence],
    ['Last contact', brief.lastContact ? `${brief.lastContact} (${brief.daysSinceLastContact ?? '?'} days ago)` : 'never'],
    ['Next contact', next],
  ];
  const promises = [...brief.promises.mine.map((p) => `I promised: ${dated(p)}`), ...brief.promises.theirs.map((p) => `They promised: ${dated(p)}`)];
  const journal = brief.journal.map((e) => {
    const others = e.others.length > 0 ? ` <span class="muted">with ${escapeHtml(e.others.join(', '))}</span>` : '';
    const items = e.items.map((i) => `<li>${escapeHtml(KIND_LABELS[i.kind])}: ${escapeHtml(i.text)}</li>`).join('');
    return `<li><button class="link" data-action="openEntry" data-offset="${e.offset}">${escapeHtml(e.date ?? 'no date')}</button>${others}${e.note ? ` ${escapeHtml(e.note)}` : ''}${items ? `<ul>${items}</ul>` : ''}</li>`;
  });
  return [
    `<header><h1>${escapeHtml(brief.name)}</h1>${brief.role ? `<p class="muted">${escapeHtml(brief.role)}</p>` : ''}</header>`,
    brief.balance.outOfBalance ? `<p class="warning" role="status">Out of balance: ${escapeHtml(brief.balance.reason ?? '')}</p>` : '',
    `<nav class="actions"><button data-action="logContact">Log contact</button> <button class="secondary" data-action="snooze">Snooze</button> <button class="secondary" data-action="openInPlan">Open in plan</button></nav>`,
    // What to bring up and what is owed come first: they are what the next conversation needs.
    section('topics', 'Topics to bring up', list(brief.topics.map(escapeHtml), 'None yet.')),
    section('promises', 'Open promises', list(promises, 'None open.')),
    `<dl>${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`,
    section(
      'balance',
      `Give and take: given ${brief.balance.given}, received ${brief.balance.received}`,
      list([...brief.given.map((i) => `Given: ${dated(i)}`), ...brief.received.map((i) => `Received: ${dated(i)}`)], 'Nothing recorded yet.'),
    ),
    section('journal', `Journal (${brief.journal.length}), newest first`, journal.length > 0 ? `<ol reversed>${journal.join('')}</ol>` : '<p class="muted">No contact yet.</p>'),
  ].join('\n');
}
