import ICAL from 'ical.js';
import type { ImportTable } from '../core';
import { ImportFileError } from './readCsv';

/** The columns a vCard gives, so that cards go through the same mapping as a table's rows. */
export const VCARD_HEADER = ['Name', 'First Name', 'Last Name', 'Company', 'Job Title', 'E-mail Address', 'Notes'];

/** Quoted-printable bytes (3.0's ENCODING=QUOTED-PRINTABLE) decoded as UTF-8; ical.js leaves them encoded. */
export function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? /^[0-9A-Fa-f]{2}$/.exec(joined.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else {
      bytes.push(...new TextEncoder().encode(joined[i]));
    }
  }
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
}

/** 3.0 quoted-printable values continue after a soft line break (`=` at a line's end) without folding; join them before parsing. */
function joinSoftBreaks(text: string): string {
  const out: string[] = [];
  let open = false;
  for (const line of text.split(/\r?\n/)) {
    if (open) out[out.length - 1] = out[out.length - 1].slice(0, -1) + line;
    else out.push(line);
    const current = out[out.length - 1];
    open = /ENCODING=QUOTED-PRINTABLE/i.test(current) && current.endsWith('=');
  }
  return out.join('\r\n');
}

/** The line each card starts on (1-based), in order: ical.js does not say where a component was. */
function cardLines(text: string): number[] {
  const lines: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (/^BEGIN:VCARD\s*$/i.test(line)) lines.push(i + 1);
  });
  return lines;
}

type Prop = InstanceType<typeof ICAL.Property>;

function textOf(prop: Prop | null): string {
  if (prop === null) return '';
  const value = prop.getFirstValue();
  const text = Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : String(value ?? '');
  const encoding = prop.getParameter('encoding');
  const decoded = typeof encoding === 'string' && encoding.toLowerCase() === 'quoted-printable' ? decodeQuotedPrintable(text) : text;
  return decoded.trim();
}

/** N's parts: family name first, then given names; a string in 3.0 files that ical.js does not split. */
function nameParts(prop: Prop | null): { first: string; last: string } {
  if (prop === null) return { first: '', last: '' };
  const value = prop.getFirstValue() as unknown;
  const parts = Array.isArray(value) ? value.map((p) => (Array.isArray(p) ? p.join(' ') : String(p))) : (typeof value === 'string' ? value : '').split(';');
  const encoding = prop.getParameter('encoding');
  const decode = (s: string) => (typeof encoding === 'string' && encoding.toLowerCase() === 'quoted-printable' ? decodeQuotedPrintable(s) : s).trim();
  return { last: decode(parts[0] ?? ''), first: decode(parts[1] ?? '') };
}

/** Cards as rows of `VCARD_HEADER`, each with the line its BEGIN:VCARD is on. */
export function readVcard(text: string): ImportTable {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(joinSoftBreaks(text.replace(/^\uFEFF/, '')));
  } catch (error) {
    throw new ImportFileError(`cannot read the file as vCard: ${(error as Error).message}`);
  }
  const jcards: unknown[] = Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : (parsed as unknown[]);
  const cards = jcards.map((j) => new ICAL.Component(j as unknown[])).filter((c) => c.name === 'vcard');
  if (cards.length === 0) throw new ImportFileError('the file holds no vCard (BEGIN:VCARD … END:VCARD).');
  const lines = cardLines(text);
  const rows = cards.map((card, i) => {
    const { first, last } = nameParts(card.getFirstProperty('n'));
    const emails = card.getAllProperties('email').map((p) => textOf(p)).filter((e) => e !== '');
    const org = card.getFirstProperty('org');
    const cells = [textOf(card.getFirstProperty('fn')), first, last, org ? textOf(org).replace(/;/g, ' ').trim() : '', textOf(card.getFirstProperty('title')), emails.join('; '), textOf(card.getFirstProperty('note'))];
    return { line: lines[i] ?? 1, cells };
  });
  return { header: [...VCARD_HEADER], headerLine: lines[0] ?? 1, rows };
}
