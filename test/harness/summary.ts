import * as fs from 'node:fs';

/** Where a suite's totals are written as JSON, when set. */
export const SUMMARY_ENV = 'NETWORKING_PLAN_TEST_SUMMARY';
/** Where report lines go instead of stdout, when set (the extension host's stdout is not ours to read). */
export const LOG_ENV = 'NETWORKING_PLAN_TEST_LOG';
/** Only tests whose full title matches this pattern run, when set. */
export const GREP_ENV = 'NETWORKING_PLAN_TEST_GREP';

export interface Summary {
  passed: number;
  failed: number;
  pending: number;
}

/** The totals a suite left behind, or undefined when it never finished. */
export function readSummary(file: string): Summary | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Summary;
  } catch {
    return undefined;
  }
}

export function formatTotals({ passed, failed }: { passed: number; failed: number }): string {
  return `${passed} passed, ${failed} failed`;
}
