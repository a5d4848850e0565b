import { isMap, isScalar, type Pair, type YAMLMap } from 'yaml';
import { closest, isValidDate, type Span } from '../model';
import { keyOf, readText, scalarText, type ReadContext } from './nodeValues';

/**
 * Walks a mapping's pairs, reporting keys that are not in `allowed` (with a did-you-mean fix)
 * and calling `visit` for the known ones.
 */
export function forEachKnownKey(
  ctx: ReadContext,
  map: YAMLMap,
  allowed: readonly string[],
  where: string,
  visit: (key: string, pair: Pair, keySpan: Span) => void,
): void {
  for (const pair of map.items) {
    const key = keyOf(ctx, pair);
    if (!key) {
      ctx.report('wrong-type', 'error', `Keys of ${where} should be plain words like ${allowed[0]}:, not a list or mapping.`, ctx.span(ctx.resolve(pair.key)));
      continue;
    }
    if (allowed.includes(key.name)) {
      visit(key.name, pair, key.span);
      continue;
    }
    reportUnknownKey(ctx, key.name, key.span, allowed, where);
  }
}

function reportUnknownKey(ctx: ReadContext, name: string, span: Span, allowed: readonly string[], where: string): void {
  const known = `Known keys: ${allowed.join(', ')}.`;
  if (name === '<<') {
    ctx.report('unknown-key', 'warning', `Merge keys (<<) are not part of YAML 1.2 and are ignored here: write the fields out in ${where}. ${known}`, span);
    return;
  }
  const lower = name.trim().toLowerCase();
  const guess = allowed.find((k) => k.toLowerCase() === lower) ?? closest(name, allowed);
  if (guess) {
    ctx.report('unknown-key', 'warning', `Unknown key "${name}" in ${where}: did you mean "${guess}"? ${known}`, span, {
      title: `Change to "${guess}"`,
      span,
      replacement: guess,
    });
  } else {
    ctx.report('unknown-key', 'warning', `Unknown key "${name}" in ${where} is ignored. ${known}`, span);
  }
}

/** A `YYYY-MM-DD` date; reports bad-date (with the reason) and returns undefined otherwise. */
export function readDate(ctx: ReadContext, raw: unknown, what: string): string | undefined {
  const node = ctx.resolve(raw);
  if (node === null) return undefined;
  const span = ctx.span(node);
  if (!isScalar(node)) {
    ctx.report('wrong-type', 'error', `${what} should be a date like 2026-12-03, not a list or mapping.`, span);
    return undefined;
  }
  const text = (scalarText(node) ?? '').trim();
  if (text === '') return undefined;
  if (isValidDate(text)) return text;
  ctx.report('bad-date', 'error', `${what} "${text}" is not a date: ${dateHint(text)}`, span);
  return undefined;
}

function dateHint(text: string): string {
  if (/^\d{4}-\d{2}-\d{2}[T ]/.test(text)) return `write the day only, as ${text.slice(0, 10)} (no time).`;
  const loose = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (loose) {
    const padded = `${loose[1]}-${loose[2].padStart(2, '0')}-${loose[3].padStart(2, '0')}`;
    return isValidDate(padded) ? `write it as ${padded} (YYYY-MM-DD, two-digit month and day).` : 'that day does not exist in the calendar; write a real day as YYYY-MM-DD.';
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return 'that day does not exist in the calendar; write a real day as YYYY-MM-DD.';
  return 'write dates as YYYY-MM-DD, e.g. 2026-12-03.';
}

/** A text value that must be one of `allowed` (case-insensitive); reports with a did-you-mean fix. */
export function readChoice<T extends string>(
  ctx: ReadContext,
  raw: unknown,
  allowed: readonly T[],
  code: 'bad-stage' | 'unknown-list',
  what: string,
  extraGuesses: Record<string, T> = {},
): T | undefined {
  const text = readText(ctx, raw, what);
  if (text === undefined) return undefined;
  return choose(ctx, text, ctx.span(ctx.resolve(raw)), allowed, code, what, extraGuesses);
}

export function choose<T extends string>(
  ctx: ReadContext,
  text: string,
  span: Span,
  allowed: readonly T[],
  code: 'bad-stage' | 'unknown-list',
  what: string,
  extraGuesses: Record<string, T> = {},
): T | undefined {
  const lower = text.trim().toLowerCase();
  const exact = allowed.find((a) => a === lower);
  if (exact) return exact;
  const guess = extraGuesses[lower] ?? closest(lower, allowed);
  const choices = allowed.join(', ');
  const message = guess
    ? `${what} "${text}" is not one of ${choices}: did you mean "${guess}"?`
    : `${what} "${text}" is not one of ${choices}.`;
  ctx.report(code, 'error', message, span, guess ? { title: `Change to "${guess}"`, span, replacement: guess } : undefined);
  return undefined;
}

export function isMapNode(node: unknown): node is YAMLMap {
  return isMap(node);
}
