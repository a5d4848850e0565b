/**
 * Typed messages between a panel and the extension. What arrives is checked before use: a message from the page is
 * data, never trusted, and one that does not have the expected shape is dropped.
 */

/** A check of one message's shape. */
export type MessageGuard<T> = (value: unknown) => value is T;

/** A message `{ type, ...fields }` whose fields are all texts (or absent when optional). */
export function messageOf<T extends { type: string }>(type: T['type'], required: readonly string[], optional: readonly string[] = []): MessageGuard<T> {
  return (value: unknown): value is T => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    if (record.type !== type) return false;
    const allowed = new Set(['type', ...required, ...optional]);
    if (Object.keys(record).some((key) => !allowed.has(key))) return false;
    return required.every((key) => typeof record[key] === 'string') && optional.every((key) => record[key] === undefined || typeof record[key] === 'string');
  };
}

/** Any one of several message kinds. */
export function oneOf<T>(...guards: MessageGuard<T>[]): MessageGuard<T> {
  return (value: unknown): value is T => guards.some((guard) => guard(value));
}
