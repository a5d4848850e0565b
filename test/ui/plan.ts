// The UI tests' plan, with dates relative to today so that who is due never depends on the day the tests run.

function day(offset: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Ada is 3 days overdue and Grace due today: 2 due. */
export function uiPlan(): string {
  return `# Plan for the UI tests.
version: 1
settings:
  maxNewRelationships: 3
  defaultCadence: every 2 weeks

people:
  - name: Ada Lovelace        # both lists: Start here
    lists: [like, help]
    stage: building
    role: Staff Engineer, Payments
    next: ${day(-3)}

  - name: Grace Hopper
    lists: [help]
    stage: established
    role: Director of Platform
    cadence: every month
    next: ${day(0)}

  - name: Linus Pauling
    lists: [like]
    stage: building
    role: Designer
    next: ${day(10)}

  - name: Alan Kay
    stage: paused
    role: Researcher

journal:
  - date: ${day(-17)}
    with: [Ada Lovelace]
    note: Lunch; talked about the payments rewrite.
`;
}

/** An outside edit: Katherine joins the "help" list, 1 day overdue (3 due then). */
export function withKatherine(plan: string): string {
  return plan.replace(
    '\njournal:',
    `  - name: Katherine Johnson
    lists: [help]
    stage: building
    role: Principal Engineer
    next: ${day(-1)}

journal:`,
  );
}
