/** What every read plan and every exported calendar must satisfy, whatever the input: returned as faults, never thrown. */
import { type Cadence, isValidDate, LIST_NAMES, nameKey, type Plan, type PlanView, PROBLEM_CODES, type Span, STAGES } from '../../src/core';

function spanFault(span: Span | undefined, length: number, what: string): string | undefined {
  if (!span || !Number.isInteger(span.start) || !Number.isInteger(span.end)) return `${what}: span is not two whole numbers (${JSON.stringify(span)})`;
  if (span.start < 0 || span.start > span.end || span.end > length) return `${what}: span ${span.start}..${span.end} is not inside the text (length ${length})`;
  return undefined;
}

function cadenceFault(cadence: Cadence, what: string): string | undefined {
  const ok = Number.isInteger(cadence?.count) && cadence.count >= 1 && cadence.count <= 1000 && ['day', 'week', 'month'].includes(cadence.unit);
  return ok ? undefined : `${what}: cadence ${JSON.stringify(cadence)} is not a usable cadence`;
}

/** Faults of a plan read from `text`: problems with positions and known codes, spans inside the text, values of the right kind. */
export function planFaults(plan: Plan, text: string): string[] {
  const faults: (string | undefined)[] = [];
  const n = text.length;
  let last = -1;
  for (const p of plan.problems) {
    const what = `problem ${p.code} "${p.message}"`;
    if (!(PROBLEM_CODES as readonly string[]).includes(p.code)) faults.push(`${what}: unknown code`);
    if (p.severity !== 'error' && p.severity !== 'warning') faults.push(`${what}: unknown severity ${String(p.severity)}`);
    if (typeof p.message !== 'string' || p.message.trim() === '') faults.push(`problem ${p.code}: empty message`);
    else if (/\[object |(?<![\w/])(undefined|NaN)(?![\w/])/.test(p.message.replace(/"[^"]*"/g, ''))) faults.push(`${what}: message shows a programming value`);
    faults.push(spanFault(p.span, n, what));
    if (p.span.start < last) faults.push(`${what}: problems are not sorted by position`);
    last = p.span.start;
    if (p.fix) {
      faults.push(spanFault(p.fix.span, n, `${what} fix`));
      if (typeof p.fix.replacement !== 'string' || !p.fix.title) faults.push(`${what}: fix without title or replacement`);
    }
  }
  const syntaxErrors = plan.problems.some((p) => p.code === 'yaml-syntax' && p.severity === 'error');
  if (plan.syntaxOk === syntaxErrors) faults.push(`syntaxOk is ${plan.syntaxOk} but YAML syntax errors: ${syntaxErrors}`);
  if (plan.eol !== '\n' && plan.eol !== '\r\n') faults.push(`eol is ${JSON.stringify(plan.eol)}`);
  const s = plan.settings;
  if (!Number.isInteger(s.maxNewRelationships) || s.maxNewRelationships < 0) faults.push(`maxNewRelationships is ${s.maxNewRelationships}`);
  faults.push(cadenceFault(s.defaultCadence, 'settings'));
  for (const [name, section] of Object.entries(plan.sections)) {
    if (!section) continue;
    faults.push(spanFault(section.keySpan, n, `section ${name} key`), spanFault(section.valueSpan, n, `section ${name} value`));
  }
  let index = -1;
  for (const person of plan.people) {
    const what = `person ${person.index} ${JSON.stringify(person.name)}`;
    if (person.index <= index) faults.push(`${what}: indexes not increasing`);
    index = person.index;
    if (typeof person.name !== 'string' || person.name !== person.name.trim()) faults.push(`${what}: name not trimmed text`);
    if (person.key !== nameKey(person.name)) faults.push(`${what}: key ${JSON.stringify(person.key)} is not the name's comparison key`);
    if (person.lists.some((l) => !LIST_NAMES.includes(l)) || new Set(person.lists).size !== person.lists.length) faults.push(`${what}: lists ${JSON.stringify(person.lists)}`);
    if (!STAGES.includes(person.stage)) faults.push(`${what}: stage ${String(person.stage)}`);
    if (person.next !== undefined && !isValidDate(person.next)) faults.push(`${what}: next ${person.next} is not a date`);
    if (!Array.isArray(person.topics) || person.topics.some((t) => typeof t !== 'string')) faults.push(`${what}: topics not texts`);
    for (const key of ['role', 'how', 'notes', 'cadenceText'] as const) {
      if (person[key] !== undefined && typeof person[key] !== 'string') faults.push(`${what}: ${key} is not text`);
    }
    faults.push(cadenceFault(person.cadence, what), spanFault(person.span, n, what));
    for (const [field, span] of Object.entries(person.fields)) faults.push(spanFault(span, n, `${what} field ${field}`));
  }
  index = -1;
  for (const entry of plan.journal) {
    const what = `journal entry ${entry.index}`;
    if (entry.index <= index) faults.push(`${what}: indexes not increasing`);
    index = entry.index;
    if (entry.date !== undefined && !isValidDate(entry.date)) faults.push(`${what}: date ${entry.date} is not a date`);
    if (entry.with.length !== entry.withSpans.length || entry.with.length !== entry.withKeys.length) faults.push(`${what}: with, withSpans and withKeys differ in length`);
    entry.with.forEach((name, i) => {
      if (typeof name !== 'string' || entry.withKeys[i] !== nameKey(name)) faults.push(`${what}: with key of ${JSON.stringify(name)}`);
    });
    faults.push(spanFault(entry.span, n, what), ...entry.withSpans.map((sp) => spanFault(sp, n, `${what} with`)));
    for (const [field, span] of Object.entries(entry.fields)) faults.push(spanFault(span, n, `${what} field ${field}`));
  }
  return faults.filter((f): f is string => f !== undefined);
}

const CALENDAR_PROPERTIES = new Set([
  'BEGIN', 'END', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'X-WR-CALNAME', 'UID', 'DTSTAMP', 'SEQUENCE', 'DTSTART', 'DTEND', 'SUMMARY', 'DESCRIPTION', 'CATEGORIES', 'TRANSP',
]);

/** Faults of an iCalendar text: CRLF lines of at most 75 octets, only known properties, one event per scheduled person, DTEND after DTSTART. */
export function calendarFaults(ics: string, view: PlanView): string[] {
  const faults: string[] = [];
  if (!ics.endsWith('\r\n')) faults.push('calendar does not end with CRLF');
  const physical = ics.split('\r\n').slice(0, -1);
  const logical: string[] = [];
  for (const line of physical) {
    if (/[\r\n]/.test(line)) faults.push(`bare line break in ${JSON.stringify(line)}`);
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(line)) faults.push(`control character in ${JSON.stringify(line)}`);
    if (Buffer.byteLength(line, 'utf8') > 75) faults.push(`line longer than 75 octets: ${JSON.stringify(line)}`);
    if (line.startsWith(' ') && logical.length > 0) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  for (const line of logical) {
    const name = /^[A-Z-]+/.exec(line)?.[0] ?? '';
    if (!CALENDAR_PROPERTIES.has(name) || !/^[A-Z-]+[:;]/.test(line)) faults.push(`unexpected content line ${JSON.stringify(line.slice(0, 80))}`);
  }
  if (logical[0] !== 'BEGIN:VCALENDAR' || logical[logical.length - 1] !== 'END:VCALENDAR') faults.push('calendar is not one VCALENDAR');
  const events = logical.filter((l) => l === 'BEGIN:VEVENT').length;
  const expected = view.people.filter((s) => s.scheduled && s.next !== undefined && s.person.name !== '').length;
  if (events !== expected) faults.push(`${events} events for ${expected} scheduled people`);
  let start = '';
  for (const line of logical) {
    if (line.startsWith('DTSTART')) start = line.slice(line.indexOf(':') + 1);
    if (line.startsWith('DTEND') && !(line.slice(line.indexOf(':') + 1) > start)) faults.push(`event ends (${line}) not after it starts (${start})`);
  }
  return faults;
}
