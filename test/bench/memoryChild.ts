/** The child process behind `peakMemory`: one full load, then what the process used at its peak. */
import { parseDocument } from 'yaml';
import { deriveView, PlanReader, readPlan } from '../../src/core';
import { TODAY } from './cases';
import { generatePlan } from './generatePlan';
import type { MemoryPath } from './system';

const MB = 1024 * 1024;

export function reportPeakMemory(n: number, which: MemoryPath): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  const text = generatePlan(n);
  collect?.();
  const before = process.memoryUsage().rss;
  let kept: unknown;
  if (which === 'PlanReader + deriveView') {
    const reader = new PlanReader();
    const plan = reader.read(text);
    kept = [reader, plan, deriveView(plan, TODAY)];
  } else if (which === 'readPlan + deriveView') {
    const plan = readPlan(text);
    kept = [plan, deriveView(plan, TODAY)];
  } else {
    kept = parseDocument(text);
  }
  // maxRSS is in kilobytes.
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  collect?.();
  const retainedHeapMB = process.memoryUsage().heapUsed / MB;
  console.log(JSON.stringify({ peakRssMB: Math.round(peakRssMB), rssBeforeLoadMB: Math.round(before / MB), retainedHeapMB: Math.round(retainedHeapMB), textMB: Number((text.length / 1e6).toFixed(1)), held: kept !== undefined }));
}
