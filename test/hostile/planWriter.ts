/** Writes a generated plan model as YAML text, in the model's style: quoting, flow or block, comments, CRLF, BOM. */
import type { PersonModel, PlanModel } from './planArbitrary';

const PLAIN = /^[A-Za-z][A-Za-z .]*[A-Za-z]$|^[A-Za-z]$/;
const RESERVED = /^(null|true|false|y|n|yes|no|on|off|~)$/i;

/** A YAML scalar for `text`: plain when it reads back as the same text, else double-quoted. */
export function scalar(text: string, single = false): string {
  if (PLAIN.test(text) && !RESERVED.test(text)) return text;
  // Single quotes cannot hold escapes: only for text without line breaks, tabs or backslash-sensitive characters.
  return single && !/[\t\n\r\\]/.test(text) ? `'${text.replace(/'/g, "''")}'` : JSON.stringify(text);
}

function flowList(items: string[]): string {
  return `[${items.map((item) => scalar(item)).join(', ')}]`;
}

function blockPerson(p: PersonModel, pad: string): string[] {
  const name = `name: ${scalar(p.name, p.singleQuotes)}${p.comment ? `   ${p.comment}` : ''}`;
  const fields: string[] = [];
  const field = (key: string, value: string) => fields.push(`${key}: ${value}`);
  if (p.blockLists && p.lists.length > 0) fields.push('lists:', ...p.lists.map((l) => `  - ${l}`));
  else field('lists', flowList(p.lists));
  if (p.stage) field('stage', p.stage);
  if (p.how !== undefined) field('how', scalar(p.how, p.singleQuotes));
  if (p.cadence) field('cadence', p.cadence);
  if (p.next) field('next', p.next);
  if (p.topics) field('topics', flowList(p.topics));
  if (p.notes !== undefined && p.blockNotes && p.notes.trim() !== '' && !/[\t\\"]/.test(p.notes)) fields.push('notes: |', `  ${p.notes.trim()}`, `  second line`);
  else if (p.notes !== undefined) field('notes', scalar(p.notes, p.singleQuotes));
  const lines = p.nameLast ? [...fields, name] : [name, ...fields];
  return [...lines.map((line, i) => `${pad}${i === 0 ? '- ' : '  '}${line}`), ...(p.blankAfter ? [''] : [])];
}

function flowPerson(p: PersonModel, pad: string): string {
  const parts = [`name: ${scalar(p.name)}`, `lists: ${flowList(p.lists)}`];
  if (p.stage) parts.push(`stage: ${p.stage}`);
  if (p.next) parts.push(`next: ${p.next}`);
  if (p.cadence) parts.push(`cadence: ${p.cadence}`);
  return `${pad}- {${parts.join(', ')}}${p.comment ? `  ${p.comment}` : ''}`;
}

/** The plan's text, written with the model's style choices. */
export function planText(model: PlanModel): string {
  const pad = ' '.repeat(model.indent);
  const lines: string[] = [];
  if (model.header) lines.push(model.header);
  lines.push('version: 1', `people:${model.sectionComment ? `   ${model.sectionComment}` : ''}`);
  if (model.flowSection) {
    const items = model.people.flatMap((p) => [
      ...(p.above ? [`  ${p.above}`] : []),
      flowPerson(p, '  ').replace(/^ *- /, '  ').replace(/(\}) *(#.*)?$/, (_m, brace: string, comment?: string) => `${brace},${comment ? `  ${comment}` : ''}`),
    ]);
    lines[lines.length - 1] = lines[lines.length - 1].replace('people:', 'people: [');
    lines.push(...items, ']');
  } else {
    for (const p of model.people) {
      if (p.above) lines.push(`${pad}${p.above}`);
      if (p.flow) lines.push(flowPerson(p, pad));
      else lines.push(...blockPerson(p, pad));
    }
  }
  lines.push('journal:' + (model.journal.length === 0 ? ' []' : ''));
  for (const e of model.journal) {
    lines.push(`${pad}- date: ${e.date}`, `${pad}  with: ${e.with.length === 1 ? scalar(e.with[0]) : flowList(e.with)}`);
    if (e.note !== undefined) lines.push(`${pad}  note: ${scalar(e.note)}`);
  }
  lines.push('# the end');
  return (model.bom ? '\uFEFF' : '') + lines.join(model.eol) + model.eol;
}
