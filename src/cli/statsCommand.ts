/** `networking-plan stats`: the Insights panel's figures for the terminal, as text or JSON. */
import { insightsOf, RHYTHM_WEEKS, STAGES, type Insights, type VennRegion } from '../core';
import type { Options } from './args';
import type { CliIo } from './io';
import { dateOption, loadPlan, requireReadable } from './reports';
import { printable, printableJson } from './terminalText';

function names(region: VennRegion): string[] {
  return region.people.map((p) => p.name);
}

export type StatsJson = ReturnType<typeof statsJson>;

/** The JSON of `stats --json`: every figure, people by name. */
export function statsJson(insights: Insights) {
  const { lists, rhythm, stages } = insights;
  const region = (r: VennRegion) => ({ count: r.count, names: names(r) });
  return {
    today: insights.today,
    summary: insights.summary,
    people: insights.people,
    lists: { like: lists.like, help: lists.help, both: region(lists.both), likeOnly: region(lists.likeOnly), helpOnly: region(lists.helpOnly), neither: region(lists.neither) },
    rhythm: {
      weeks: rhythm.weeks,
      contacts: rhythm.contacts,
      onTime: rhythm.onTime,
      late: rhythm.late,
      missed: rhythm.missed,
      lastFourWeeks: { contacts: rhythm.recentContacts, onTime: rhythm.recent.onTime, late: rhythm.recent.late },
    },
    mostOverdue: insights.mostOverdue.map((r) => ({ name: r.name, next: r.next, daysLate: r.daysLate })),
    exchange: insights.exchange.map((r) => ({ name: r.name, given: r.given, received: r.received })),
    stages: { now: stages.now, overTime: stages.overTime },
    slots: insights.slots,
  };
}

function nameList(region: VennRegion): string {
  return region.count === 0 ? '' : `  ${names(region).map((n) => printable(n) || '(no name)').join(', ')}`;
}

/** The figures as lines of text, in the panel's order. */
export function statsText(insights: Insights): string {
  const { lists, rhythm, stages, slots } = insights;
  const lines = [printable(insights.summary), '', 'Lists'];
  const regions: [string, VennRegion][] = [
    ['Start here (both lists)', lists.both],
    ['Know & like only', lists.likeOnly],
    ['Can help only', lists.helpOnly],
    ['On neither list', lists.neither],
  ];
  for (const [label, region] of regions) lines.push(`  ${label}: ${region.count}${nameList(region)}`);
  const first = rhythm.weeks[0].start;
  lines.push('', `Rhythm (last ${RHYTHM_WEEKS} weeks, ${first} to ${insights.today})`);
  lines.push(`  Contacts: ${rhythm.contacts}; on time ${rhythm.onTime}, late ${rhythm.late}, missed ${rhythm.missed}`);
  lines.push(`  Per week: ${rhythm.weeks.map((w) => w.contacts).join(' ')}`);
  lines.push('', 'Most overdue');
  if (insights.mostOverdue.length === 0) lines.push('  (nobody is overdue)');
  for (const row of insights.mostOverdue) lines.push(`  ${printable(row.name)}: ${row.daysLate} ${row.daysLate === 1 ? 'day' : 'days'} overdue (due ${row.next})`);
  lines.push('', 'Exchange (given / received)');
  if (insights.exchange.length === 0) lines.push('  (nothing given or received yet)');
  for (const row of insights.exchange) lines.push(`  ${printable(row.name)}: given ${row.given}, received ${row.received}`);
  lines.push('', 'Stages');
  lines.push(`  Now: ${STAGES.map((s) => `${s} ${stages.now[s]}`).join(', ')}`);
  for (const point of stages.overTime) lines.push(`  ${point.date}: ${STAGES.map((s) => `${s} ${point[s]}`).join(', ')}`);
  lines.push(`  Building slots: ${slots.used} of ${slots.max} used`);
  return `${lines.join('\n')}\n`;
}

export function runStats(io: CliIo, file: string, options: Options): number {
  const { plan } = loadPlan(io, file);
  requireReadable(plan, file, 'show the stats');
  const insights = insightsOf(plan, dateOption(options, 'today', io.today));
  io.stdout(options.json ? `${printableJson(statsJson(insights))}\n` : statsText(insights));
  return 0;
}
