/** A derived view straight from plan YAML, for the adapters' unit tests. */
import { readPlan } from '../../src/core/read';
import { deriveView } from '../../src/core/schedule';
import type { Plan, PlanView } from '../../src/core/types';

export function viewOf(yaml: string, today: string): { plan: Plan; view: PlanView } {
  const plan = readPlan(yaml);
  return { plan, view: deriveView(plan, today) };
}

/** Plan lines joined with newlines. */
export function lines(...rows: string[]): string {
  return rows.join('\n') + '\n';
}
