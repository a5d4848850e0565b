/** The Insights page's body from the core's figures (its style and script are media/insights/*). No `vscode` import. */
import * as l10n from '@vscode/l10n';
import type { Insights, InsightPerson } from '../core';
import { displayDate, displayNumber, inDisplayLanguage } from '../displayLanguage';
import { escapeHtml } from '../webview/escapeHtml';
import { exchangeChart, rhythmChart, stagesChart, timelinessChart } from './charts';
import { regionLabel, vennSvg, type RegionName } from './venn';

function personButton(p: InsightPerson): string {
  return `<li><button class="person" data-index="${p.index}">${escapeHtml(p.name || l10n.t('(no name)'))}</button></li>`;
}

function members(insights: Insights): string {
  return (['both', 'likeOnly', 'helpOnly', 'neither'] as RegionName[])
    .map((name) => {
      const region = insights.lists[name];
      const list = region.count > 0 ? `<ul>${region.people.map(personButton).join('')}</ul>` : `<p class="muted">${escapeHtml(l10n.t('Nobody.'))}</p>`;
      return `<div class="members" id="members-${name}" data-region="${name}"${name === 'both' ? '' : ' hidden'}><h3>${escapeHtml(regionLabel(name))} (${displayNumber(region.count) ?? region.count})</h3>${list}</div>`;
    })
    .join('');
}

function overdueList(insights: Insights): string {
  if (insights.mostOverdue.length === 0) return `<p class="muted">${escapeHtml(l10n.t('Nobody is overdue.'))}</p>`;
  const items = insights.mostOverdue.map((r) => {
    const late = r.daysLate === 1 ? l10n.t('1 day overdue (due {0})', displayDate(r.next)) : l10n.t('{0} days overdue (due {1})', r.daysLate, displayDate(r.next));
    return `<li><button class="person" data-index="${r.index}">${escapeHtml(r.name || l10n.t('(no name)'))}</button> ${escapeHtml(late)}</li>`;
  });
  return `<ol class="overdue">${items.join('')}</ol>`;
}

/** The page's content: swapped in whole when the plan changes. */
export function insightsBody(insights: Insights, planName: string): string {
  const { rhythm } = insights;
  const contacts = rhythm.contacts === 1 ? l10n.t('1 contact in the last 26 weeks; {0} in the last 4.', rhythm.recentContacts) : l10n.t('{0} contacts in the last 26 weeks; {1} in the last 4.', rhythm.contacts, rhythm.recentContacts);
  return `<header><h1>${escapeHtml(l10n.t('Insights'))} <span class="muted">· ${escapeHtml(planName)} · ${escapeHtml(displayDate(insights.today))}</span></h1><p class="summary" id="summary">${escapeHtml(inDisplayLanguage(insights.summary))}</p></header>
<section aria-labelledby="lists-h"><h2 id="lists-h">${escapeHtml(l10n.t('The two lists'))}</h2>
<p class="muted">${escapeHtml(l10n.t('Hover or focus a region to see its people; press Enter to move to them.'))}</p>
<div class="venn-row">${vennSvg(insights.lists)}<div class="venn-people" aria-live="polite">${members(insights)}</div></div></section>
<section aria-labelledby="rhythm-h"><h2 id="rhythm-h">${escapeHtml(l10n.t('Rhythm'))}</h2>
<p>${escapeHtml(contacts)}</p>
${rhythmChart(rhythm)}
<h3>${escapeHtml(l10n.t('Scheduled contacts in those weeks'))}</h3>${timelinessChart(rhythm)}
<h3>${escapeHtml(l10n.t('Most overdue'))}</h3>${overdueList(insights)}</section>
<section aria-labelledby="exchange-h"><h2 id="exchange-h">${escapeHtml(l10n.t('Exchange'))}</h2><p class="muted">${escapeHtml(l10n.t('Given and received per person, the biggest imbalance first.'))}</p>${exchangeChart(insights.exchange)}</section>
<section aria-labelledby="progress-h"><h2 id="progress-h">${escapeHtml(l10n.t('Progress'))}</h2>${stagesChart(insights.stages, insights.slots)}</section>`;
}
