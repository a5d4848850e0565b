import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixturesDir, makeTempDir } from './paths';

/** The day test/fixtures/demo-plan.yaml was written for: its dates are moved by the days since, so it never ages. */
export const DEMO_PLAN_DAY = '2026-11-30';

export function localToday(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Moves every YYYY-MM-DD date in `text` by `days` calendar days; nothing else changes. */
export function shiftDates(text: string, days: number): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (date) => {
    const moved = new Date(`${date}T00:00:00Z`);
    if (Number.isNaN(moved.getTime())) return date;
    moved.setUTCDate(moved.getUTCDate() + days);
    return moved.toISOString().slice(0, 10);
  });
}

/** The demo plan as if written today. */
export function demoPlanText(today = localToday()): string {
  const text = fs.readFileSync(path.join(fixturesDir, 'demo-plan.yaml'), 'utf8');
  return shiftDates(text, daysFrom(DEMO_PLAN_DAY, today));
}

/** A workspace folder `my-network` holding the demo plan, in a temporary folder that the caller removes. */
export function makeDemoWorkspace(): { folder: string; tempDir: string } {
  const tempDir = makeTempDir('demo');
  const folder = path.join(tempDir, 'my-network');
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, 'networking-plan.yaml'), demoPlanText());
  return { folder, tempDir };
}
