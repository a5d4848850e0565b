// A large, realistic plan for timing: `people` entries with the usual fields and comments, and `entriesPerPerson`
// journal entries each. Deterministic: the same arguments give the same text.

const FIRST = ['Dana', 'Marcus', 'Aisha', 'Jordan', 'Priya', 'Tomás', 'Mei', 'Olu', 'Sven', 'Hana', 'Ravi', 'Lena'];
const LAST = ['Lee', 'Chen', 'Okafor', 'Kim', 'Raman', 'García', 'Wong', 'Adeyemi', 'Berg', 'Sato', 'Iyer', 'Novak'];
const ROLES = ['Staff Engineer, Payments', 'Director, Platform', 'Product Lead, Checkout', 'EM, Data Platform', 'VP Engineering'];
const LISTS = ['[like, help]', '[like]', '[help]', '[]'];
// Only the first three are `building`: more would be an over-commit warning on every one of them.
const STAGES = ['established', 'planned', 'established', 'paused'];

function isoDay(base: string, offset: number): string {
  const date = new Date(`${base}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

export function largePlan(people: number, entriesPerPerson = 10, today = '2026-12-01'): string {
  const lines = ['# A generated plan for timing.', 'version: 1', 'settings:', '  maxNewRelationships: 3', '  defaultCadence: every 2 weeks', '', 'people:'];
  const name = (i: number): string => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i + 1}`;
  for (let i = 0; i < people; i++) {
    lines.push(
      `  - name: ${name(i)}${i % 7 === 0 ? '   # met at the offsite' : ''}`,
      `    lists: ${LISTS[i % LISTS.length]}`,
      `    stage: ${i < 3 ? 'building' : STAGES[i % STAGES.length]}`,
      `    role: ${ROLES[i % ROLES.length]}`,
      ...(i % 2 === 0 ? [`    how: Coffee on the 3rd floor`] : []),
      `    cadence: every ${2 + (i % 3)} weeks`,
      `    next: ${isoDay(today, (i % 40) - 20)}`,
      ...(i % 3 === 0 ? [`    topics: [platform, hiring]`, `    notes: Prefers short, concrete questions.`] : []),
      '',
    );
  }
  lines.push('journal:');
  for (let e = 0; e < people * entriesPerPerson; e++) {
    lines.push(
      `  - date: ${isoDay(today, -1 - Math.floor(e / 10))}`,
      `    with: [${name(e % people)}]`,
      `    note: Talked about the roadmap.`,
      ...(e % 3 === 0 ? [`    gave: Reviewed the migration plan`] : []),
      ...(e % 4 === 0 ? [`    got: An intro to the platform leads`] : []),
    );
  }
  return lines.join('\n') + '\n';
}
