/** The rhythm, exchange and progress charts as SVG, each next to a table that says the same in words. */
import { STAGES, type Insights, type Stage } from '../core';
import { escapeHtml } from '../webview/escapeHtml';

export const STAGE_LABELS: Record<Stage, string> = {
  planned: 'planned',
  building: 'building',
  established: 'established (call anytime)',
  paused: 'paused',
};

function table(caption: string, head: string[], rows: (string | number)[][]): string {
  const th = head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(String(c))}</th>` : `<td>${escapeHtml(String(c))}</td>`)).join('')}</tr>`).join('');
  return `<details><summary>${escapeHtml(caption)}</summary><table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table></details>`;
}

export function rhythmChart(rhythm: Insights['rhythm']): string {
  const max = Math.max(1, ...rhythm.weeks.map((w) => w.contacts));
  const bars = rhythm.weeks.map((w, i) => {
    const h = Math.round((w.contacts / max) * 80);
    const label = `Week of ${w.start}: ${w.contacts} ${w.contacts === 1 ? 'contact' : 'contacts'}`;
    return `<rect class="bar${w.contacts === 0 ? ' empty' : ''}" x="${i * 15 + 2}" y="${90 - Math.max(h, 2)}" width="11" height="${Math.max(h, 2)}"><title>${label}</title></rect>`;
  });
  const first = rhythm.weeks[0].start;
  const svg = `<svg class="rhythm" viewBox="0 0 392 110" role="img" aria-label="Contacts per week, ${first} to ${rhythm.weeks[25].end}: ${rhythm.contacts} in all">${bars.join('')}<text x="2" y="106" class="axis">${first}</text><text x="390" y="106" class="axis end">this week</text></svg>`;
  const rows = rhythm.weeks.map((w) => [`${w.start} to ${w.end}`, w.contacts]);
  return `${svg}${table('Contacts per week as a table', ['Week', 'Contacts'], rows)}`;
}

export function timelinessChart(rhythm: Insights['rhythm']): string {
  const total = rhythm.onTime + rhythm.late + rhythm.missed;
  const parts: [string, number, string][] = [
    ['on-time', rhythm.onTime, 'on time'],
    ['late', rhythm.late, 'late'],
    ['missed', rhythm.missed, 'missed'],
  ];
  let x = 0;
  const rects = parts.map(([cls, n, label]) => {
    const w = total === 0 ? 0 : (n / total) * 392;
    const rect = `<rect class="${cls}" x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="14"><title>${n} ${label}</title></rect>`;
    x += w;
    return rect;
  });
  const legend = parts.map(([cls, n, label]) => `<span class="key ${cls}"></span>${n} ${label}`).join(' · ');
  return `<svg class="strip" viewBox="0 0 392 14" role="img" aria-label="Scheduled contacts: ${legend.replace(/<[^>]*>/g, '')}">${rects.join('')}</svg><p class="legend">${legend}</p>`;
}

export function exchangeChart(rows: Insights['exchange'], limit = 12): string {
  if (rows.length === 0) return '<p class="muted">Nothing given or received yet: note it in the journal with <code>gave:</code> and <code>got:</code>.</p>';
  const max = Math.max(1, ...rows.map((r) => Math.max(r.given, r.received)));
  const shown = rows.slice(0, limit).map((r) => {
    const g = (r.given / max) * 90;
    const d = (r.received / max) * 90;
    const bars = `<svg class="diverging" viewBox="0 0 200 16" role="img" aria-label="given ${r.given}, received ${r.received}"><rect class="given" x="${(100 - g).toFixed(1)}" y="2" width="${g.toFixed(1)}" height="12"/><rect class="received" x="100" y="2" width="${d.toFixed(1)}" height="12"/><line class="axis-line" x1="100" y1="0" x2="100" y2="16"/></svg>`;
    return `<tr><th scope="row"><button class="person" data-index="${r.index}">${escapeHtml(r.name || '(no name)')}</button></th><td class="num">${r.given}</td><td>${bars}</td><td class="num">${r.received}</td></tr>`;
  });
  const more = rows.length > limit ? `<p class="muted">and ${rows.length - limit} more (run <code>networking-plan stats</code> for all).</p>` : '';
  return `<table class="exchange"><thead><tr><th scope="col">Person</th><th scope="col" class="num">Given</th><th scope="col"><span class="key given"></span>given · received<span class="key received"></span></th><th scope="col" class="num">Received</th></tr></thead><tbody>${shown.join('')}</tbody></table>${more}`;
}

export function stagesChart(stages: Insights['stages'], slots: Insights['slots']): string {
  const total = STAGES.reduce((s, st) => s + stages.now[st], 0);
  let x = 0;
  const rects = STAGES.map((st) => {
    const w = total === 0 ? 0 : (stages.now[st] / total) * 392;
    const rect = `<rect class="stage-${st}" x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="18"><title>${stages.now[st]} ${STAGE_LABELS[st]}</title></rect>`;
    x += w;
    return rect;
  });
  const legend = STAGES.map((st) => `<span class="key stage-${st}"></span>${STAGE_LABELS[st]} ${stages.now[st]}`).join(' → ');
  const now = `<svg class="strip" viewBox="0 0 392 18" role="img" aria-label="People per stage now: ${STAGES.map((st) => `${STAGE_LABELS[st]} ${stages.now[st]}`).join(', ')}">${rects.join('')}</svg><p class="legend">${legend}</p>`;
  const slotText = `<p>Building slots: <strong>${slots.used} of ${slots.max}</strong> used<meter min="0" max="${Math.max(slots.max, slots.used)}" value="${slots.used}" aria-label="Building slots used"></meter></p>`;
  return `${now}${slotText}${overTime(stages.overTime)}`;
}

function overTime(points: Insights['stages']['overTime']): string {
  if (points.length === 0) return '<p class="muted">Stage changes over time show here once people have a <code>history</code> of dated stages.</p>';
  const max = Math.max(1, ...points.map((p) => STAGES.reduce((s, st) => s + p[st], 0)));
  const step = 392 / points.length;
  const columns = points.map((p, i) => {
    let y = 90;
    return STAGES.map((st) => {
      const h = (p[st] / max) * 80;
      y -= h;
      return h > 0 ? `<rect class="stage-${st}" x="${(i * step + 2).toFixed(1)}" y="${y.toFixed(1)}" width="${(step - 4).toFixed(1)}" height="${h.toFixed(1)}"><title>${p.date}: ${p[st]} ${STAGE_LABELS[st]}</title></rect>` : '';
    }).join('');
  });
  const svg = `<svg class="rhythm" viewBox="0 0 392 110" role="img" aria-label="People per stage over time, from ${points[0].date} to ${points[points.length - 1].date}">${columns.join('')}<text x="2" y="106" class="axis">${points[0].date}</text><text x="390" y="106" class="axis end">today</text></svg>`;
  return `<h3>Over time (people with a dated history)</h3>${svg}${table('Stages over time as a table', ['Date', ...STAGES.map((s) => STAGE_LABELS[s])], points.map((p) => [p.date, ...STAGES.map((s) => p[s])]))}`;
}
