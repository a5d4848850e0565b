/** The Insights page: body from the core's figures, its style (theme colours only) and its script. No `vscode` import. */
import type { Insights, InsightPerson } from '../core';
import { escapeHtml, shellHtml } from './pageShell';
import { exchangeChart, rhythmChart, stagesChart, timelinessChart } from './charts';
import { REGION_LABELS, vennSvg, type RegionName } from './venn';

function personButton(p: InsightPerson): string {
  return `<li><button class="person" data-index="${p.index}">${escapeHtml(p.name || '(no name)')}</button></li>`;
}

function members(insights: Insights): string {
  return (['both', 'likeOnly', 'helpOnly', 'neither'] as RegionName[])
    .map((name) => {
      const region = insights.lists[name];
      const list = region.count > 0 ? `<ul>${region.people.map(personButton).join('')}</ul>` : '<p class="muted">Nobody.</p>';
      return `<div class="members" id="members-${name}" data-region="${name}"${name === 'both' ? '' : ' hidden'}><h3>${escapeHtml(REGION_LABELS[name])} (${region.count})</h3>${list}</div>`;
    })
    .join('');
}

function overdueList(insights: Insights): string {
  if (insights.mostOverdue.length === 0) return '<p class="muted">Nobody is overdue.</p>';
  const items = insights.mostOverdue.map((r) => `<li><button class="person" data-index="${r.index}">${escapeHtml(r.name || '(no name)')}</button> ${r.daysLate} ${r.daysLate === 1 ? 'day' : 'days'} overdue (due ${r.next})</li>`);
  return `<ol class="overdue">${items.join('')}</ol>`;
}

/** The page's content: swapped in whole when the plan changes. */
export function insightsBody(insights: Insights, planName: string): string {
  const { rhythm } = insights;
  return `<header><h1>Insights <span class="muted">· ${escapeHtml(planName)} · ${insights.today}</span></h1><p class="summary" id="summary">${escapeHtml(insights.summary)}</p></header>
<section aria-labelledby="lists-h"><h2 id="lists-h">The two lists</h2>
<p class="muted">Hover or focus a region to see its people; press Enter to move to them.</p>
<div class="venn-row">${vennSvg(insights.lists)}<div class="venn-people" aria-live="polite">${members(insights)}</div></div></section>
<section aria-labelledby="rhythm-h"><h2 id="rhythm-h">Rhythm</h2>
<p>${rhythm.contacts} ${rhythm.contacts === 1 ? 'contact' : 'contacts'} in the last 26 weeks; ${rhythm.recentContacts} in the last 4.</p>
${rhythmChart(rhythm)}
<h3>Scheduled contacts in those weeks</h3>${timelinessChart(rhythm)}
<h3>Most overdue</h3>${overdueList(insights)}</section>
<section aria-labelledby="exchange-h"><h2 id="exchange-h">Exchange</h2><p class="muted">Given and received per person, the biggest imbalance first.</p>${exchangeChart(insights.exchange)}</section>
<section aria-labelledby="progress-h"><h2 id="progress-h">Progress</h2>${stagesChart(insights.stages, insights.slots)}</section>`;
}

export const INSIGHTS_STYLE = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 20px 24px; max-width: 880px; }
h1 { font-size: 1.4em; font-weight: 600; margin: 16px 0 4px; } h2 { font-size: 1.15em; margin: 22px 0 6px; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-contrastBorder, transparent)); padding-bottom: 4px; } h3 { font-size: 1em; margin: 12px 0 4px; }
.summary { font-size: 1.1em; } .muted { color: var(--vscode-descriptionForeground); font-weight: normal; }
svg { display: block; width: 100%; max-width: 560px; height: auto; overflow: visible; }
svg text { fill: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: 12px; }
svg .count { font-size: 22px; font-weight: 600; text-anchor: middle; } svg .caption { text-anchor: middle; } svg .axis { font-size: 10px; fill: var(--vscode-descriptionForeground); } svg .end { text-anchor: end; }
.venn-row { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; } .venn { flex: 1 1 300px; max-width: 420px; } .venn-people { flex: 1 1 200px; }
.region path, .region rect { stroke: var(--vscode-foreground); stroke-opacity: 0.6; stroke-width: 1.5; cursor: pointer; }
.region-likeOnly path { fill: var(--vscode-charts-blue); fill-opacity: 0.35; } .region-helpOnly path { fill: var(--vscode-charts-purple); fill-opacity: 0.35; }
.region-both path { fill: var(--vscode-charts-green); fill-opacity: 0.55; } .region-neither rect { fill: var(--vscode-charts-foreground, var(--vscode-foreground)); fill-opacity: 0.08; }
.region:hover path, .region:hover rect, .region.active path, .region.active rect { stroke-width: 3; stroke-opacity: 1; }
.region:focus { outline: none; } .region:focus path, .region:focus rect { stroke: var(--vscode-focusBorder); stroke-width: 3; stroke-opacity: 1; }
.members ul, .overdue { margin: 4px 0; padding-left: 20px; }
button.person { background: none; border: none; padding: 1px 2px; color: var(--vscode-textLink-foreground); font: inherit; cursor: pointer; text-align: left; }
button.person:hover { text-decoration: underline; color: var(--vscode-textLink-activeForeground); } button.person:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
.bar { fill: var(--vscode-charts-blue); } .bar.empty { fill: var(--vscode-descriptionForeground); fill-opacity: 0.3; }
.on-time { fill: var(--vscode-charts-green); background: var(--vscode-charts-green); } .late { fill: var(--vscode-charts-yellow); background: var(--vscode-charts-yellow); } .missed { fill: var(--vscode-charts-red); background: var(--vscode-charts-red); }
.given { fill: var(--vscode-charts-green); background: var(--vscode-charts-green); } .received { fill: var(--vscode-charts-orange); background: var(--vscode-charts-orange); }
.axis-line { stroke: var(--vscode-foreground); stroke-opacity: 0.6; }
.stage-planned { fill: var(--vscode-descriptionForeground); background: var(--vscode-descriptionForeground); } .stage-building { fill: var(--vscode-charts-blue); background: var(--vscode-charts-blue); }
.stage-established { fill: var(--vscode-charts-green); background: var(--vscode-charts-green); } .stage-paused { fill: var(--vscode-charts-yellow); background: var(--vscode-charts-yellow); }
.strip rect, .diverging rect, .rhythm rect { stroke: var(--vscode-contrastBorder, transparent); }
.key { display: inline-block; width: 10px; height: 10px; margin: 0 4px; vertical-align: baseline; border: 1px solid var(--vscode-contrastBorder, transparent); }
.legend { margin: 4px 0; }
table { border-collapse: collapse; margin: 6px 0; } th, td { padding: 2px 8px; text-align: left; font-weight: normal; } thead th { color: var(--vscode-descriptionForeground); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; } table.exchange svg { width: 200px; }
details { margin: 4px 0 8px; } summary { cursor: pointer; color: var(--vscode-textLink-foreground); }
summary:focus { outline: 1px solid var(--vscode-focusBorder); }
meter { margin-left: 8px; vertical-align: middle; }
code { font-family: var(--vscode-editor-font-family); }
`;

/** Runs in the webview: shows a region's people on hover or focus, sends clicks on people, swaps the body on updates. */
export const INSIGHTS_SCRIPT = `(() => {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('insights');
  const show = (name) => {
    for (const m of root.querySelectorAll('.members')) m.hidden = m.dataset.region !== name;
    for (const r of root.querySelectorAll('.region')) r.classList.toggle('active', r.dataset.region === name);
  };
  const regionOf = (target) => target instanceof Element ? target.closest('.region') : null;
  root.addEventListener('mouseover', (e) => { const r = regionOf(e.target); if (r) show(r.dataset.region); });
  root.addEventListener('focusin', (e) => { const r = regionOf(e.target); if (r) show(r.dataset.region); });
  root.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    const person = target && target.closest('button.person');
    if (person) { vscode.postMessage({ type: 'openPerson', index: Number(person.dataset.index) }); return; }
    const r = regionOf(target);
    if (r) show(r.dataset.region);
  });
  root.addEventListener('keydown', (e) => {
    const r = regionOf(e.target);
    if (!r || (e.key !== 'Enter' && e.key !== ' ')) return;
    e.preventDefault();
    show(r.dataset.region);
    const first = root.querySelector('#members-' + r.dataset.region + ' button.person');
    if (first) first.focus();
  });
  window.addEventListener('message', (e) => {
    const message = e.data;
    if (!message || message.type !== 'update' || typeof message.body !== 'string') return;
    const active = root.querySelector('.region.active');
    const open = Array.from(root.querySelectorAll('details'), (d) => d.open);
    root.innerHTML = message.body;
    root.querySelectorAll('details').forEach((d, i) => { d.open = !!open[i]; });
    if (active) show(active.dataset.region);
  });
})();`;

/** The whole page around a body made by `insightsBody`. */
export function insightsPage(body: string, cspSource: string, nonce: string): string {
  return shellHtml({ title: 'Networking Plan Insights', cspSource, nonce, style: INSIGHTS_STYLE, script: INSIGHTS_SCRIPT, body: `<main id="insights">${body}</main>` });
}
