import { isMap, isScalar } from 'yaml';
import { keyOf, kindOf, readText, scalarText, type ReadContext } from './nodeValues';
import { choose, forEachKnownKey, readDate } from './readFields';
import {
  checkCadence,
  DEFAULT_BALANCE_GAP,
  DEFAULT_BALANCE_STREAK,
  DEFAULT_CADENCE_TEXT,
  DEFAULT_LAPSED_AFTER_PERCENT,
  DEFAULT_MAX_NEW_RELATIONSHIPS,
  DEFAULT_REVIEW_EVERY_TEXT,
  LIST_NAMES,
  parseCadence,
  STAGES,
  type Cadence,
  type Settings,
} from '../model';

export const SETTING_KEYS = [
  'maxNewRelationships',
  'defaultCadence',
  'balanceStreak',
  'balanceGap',
  'reviewEvery',
  'lastReview',
  'stageCadence',
  'listCadence',
  'lapsedAfter',
] as const;

export function defaultSettings(): Settings {
  return {
    maxNewRelationships: DEFAULT_MAX_NEW_RELATIONSHIPS,
    defaultCadence: parseCadence(DEFAULT_CADENCE_TEXT)!,
    defaultCadenceText: DEFAULT_CADENCE_TEXT,
    balanceStreak: DEFAULT_BALANCE_STREAK,
    balanceGap: DEFAULT_BALANCE_GAP,
    reviewEvery: parseCadence(DEFAULT_REVIEW_EVERY_TEXT)!,
    reviewEveryText: DEFAULT_REVIEW_EVERY_TEXT,
    stageCadence: {},
    listCadence: {},
    lapsedAfterPercent: DEFAULT_LAPSED_AFTER_PERCENT,
  };
}

function isEmpty(value: unknown): boolean {
  return value === null || (isScalar(value) && value.value === null);
}

/** A whole number from `min` to `max`; reports the rule and keeps the default otherwise. */
function readWholeNumber(ctx: ReadContext, value: unknown, key: string, min: number, max: number, fallback: number): number {
  const count = isScalar(value) ? value.value : undefined;
  if (typeof count === 'number' && Number.isInteger(count) && count >= min && count <= max) return count;
  const shown = isScalar(value) ? `"${scalarText(value)}"` : `a ${kindOf(value)}`;
  ctx.report('wrong-type', 'error', `${key} should be a whole number from ${min} to ${max} (unquoted), like ${fallback}, not ${shown}; ${fallback} is used.`, ctx.span(value as never));
  return fallback;
}

function readCadence(ctx: ReadContext, value: unknown, key: string, fallbackText: string | undefined): { cadence: Cadence; text: string } | undefined {
  const text = readText(ctx, value, key);
  if (text === undefined) return undefined;
  const checked = checkCadence(text);
  if (checked.ok) return { cadence: checked.cadence, text: text.trim() };
  const meanwhile = fallbackText === undefined ? 'It is ignored meanwhile.' : `"${fallbackText}" is used meanwhile.`;
  ctx.report('bad-cadence', 'error', `${checked.message} ${meanwhile}`, ctx.span(value as never));
  return undefined;
}

/** `stageCadence: {building: every 2 weeks}` or `listCadence: {like: monthly}`: a cadence per known word. */
function readCadenceMap<T extends string>(ctx: ReadContext, value: unknown, key: string, words: readonly T[], code: 'bad-stage' | 'unknown-list', what: string): Partial<Record<T, Cadence>> {
  const result: Partial<Record<T, Cadence>> = {};
  if (isEmpty(value)) return result;
  if (!isMap(value)) {
    ctx.report('wrong-type', 'error', `${key} should be a mapping like {${words[0]}: every 2 weeks}, not a ${kindOf(value)}.`, ctx.span(value as never));
    return result;
  }
  for (const pair of value.items) {
    const name = keyOf(ctx, pair);
    if (!name) {
      ctx.report('wrong-type', 'error', `Keys of ${key} should be words like ${words[0]}:, not a list or mapping.`, ctx.span(ctx.resolve(pair.key)));
      continue;
    }
    const word = choose(ctx, name.name, name.span, words, code, what);
    const cadence = readCadence(ctx, ctx.resolve(pair.value), `${key}.${name.name}`, undefined);
    if (word && cadence) result[word] = cadence.cadence;
  }
  return result;
}

/** `100%`: a whole percentage from 1 to 1000. */
function readPercent(ctx: ReadContext, value: unknown, key: string, fallback: number): number {
  const text = isScalar(value) ? scalarText(value) : undefined;
  const match = text === undefined ? null : /^\s*(\d+)\s*%\s*$/.exec(text);
  const percent = match ? Number(match[1]) : NaN;
  if (percent >= 1 && percent <= 1000) return percent;
  const shown = isScalar(value) ? `"${scalarText(value)}"` : `a ${kindOf(value)}`;
  ctx.report('wrong-type', 'error', `${key} should be a percentage of the cadence from 1% to 1000%, like ${fallback}%, not ${shown}; ${fallback}% is used.`, ctx.span(value as never));
  return fallback;
}

/** Reads `settings:`; an unusable value keeps its default. */
export function readSettings(ctx: ReadContext, raw: unknown): Settings {
  const settings = defaultSettings();
  const node = ctx.resolve(raw);
  if (isEmpty(node)) return settings;
  if (!isMap(node)) {
    ctx.report('wrong-type', 'error', `settings should be a mapping (maxNewRelationships:, defaultCadence:), not a ${kindOf(node)}; defaults are used.`, ctx.span(node));
    return settings;
  }
  forEachKnownKey(ctx, node, SETTING_KEYS, 'settings', (key, pair) => {
    const value = ctx.resolve(pair.value);
    if (isEmpty(value)) return;
    switch (key as (typeof SETTING_KEYS)[number]) {
      case 'maxNewRelationships':
        settings.maxNewRelationships = readWholeNumber(ctx, value, key, 0, 1000, DEFAULT_MAX_NEW_RELATIONSHIPS);
        return;
      case 'defaultCadence': {
        const read = readCadence(ctx, value, key, DEFAULT_CADENCE_TEXT);
        if (read) {
          settings.defaultCadence = read.cadence;
          settings.defaultCadenceText = read.text;
        }
        return;
      }
      case 'balanceStreak':
        settings.balanceStreak = readWholeNumber(ctx, value, key, 1, 100, DEFAULT_BALANCE_STREAK);
        return;
      case 'balanceGap':
        settings.balanceGap = readWholeNumber(ctx, value, key, 1, 1000, DEFAULT_BALANCE_GAP);
        return;
      case 'reviewEvery': {
        const read = readCadence(ctx, value, key, DEFAULT_REVIEW_EVERY_TEXT);
        if (read) {
          settings.reviewEvery = read.cadence;
          settings.reviewEveryText = read.text;
        }
        return;
      }
      case 'lastReview':
        settings.lastReview = readDate(ctx, value, key);
        return;
      case 'stageCadence':
        settings.stageCadence = readCadenceMap(ctx, value, key, STAGES, 'bad-stage', 'Stage');
        return;
      case 'listCadence':
        settings.listCadence = readCadenceMap(ctx, value, key, LIST_NAMES, 'unknown-list', 'List');
        return;
      case 'lapsedAfter':
        settings.lapsedAfterPercent = readPercent(ctx, value, key, DEFAULT_LAPSED_AFTER_PERCENT);
        return;
    }
  });
  return settings;
}

/** Reads `version:`; only 1 exists. */
export function readVersion(ctx: ReadContext, raw: unknown): number | undefined {
  const node = ctx.resolve(raw);
  if (node === null || (isScalar(node) && node.value === null)) return undefined;
  if (!isScalar(node)) {
    ctx.report('wrong-type', 'error', `version should be 1 (the only plan format so far), not a ${kindOf(node)}.`, ctx.span(node));
    return undefined;
  }
  if (node.value === 1) return 1;
  ctx.report('wrong-type', 'error', `version should be 1 (the only plan format so far), not "${scalarText(node)}".`, ctx.span(node));
  return typeof node.value === 'number' ? node.value : undefined;
}
