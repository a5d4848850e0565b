/** Input-box checks: each returns why the value is not accepted, or undefined when it is. */
import { checkCadence, isValidDate, nameKey } from '../core';
import * as l10n from '@vscode/l10n';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** A new or changed name: not empty, one line, not already someone else's (names match case-insensitively). */
export function validatePersonName(value: string, existingKeys: ReadonlySet<string>, ownKey?: string): string | undefined {
  const name = value.trim();
  if (name === '') return l10n.t('Enter a name.');
  if (/[\r\n]/.test(name)) return l10n.t('A name must fit on one line.');
  if (name.length > 200) return l10n.t('That name is too long (at most 200 characters).');
  const key = nameKey(name);
  if (key !== ownKey && existingKeys.has(key)) return l10n.t('"{0}" is already in the plan: pick another name, or add a detail (e.g. a team).', name);
  return undefined;
}

export interface DateBounds {
  /** `YYYY-MM-DD`: the earliest accepted day. */
  notBefore?: string;
  /** `YYYY-MM-DD`: the latest accepted day. */
  notAfter?: string;
}

export function validateDate(value: string, bounds: DateBounds = {}): string | undefined {
  const date = value.trim();
  if (date === '') return l10n.t('Enter a date as YYYY-MM-DD.');
  if (!DATE_SHAPE.test(date)) return l10n.t('Write the date as YYYY-MM-DD (year-month-day with leading zeros), e.g. {0}.', bounds.notAfter ?? bounds.notBefore ?? '2026-03-14');
  if (!isValidDate(date)) return l10n.t('{0} is not a day in the calendar.', date);
  if (bounds.notBefore !== undefined && date < bounds.notBefore) return l10n.t('Pick {0} or a later day.', bounds.notBefore);
  if (bounds.notAfter !== undefined && date > bounds.notAfter) return l10n.t('That is in the future: pick {0} or an earlier day.', bounds.notAfter);
  return undefined;
}

export function validateCadence(value: string): string | undefined {
  if (value.trim() === '') return l10n.t('Enter how often, e.g. "every 2 weeks" or "monthly".');
  const checked = checkCadence(value);
  return checked.ok ? undefined : checked.message;
}

/** A short optional text (how, role, gave, got, note): one line, not huge. */
export function validateShortText(value: string, max = 500): string | undefined {
  if (value.length > max) return l10n.t('That is too long (at most {0} characters).', max);
  return undefined;
}
