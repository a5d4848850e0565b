import { isMap, isScalar } from 'yaml';
import { checkCadence, DEFAULT_CADENCE_TEXT, DEFAULT_MAX_NEW_RELATIONSHIPS, parseCadence, type Settings } from '../model';
import { kindOf, readText, scalarText, type ReadContext } from './nodeValues';
import { forEachKnownKey } from './readFields';

const SETTING_KEYS = ['maxNewRelationships', 'defaultCadence'] as const;

export function defaultSettings(): Settings {
  return {
    maxNewRelationships: DEFAULT_MAX_NEW_RELATIONSHIPS,
    defaultCadence: parseCadence(DEFAULT_CADENCE_TEXT)!,
    defaultCadenceText: DEFAULT_CADENCE_TEXT,
  };
}

/** Reads `settings:`; an unusable value keeps its default. */
export function readSettings(ctx: ReadContext, raw: unknown): Settings {
  const settings = defaultSettings();
  const node = ctx.resolve(raw);
  if (node === null || (isScalar(node) && node.value === null)) return settings;
  if (!isMap(node)) {
    ctx.report('wrong-type', 'error', `settings should be a mapping (maxNewRelationships:, defaultCadence:), not a ${kindOf(node)}; defaults are used.`, ctx.span(node));
    return settings;
  }
  forEachKnownKey(ctx, node, SETTING_KEYS, 'settings', (key, pair) => {
    const value = ctx.resolve(pair.value);
    if (key === 'maxNewRelationships') {
      const count = isScalar(value) ? value.value : undefined;
      if (value === null || (isScalar(value) && value.value === null)) return;
      if (typeof count === 'number' && Number.isInteger(count) && count >= 0 && count <= 1000) {
        settings.maxNewRelationships = count;
      } else {
        const shown = isScalar(value) ? `"${scalarText(value)}"` : `a ${kindOf(value)}`;
        ctx.report('wrong-type', 'error', `maxNewRelationships should be a whole number from 0 to 1000 (unquoted), like 3, not ${shown}; ${DEFAULT_MAX_NEW_RELATIONSHIPS} is used.`, ctx.span(value));
      }
      return;
    }
    const text = readText(ctx, value, 'defaultCadence');
    if (text === undefined) return;
    const checked = checkCadence(text);
    if (checked.ok) {
      settings.defaultCadence = checked.cadence;
      settings.defaultCadenceText = text.trim();
    } else {
      ctx.report('bad-cadence', 'error', `${checked.message} "${DEFAULT_CADENCE_TEXT}" is used meanwhile.`, ctx.span(value));
    }
  });
  return settings;
}

/** Reads `version:`; only 1 exists. */
export function readVersion(ctx: ReadContext, raw: unknown): number | undefined {
  const node = ctx.resolve(raw);
  if (!isScalar(node) || node.value === null) return undefined;
  if (node.value === 1) return 1;
  ctx.report('wrong-type', 'error', `version should be 1 (the only plan format so far), not "${scalarText(node)}".`, ctx.span(node));
  return typeof node.value === 'number' ? node.value : undefined;
}
