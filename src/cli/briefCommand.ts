/** `brief NAME [FILE]`: everything to know before a contact with one person, as text or JSON. */
import { briefOf, closest, deriveView, LineIndex, nameKey, type Brief, type BriefItem } from '../core';
import { CliError, type CliIo } from './io';
import { dateOption, loadPlan, requireReadable, type Options } from './reports';
import { printable, printableJson } from './terminalText';

const KIND_LABELS: Record<string, string> = {
  gave: 'gave',
  got: 'got',
  promised: 'I promised',
  theyPromised: 'they promised',
  kept: 'I kept',
  theyKept: 'they kept',
};

/** The brief as JSON: entries carry their 1-based line in the plan instead of text offsets. */
function briefJson(brief: Brief, lineOf: (offset: number) => number): unknown {
  const items = (list: BriefItem[]) => list.map(({ text, date }) => ({ text, date: date ?? null }));
  return {
    name: brief.name,
    role: brief.role ?? null,
    lists: brief.lists,
    stage: brief.stage,
    stageSince: brief.stageSince ?? null,
    how: brief.how ?? null,
    cadence: brief.cadence,
    lastContact: brief.lastContact ?? null,
    next: { date: brief.next.date ?? null, basis: brief.next.basis, why: brief.next.why },
    due: brief.due,
    topics: brief.topics,
    notes: brief.notes ?? null,
    promises: { mine: items(brief.promises.mine), theirs: items(brief.promises.theirs) },
    balance: { given: brief.balance.given, received: brief.balance.received, outOfBalance: brief.balance.outOfBalance, reason: brief.balance.reason ?? null },
    given: items(brief.given),
    received: items(brief.received),
    journal: brief.journal.map((e) => ({ date: e.date ?? null, line: lineOf(e.offset), others: e.others, note: e.note ?? null, items: e.items })),
  };
}

function dated(item: BriefItem): string {
  return `${item.date ?? '(no date)'}  ${item.text}`;
}

function section(title: string, rows: string[], empty: string): string[] {
  return [title, ...(rows.length > 0 ? rows.map((r) => `  ${r}`) : [`  ${empty}`]), ''];
}

/** The brief as lines of text (not yet made printable). */
export function briefText(brief: Brief, lineOf: (offset: number) => number): string[] {
  const since = brief.stageSince ? ` since ${brief.stageSince}` : '';
  const last = brief.lastContact ? `${brief.lastContact} (${brief.daysSinceLastContact ?? '?'} days ago)` : 'never';
  const next = brief.next.date ? `${brief.next.date} (${brief.due}): ${brief.next.why}` : brief.next.why;
  const out = [
    brief.role ? `${brief.name}: ${brief.role}` : brief.name,
    `Lists: ${brief.lists.join(', ') || 'none'}   Stage: ${brief.stage}${since}   Cadence: ${brief.cadence}`,
    ...(brief.how ? [`How: ${brief.how}`] : []),
    `Last contact: ${last}`,
    `Next contact: ${next}`,
    '',
  ];
  if (brief.balance.outOfBalance) out.push(`Out of balance: ${brief.balance.reason}`, '');
  out.push(...section('Topics to bring up', brief.topics, '(none)'));
  out.push(...section('Open promises', [...brief.promises.mine.map((p) => `I promised: ${dated(p)}`), ...brief.promises.theirs.map((p) => `They promised: ${dated(p)}`)], '(none)'));
  out.push(
    ...section(
      `Give and take: given ${brief.balance.given}, received ${brief.balance.received}`,
      [...brief.given.map((i) => `given     ${dated(i)}`), ...brief.received.map((i) => `received  ${dated(i)}`)],
      '(nothing recorded)',
    ),
  );
  const journal = brief.journal.flatMap((e) => [
    `${e.date ?? '(no date)'}  line ${lineOf(e.offset)}${e.others.length > 0 ? `  with ${e.others.join(', ')}` : ''}${e.note ? `  ${e.note}` : ''}`,
    ...e.items.map((i) => `  ${KIND_LABELS[i.kind]}: ${i.text}`),
  ]);
  out.push(...section(`Journal (${brief.journal.length}, newest first)`, journal, '(no contact yet)'));
  if (brief.notes) out.push(...section('Notes', brief.notes.split(/\r?\n/), ''));
  return out;
}

export function runBrief(io: CliIo, name: string, file: string, options: Options): number {
  const today = dateOption(options, 'today', io.today);
  const { text, plan } = loadPlan(io, file);
  requireReadable(plan, file, 'show the brief');
  const brief = briefOf(plan, deriveView(plan, today), nameKey(name), today);
  if (brief === undefined) {
    const guess = closest(name, plan.people.map((p) => p.name).filter((n) => n !== ''));
    throw new CliError(`nobody named "${name.trim()}" in ${file}.${guess ? ` Did you mean "${guess}"?` : ''}`);
  }
  const lines = new LineIndex(text);
  const lineOf = (offset: number) => lines.positionAt(offset).line + 1;
  if (options.json) {
    io.stdout(`${printableJson(briefJson(brief, lineOf))}\n`);
    return 0;
  }
  io.stdout(`${briefText(brief, lineOf).map(printable).join('\n').trimEnd()}\n`);
  return 0;
}
