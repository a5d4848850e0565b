/** The Venn diagram of the two lists as accessible SVG: each region is a focusable button that names its count. */
import * as l10n from '@vscode/l10n';
import type { Insights } from '../core';
import { displayNumber } from '../displayLanguage';
import { escapeHtml } from '../webview/escapeHtml';

export type RegionName = 'likeOnly' | 'both' | 'helpOnly' | 'neither';

export function regionLabel(region: RegionName): string {
  switch (region) {
    case 'both':
      return l10n.t('Start here: on both lists');
    case 'likeOnly':
      return l10n.t('Know & like only');
    case 'helpOnly':
      return l10n.t('Can help my career only');
    case 'neither':
      return l10n.t('On neither list');
  }
}

// Two circles of radius 90 at x 140 and 260 (y 110) meet at x 200, y 110 ± 67.08.
const TOP = '200 42.92';
const BOTTOM = '200 177.08';
const SHAPES: Record<RegionName, string> = {
  likeOnly: `<path d="M ${TOP} A 90 90 0 1 0 ${BOTTOM} A 90 90 0 0 1 ${TOP} Z"/>`,
  both: `<path d="M ${TOP} A 90 90 0 0 1 ${BOTTOM} A 90 90 0 0 1 ${TOP} Z"/>`,
  helpOnly: `<path d="M ${TOP} A 90 90 0 1 1 ${BOTTOM} A 90 90 0 0 0 ${TOP} Z"/>`,
  neither: `<rect x="300" y="206" width="96" height="30" rx="4"/>`,
};
const COUNT_AT: Record<RegionName, [number, number]> = { likeOnly: [105, 118], both: [200, 118], helpOnly: [295, 118], neither: [348, 227] };

/** A count as the display language writes it ("4.321" in German, "4321" as before in English). */
const count = (n: number): string => displayNumber(n) ?? String(n);

function people(n: number): string {
  return n === 1 ? l10n.t('1 person') : l10n.t('{0} people', count(n));
}

export function vennSvg(lists: Insights['lists']): string {
  const regions = (['likeOnly', 'helpOnly', 'both', 'neither'] as RegionName[]).map((name) => {
    const [x, y] = COUNT_AT[name];
    const label = `${regionLabel(name)}: ${people(lists[name].count)}`;
    return `<g class="region region-${name}" data-region="${name}" tabindex="0" role="button" aria-label="${escapeHtml(label)}"><title>${escapeHtml(label)}</title>${SHAPES[name]}<text x="${x}" y="${y}" class="count">${count(lists[name].count)}</text>${name === 'neither' ? `<text x="${x}" y="${y - 30}" class="caption">${escapeHtml(l10n.t('neither'))}</text>` : ''}</g>`;
  });
  return `<svg class="venn" viewBox="0 0 400 240" role="group" aria-label="${escapeHtml(l10n.t('The two lists as a Venn diagram'))}">
<text x="70" y="14" class="caption">${escapeHtml(l10n.t('Know & like ({0})', count(lists.like)))}</text>
<text x="330" y="14" class="caption">${escapeHtml(l10n.t('Can help ({0})', count(lists.help)))}</text>
${regions.join('\n')}
<text x="200" y="218" class="caption start">${escapeHtml(l10n.t('start here'))}</text>
</svg>`;
}
