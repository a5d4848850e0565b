import { isMap } from 'yaml';
import { keyOf, kindOf, readTextList, yamlScalar, type ReadContext } from './nodeValues';
import { closest, type ExchangeItem, type ExchangeKind, type Span } from '../model';

/** An item written under `name:`, before the entry's `with` is known. */
export interface PendingItem {
  item: ExchangeItem;
  name: string;
  nameSpan: Span;
}

/**
 * Reads one of gave, got, promised, theyPromised, kept, theyKept: a text or a list of texts (for everyone in the
 * entry), or a mapping `name: text` / `name: [texts]` (for that person). Items for a named person come back in
 * `pending` until the entry's names are known.
 */
export function readExchange(ctx: ReadContext, kind: ExchangeKind, raw: unknown, items: ExchangeItem[], pending: PendingItem[]): void {
  const node = ctx.resolve(raw);
  if (!isMap(node)) {
    for (const { text, span } of readTextList(ctx, node, kind)) pushText(items, kind, text, span);
    return;
  }
  for (const pair of node.items) {
    const key = keyOf(ctx, pair);
    if (!key || key.name.trim() === '') {
      ctx.report('wrong-type', 'error', `Keys of ${kind} should be names of people in this entry, like "Dana Lee: the article".`, ctx.span(ctx.resolve(pair.key)));
      continue;
    }
    const value = ctx.resolve(pair.value);
    if (isMap(value)) {
      ctx.report('wrong-type', 'error', `What ${key.name.trim()} ${describe(kind)} should be a text or a list of texts, not a ${kindOf(value)}.`, ctx.span(value));
      continue;
    }
    const forName: ExchangeItem[] = [];
    for (const { text, span } of readTextList(ctx, value, kind)) pushText(forName, kind, text, span);
    for (const item of forName) pending.push({ item, name: key.name.trim(), nameSpan: key.span });
  }
}

function pushText(items: ExchangeItem[], kind: ExchangeKind, text: string, span: Span): void {
  if (text.trim() === '') return;
  items.push({ kind, text: text.trim(), span });
}

function describe(kind: ExchangeKind): string {
  switch (kind) {
    case 'gave':
      return 'was given';
    case 'got':
      return 'gave you';
    case 'promised':
      return 'was promised';
    case 'theyPromised':
      return 'promised';
    case 'kept':
      return 'was given as promised';
    case 'theyKept':
      return 'kept';
  }
}

/**
 * Attaches the named items to people of the entry (`withKeys`); a name not among them is a `not-in-entry` warning
 * (with the closest of the entry's names as a fix) and its item is left out.
 */
export function resolvePending(ctx: ReadContext, pending: PendingItem[], withNames: string[], withKeys: string[], items: ExchangeItem[], keyOfName: (name: string) => string): void {
  for (const { item, name, nameSpan } of pending) {
    const key = keyOfName(name);
    if (withKeys.includes(key)) {
      items.push({ ...item, forKeys: [key] });
      continue;
    }
    const guess = closest(name, withNames);
    const listed = withNames.length > 0 ? withNames.join(', ') : 'nobody yet';
    ctx.report(
      'not-in-entry',
      'warning',
      `"${name}" is not in this entry's with: (${listed}), so this ${item.kind} item counts for nobody.` + (guess ? ` Did you mean "${guess}"?` : ` Add them to with:, or fix the name.`),
      nameSpan,
      guess ? { title: `Change to "${guess}"`, span: nameSpan, replacement: yamlScalar(guess) } : undefined,
    );
  }
}
