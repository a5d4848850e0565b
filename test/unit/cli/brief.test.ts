import assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/run';
import { memoryIo } from './memoryIo';

const PLAN = [
  'people:',
  '  - name: Marcus Chen',
  '    role: Staff Engineer',
  '    lists: [like, help]',
  '    stage: building',
  '    history: [2026-10-12 building]',
  '    topics: [design reviews]',
  '  - name: Tomás Álvarez',
  '    lists: [help]',
  '    stage: building',
  'journal:',
  '  - date: 2026-11-20',
  '    with: [Marcus Chen, Tomás Álvarez]',
  '    note: Lunch',
  '    gave: {Marcus Chen: the article}',
  '    got: {Tomás Álvarez: feedback}',
  '    promised: Send the slides',
  '',
].join('\n');

interface BriefJson {
  name: string;
  stageSince: string | null;
  next: unknown;
  given: unknown[];
  received: unknown[];
  promises: { mine: unknown[]; theirs: unknown[] };
  balance: unknown;
  journal: { line: number; others: string[] }[];
}

const parse = (out: string) => JSON.parse(out) as BriefJson;

function run(argv: string[]) {
  const io = memoryIo({ 'networking-plan.yaml': PLAN, 'p.yaml': PLAN });
  const code = runCli(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('cli brief', () => {
  it('prints the brief of NAME as JSON: attributed items, promises, stage since, next and why, journal lines', () => {
    const { code, out, err } = run(['brief', 'marcus chen', 'p.yaml', '--today', '2026-12-01', '--json']);
    assert.equal(err, '');
    assert.equal(code, 0);
    const brief = parse(out);
    assert.equal(brief.name, 'Marcus Chen');
    assert.equal(brief.stageSince, '2026-10-12');
    assert.deepEqual(brief.next, { date: '2026-12-04', basis: 'cadence', why: 'last contact 2026-11-20 + every 2 weeks' });
    assert.deepEqual(brief.given, [{ text: 'the article', date: '2026-11-20' }]);
    assert.deepEqual(brief.received, []);
    assert.deepEqual(brief.promises.mine, [{ text: 'Send the slides', date: '2026-11-20' }]);
    assert.deepEqual(brief.journal.map((e) => [e.line, e.others]), [[12, ['Tomás Álvarez']]]);
    assert.deepEqual(parse(run(['brief', 'Tomás Álvarez', '--json', '--today=2026-12-01']).out).received, [{ text: 'feedback', date: '2026-11-20' }]);
  });

  it('prints the brief as text, leading with an imbalance', () => {
    const { code, out } = run(['brief', 'Tomás Álvarez', '--today', '2026-12-01']);
    assert.equal(code, 0);
    const lines = out.split('\n');
    assert.equal(lines[0], 'Tomás Álvarez');
    assert.match(out, /Next contact: 2026-12-04 \(in 3 days\): last contact 2026-11-20 \+ every 2 weeks/);
    assert.match(out, /I promised: 2026-11-20 {2}Send the slides/);
    assert.match(out, /received {2}2026-11-20 {2}feedback/);
    assert.doesNotMatch(out, /the article/);
    assert.match(out, /2026-11-20 {2}line 12 {2}with Marcus Chen {2}Lunch/);
    const taking = parse(run(['brief', 'Tomás Álvarez', '--json']).out).balance;
    assert.deepEqual(taking, { given: 0, received: 1, outOfBalance: false, reason: null });
  });

  it('refuses an unknown name with the closest one (exit 1), and a missing NAME or a bad --today (exit 2)', () => {
    const unknown = run(['brief', 'Marcos Chen']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.err, /nobody named "Marcos Chen" in networking-plan\.yaml\. Did you mean "Marcus Chen"\?/);
    assert.equal(run(['brief']).code, 2);
    assert.equal(run(['brief', 'Marcus Chen', '--today', '2026-02-30']).code, 2);
    assert.equal(run(['brief', 'Marcus Chen', 'p.yaml', 'extra']).code, 2);
  });
});
