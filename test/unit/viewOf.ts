/** A derived view straight from plan YAML, for the adapters' unit tests. */
import { deriveView, readPlan, type Plan, type PlanView } from '../../src/core';

export function viewOf(yaml: string, today: string): { plan: Plan; view: PlanView } {
  const plan = readPlan(yaml);
  return { plan, view: deriveView(plan, today) };
}

/** Plan lines joined with newlines. */
export function lines(...rows: string[]): string {
  return rows.join('\n') + '\n';
}
