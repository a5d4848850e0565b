/**
 * Realistic plans of any size, for the benchmark and for tests: N people with the usual fields,
 * comments and blank lines, and 10 journal entries per person in date order. The same `n` and
 * `seed` always give the same text.
 */

export interface PlanOptions {
  /** Journal entries per person (default 10). */
  entriesPerPerson?: number;
  /** Seed of the pseudo-random choices (default 1). */
  seed?: number;
  /** The last journal date; the journal covers the two years before it (default 2026-11-30). */
  today?: string;
}

const FIRST = ['Dana', 'Marcus', 'Aisha', 'Jordan', 'Priya', 'Hannah', 'Wei', 'Tomás', 'Sofia', 'Ben', 'Noor', 'Lukas', 'Mei', 'Kwame', 'Elena', 'Ravi', 'Chloé', 'Omar', 'Ingrid', 'Mateo', 'Yuki', 'Fatima', 'Sven', 'Ana', 'Kofi', 'Léa', 'Arjun', 'Zoe', 'Emeka', 'Hiro', 'Maya', 'Pavel', 'Rosa', 'Tariq', 'Julia', 'Diego', 'Amara', 'Nils', 'Leila', 'Sami'];
const LAST = ['Lee', 'Chen', 'Okafor', 'Kim', 'Raman', 'Schultz', 'Zhang', 'Álvarez', 'Rossi', 'Carter', 'Haddad', 'Novak', 'Tanaka', 'Mensah', 'Petrova', 'Iyer', 'Dubois', 'Farouk', 'Berg', 'Silva', 'Sato', 'Khan', 'Larsen', 'García', 'Boateng', 'Martin', 'Patel', 'Walsh', 'Eze', 'Mori', 'Cohen', 'Horvat', 'Reyes', 'Aziz', 'Weber', 'Romero', 'Nwosu', 'Lund', 'Karimi', 'Virtanen'];
const TEAMS = ['Platform Engineering', 'Payments', 'Data Platform', 'Checkout', 'Security', 'Mobile', 'Developer Experience', 'Search', 'Infrastructure', 'Growth'];
const ROLES = ['Director', 'Staff Engineer', 'Engineering Manager', 'Product Lead', 'Principal Engineer', 'Tech Lead', 'Senior Product Designer', 'Site Reliability Engineer', 'VP Engineering', 'Data Scientist'];
const HOW = ['Coffee at the 3rd floor kitchen', 'Lunch after the Monday staff meeting', 'Video call (works from another office)', '30-minute skip-level; bring one question', 'Walk to the farmers\' market on Thursdays', 'Pair on the migration project', 'Message on chat about the incident review', 'Ask for an intro through a colleague'];
const TOPICS = ['platform roadmap', 'design reviews', 'on-call tooling', 'promotion process', 'data contracts', 'org design', 'mentoring', 'hiring', 'build speed', 'incident reviews', 'career growth', 'public speaking'];
const CADENCES = ['every 2 weeks', 'every 3 weeks', 'monthly', 'every 6 weeks', 'quarterly', 'every week'];
const NOTES = ['Lunch; talked about the platform roadmap', 'Coffee; design review of the new flow', 'Skip-level; asked how the org will change next year', 'Call about the move to another team', 'Walked to the market; talked about hiring', 'Quick chat after the all-hands', 'Reviewed a promotion packet together', 'Pairing session on the build pipeline'];
const GAVE = ['Shared an article on team topologies', 'A one-page summary of our build-time numbers', 'Reviewed the on-call runbook draft', 'An intro to the data team'];
const GOT = ['Pointer to the draft promotion guidelines', 'Feedback on my design doc', 'An intro to the product lead', 'Their team\'s release checklist'];
const STAGE_COMMENTS = ['# we can call each other anytime', '# after the planning offsite', '# ask for an intro first', '# on leave until January'];

/** The i-th person's name: unique for every i (a middle initial once the first-last pairs run out). */
export function personName(i: number): string {
  const pairs = FIRST.length * LAST.length;
  const pair = (i * 7919) % pairs;
  const round = Math.floor(i / pairs);
  const first = FIRST[pair % FIRST.length];
  const last = LAST[Math.floor(pair / FIRST.length)];
  return round === 0 ? `${first} ${last}` : `${first} ${String.fromCharCode(64 + round)}. ${last}`;
}

/** A small seeded generator (mulberry32): the same seed, the same numbers on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function dayOf(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

export function generatePlan(n: number, options: PlanOptions = {}): string {
  const rand = seededRandom(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  const today = dayOf(options.today ?? '2026-11-30');
  const perPerson = options.entriesPerPerson ?? 10;
  const out: string[] = [
    `# My networking plan: ${n} people.`,
    '# Goal for next year: move from senior engineer to staff engineer on the platform side.',
    'version: 1',
    '',
    'settings:',
    '  maxNewRelationships: 3        # at most three people in "building" at once',
    '  defaultCadence: every 2 weeks',
    '',
    'people:',
  ];
  for (let i = 0; i < n; i++) {
    if (i % 25 === 0) out.push(`  # --- ${TEAMS[(i / 25) % TEAMS.length]} ---`);
    const stage = i < 3 ? 'building' : rand() < 0.6 ? 'established' : rand() < 0.8 ? 'planned' : 'paused';
    const lists = rand() < 0.3 ? '[like, help]' : rand() < 0.5 ? '[like]' : '[help]';
    out.push(`  - name: ${personName(i)}`, `    lists: ${lists}`);
    out.push(rand() < 0.25 ? `    stage: ${stage.padEnd(20)}${pick(STAGE_COMMENTS)}` : `    stage: ${stage}`);
    out.push(`    role: ${pick(ROLES)}, ${pick(TEAMS)}`, `    how: ${pick(HOW)}`);
    if (rand() < 0.5) out.push(`    cadence: ${pick(CADENCES)}`);
    if (rand() < 0.15) out.push(`    next: ${isoDay(today + 1 + Math.floor(rand() * 60))}`);
    if (rand() < 0.7) out.push(`    topics: [${pick(TOPICS)}, ${pick(TOPICS)}]`);
    if (rand() < 0.1) out.push('    notes: |', `      Met at the spring offsite.`, '      Prefers short, concrete questions.');
    else if (rand() < 0.3) out.push(`    notes: Knows which staff roles open next year.`);
    out.push('');
  }
  out.push('journal:');
  const count = n * perPerson;
  const days = 730;
  for (let k = 0; k < count; k++) {
    const person = Math.floor(rand() * n);
    const date = isoDay(today - days + Math.floor((k * days) / Math.max(1, count)));
    const other = Math.floor(rand() * n);
    const withText = rand() < 0.15 && other !== person ? `[${personName(person)}, ${personName(other)}]` : personName(person);
    out.push(`  - date: ${date}`, `    with: ${withText}`, `    note: ${pick(NOTES)}`);
    if (rand() < 0.3) out.push(`    gave: ${pick(GAVE)}`);
    if (rand() < 0.3) out.push(`    got: ${pick(GOT)}`);
  }
  out.push('');
  return out.join('\n');
}
