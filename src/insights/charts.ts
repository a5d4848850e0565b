/** The rhythm, exchange and progress charts as SVG, each next to a table that says the same in words. */
import * as l10n from '@vscode/l10n';
import { STAGES, type Insights, type Stage } from '../core';
import { displayDate } from '../displayLanguage';
import { escapeHtml } from '../webview/escapeHtml';

/** The stages keep the plan's own words (`planned`, `building`); only "call anytime" is explained. */
function stageLabel(stage: Stage): string {
  return stage === 'established' ? l10n.t('established (call anytime)') : stage;
}

/** Translated text, escaped, with the parts between NUL marks as code (names that stay as written: `gave:`). */
function codeIn(text: string): string {
  return text
    .split('\0')
    .map((part, i) => (i % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part)))
    .join('');
}

function table(caption: string, head: string[], rows: (string | number)[][]): string {
  const th = head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(String(c))}</th>` : `<td>${escapeHtml(String(c))}</td>`)).join('')}</tr>`).join('');
  return `<details><summary>${escapeHtml(caption)}</summary><table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table></details>`;
}

export function rhythmChart(rhythm: Insights['rhythm']): string {
  const max = Math.max(1, ...rhythm.weeks.map((w) => w.contacts));
  const bars = rhythm.weeks.map((w, i) => {
    const h = Math.round((w.contacts / max) * 80);
    const label = w.contacts === 1 ? l10n.t('Week of {0}: 1 contact', displayDate(w.start)) : l10n.t('Week of {0}: {1} contacts', displayDate(w.start), w.contacts);
    return `<rect class="bar${w.contacts === 0 ? ' empty' : ''}" x="${i * 15 + 2}" y="${90 - Math.max(h, 2)}" width="11" height="${Math.max(h, 2)}"><title>${escapeHtml(label)}</title></rect>`;
  });
  const first = displayDate(rhythm.weeks[0].start);
  const aria = l10n.t('Contacts per week, {0} to {1}: {2} in all', first, displayDate(rhythm.weeks[25].end), rhythm.contacts);
  const svg = `<svg class="rhythm" viewBox="0 0 392 110" role="img" aria-label="${escapeHtml(aria)}">${bars.join('')}<text x="2" y="106" class="axis">${escapeHtml(first)}</text><text x="390" y="106" class="axis end">${escapeHtml(l10n.t('this week'))}</text></svg>`;
  const rows = rhythm.weeks.map((w) => [l10n.t('{0} to {1}', displayDate(w.start), displayDate(w.end)), w.contacts]);
  return `${svg}${table(l10n.t('Contacts per week as a table'), [l10n.t('Week'), l10n.t('Contacts')], rows)}`;
}

export function timelinessChart(rhythm: Insights['rhythm']): string {
  const total = rhythm.onTime + rhythm.late + rhythm.missed;
  const parts: [string, number, string][] = [
    ['on-time', rhythm.onTime, l10n.t('{0} on time', rhythm.onTime)],
    ['late', rhythm.late, l10n.t('{0} late', rhythm.late)],
    ['missed', rhythm.missed, l10n.t('{0} missed', rhythm.missed)],
  ];
  let x = 0;
  const rects = parts.map(([cls, n, label]) => {
    const w = total === 0 ? 0 : (n / total) * 392;
    const rect = `<rect class="${cls}" x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="14"><title>${escapeHtml(label)}</title></rect>`;
    x += w;
    return rect;
  });
  const legend = parts.map(([cls, , label]) => `<span class="key ${cls}"></span>${escapeHtml(label)}`).join(' · ');
  const aria = l10n.t('Scheduled contacts: {0}', parts.map(([, , label]) => label).join(' · '));
  return `<svg class="strip" viewBox="0 0 392 14" role="img" aria-label="${escapeHtml(aria)}">${rects.join('')}</svg><p class="legend">${legend}</p>`;
}

export function exchangeChart(rows: Insights['exchange'], limit = 12): string {
  if (rows.length === 0) return `<p class="muted">${codeIn(l10n.t('Nothing given or received yet: note it in the journal with {0} and {1}.', '\0gave:\0', '\0got:\0'))}</p>`;
  const max = Math.max(1, ...rows.map((r) => Math.max(r.given, r.received)));
  const shown = rows.slice(0, limit).map((r) => {
    const g = (r.given / max) * 90;
    const d = (r.received / max) * 90;
    const bars = `<svg class="diverging" viewBox="0 0 200 16" role="img" aria-label="${escapeHtml(l10n.t('given {0}, received {1}', r.given, r.received))}"><rect class="given" x="${(100 - g).toFixed(1)}" y="2" width="${g.toFixed(1)}" height="12"/><rect class="received" x="100" y="2" width="${d.toFixed(1)}" height="12"/><line class="axis-line" x1="100" y1="0" x2="100" y2="16"/></svg>`;
    return `<tr><th scope="row"><button class="person" data-index="${r.index}">${escapeHtml(r.name || l10n.t('(no name)'))}</button></th><td class="num">${r.given}</td><td>${bars}</td><td class="num">${r.received}</td></tr>`;
  });
  const more = rows.length > limit ? `<p class="muted">${codeIn(l10n.t('and {0} more (run {1} for all).', rows.length - limit, '\0networking-plan stats\0'))}</p>` : '';
  const head = `<th scope="col">${escapeHtml(l10n.t('Person'))}</th><th scope="col" class="num">${escapeHtml(l10n.t('Given'))}</th><th scope="col"><span class="key given"></span>${escapeHtml(l10n.t('given · received'))}<span class="key received"></span></th><th scope="col" class="num">${escapeHtml(l10n.t('Received'))}</th>`;
  return `<table class="exchange"><thead><tr>${head}</tr></thead><tbody>${shown.join('')}</tbody></table>${more}`;
}

export function stagesChart(stages: Insights['stages'], slots: Insights['slots']): string {
  const total = STAGES.reduce((s, st) => s + stages.now[st], 0);
  let x = 0;
  const rects = STAGES.map((st) => {
    const w = total === 0 ? 0 : (stages.now[st] / total) * 392;
    const rect = `<rect class="stage-${st}" x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="18"><title>${escapeHtml(`${stages.now[st]} ${stageLabel(st)}`)}</title></rect>`;
    x += w;
    return rect;
  });
  const legend = STAGES.map((st) => `<span class="key stage-${st}"></span>${escapeHtml(`${stageLabel(st)} ${stages.now[st]}`)}`).join(' → ');
  const aria = l10n.t('People per stage now: {0}', STAGES.map((st) => `${stageLabel(st)} ${stages.now[st]}`).join(', '));
  const now = `<svg class="strip" viewBox="0 0 392 18" role="img" aria-label="${escapeHtml(aria)}">${rects.join('')}</svg><p class="legend">${legend}</p>`;
  const [before, after] = l10n.t('Building slots: {0} used', '\0').split('\0');
  const used = l10n.t('{0} of {1}', slots.used, slots.max);
  const meter = `<meter min="0" max="${Math.max(slots.max, slots.used)}" value="${slots.used}" aria-label="${escapeHtml(l10n.t('Building slots used'))}"></meter>`;
  const slotText = `<p>${escapeHtml(before)}<strong>${escapeHtml(used)}</strong>${escapeHtml(after ?? '')}${meter}</p>`;
  return `${now}${slotText}${overTime(stages.overTime)}`;
}

function overTime(points: Insights['stages']['overTime']): string {
  if (points.length === 0) return `<p class="muted">${codeIn(l10n.t('Stage changes over time show here once people have a {0} of dated stages.', '\0history\0'))}</p>`;
  const max = Math.max(1, ...points.map((p) => STAGES.reduce((s, st) => s + p[st], 0)));
  const step = 392 / points.length;
  const columns = points.map((p, i) => {
    let y = 90;
    return STAGES.map((st) => {
      const h = (p[st] / max) * 80;
      y -= h;
      return h > 0 ? `<rect class="stage-${st}" x="${(i * step + 2).toFixed(1)}" y="${y.toFixed(1)}" width="${(step - 4).toFixed(1)}" height="${h.toFixed(1)}"><title>${escapeHtml(`${displayDate(p.date)}: ${p[st]} ${stageLabel(st)}`)}</title></rect>` : '';
    }).join('');
  });
  const [first, last] = [displayDate(points[0].date), displayDate(points[points.length - 1].date)];
  const aria = l10n.t('People per stage over time, from {0} to {1}', first, last);
  const svg = `<svg class="rhythm" viewBox="0 0 392 110" role="img" aria-label="${escapeHtml(aria)}">${columns.join('')}<text x="2" y="106" class="axis">${escapeHtml(first)}</text><text x="390" y="106" class="axis end">${escapeHtml(l10n.t('today'))}</text></svg>`;
  const rows = points.map((p) => [displayDate(p.date), ...STAGES.map((s) => p[s])]);
  return `<h3>${escapeHtml(l10n.t('Over time (people with a dated history)'))}</h3>${svg}${table(l10n.t('Stages over time as a table'), [l10n.t('Date'), ...STAGES.map((s) => stageLabel(s))], rows)}`;
}
