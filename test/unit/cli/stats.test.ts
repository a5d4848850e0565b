import assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/run';
import { USAGE } from '../../../src/cli/args';
import type { StatsJson } from '../../../src/cli/statsCommand';
import { INSIGHTS_PLAN, TODAY } from '../core/insights/insightsPlan';
import { memoryIo } from './memoryIo';

const FILE = 'networking-plan.yaml';

describe('cli stats', () => {
  it('prints every figure as JSON, people by name', () => {
    const io = memoryIo({ 'plan.yaml': INSIGHTS_PLAN });
    assert.equal(runCli(['stats', 'plan.yaml', '--today', TODAY, '--json'], io), 0);
    const stats = JSON.parse(io.out.join('')) as StatsJson;
    assert.deepEqual(Object.keys(stats), ['today', 'summary', 'people', 'lists', 'rhythm', 'mostOverdue', 'exchange', 'stages', 'slots']);
    assert.equal(stats.summary, '7 people, 1 where the lists meet; 3 contacts in the last 4 weeks, 1 on time; 3 relationships at call-anytime.');
    assert.deepEqual(stats.lists.both, { count: 1, names: ['Ana'] });
    assert.deepEqual(stats.lists.neither, { count: 4, names: ['Dee', 'Fay', 'Gus', 'Hal'] });
    assert.deepEqual([stats.lists.like, stats.lists.help], [2, 2]);
    assert.equal(stats.rhythm.weeks.length, 26);
    assert.deepEqual(stats.rhythm.weeks[25], { start: '2026-11-29', end: '2026-12-05', contacts: 1 });
    assert.deepEqual([stats.rhythm.contacts, stats.rhythm.onTime, stats.rhythm.late, stats.rhythm.missed], [4, 1, 2, 1]);
    assert.deepEqual(stats.rhythm.lastFourWeeks, { contacts: 3, onTime: 1, late: 2 });
    assert.deepEqual(stats.mostOverdue, [
      { name: 'Hal', next: '2026-01-10', daysLate: 329 },
      { name: 'Fay', next: '2026-11-27', daysLate: 8 },
    ]);
    assert.deepEqual(stats.exchange, [
      { name: 'Ana', given: 1, received: 3 },
      { name: 'Ben', given: 0, received: 1 },
    ]);
    assert.deepEqual(stats.stages.now, { planned: 1, building: 2, established: 3, paused: 1 });
    assert.equal(stats.stages.overTime.length, 3);
    assert.deepEqual(stats.slots, { used: 2, max: 2 });
    assert.deepEqual(io.err, []);
  });

  it('prints the same figures as text, reading ./networking-plan.yaml as of the machine day by default', () => {
    const io = memoryIo({ [FILE]: INSIGHTS_PLAN }, TODAY);
    assert.equal(runCli(['stats'], io), 0);
    const text = io.out.join('');
    assert.ok(text.startsWith('7 people, 1 where the lists meet; 3 contacts in the last 4 weeks, 1 on time; 3 relationships at call-anytime.\n'));
    for (const line of [
      '  Start here (both lists): 1  Ana',
      '  On neither list: 4  Dee, Fay, Gus, Hal',
      'Rhythm (last 26 weeks, 2026-06-07 to 2026-12-05)',
      '  Contacts: 4; on time 1, late 2, missed 1',
      '  Hal: 329 days overdue (due 2026-01-10)',
      '  Ana: given 1, received 3',
      '  Now: planned 1, building 2, established 3, paused 1',
      '  2026-11-01: planned 1, building 0, established 0, paused 0',
      '  Building slots: 2 of 2 used',
    ]) {
      assert.ok(text.split('\n').includes(line), `missing line ${JSON.stringify(line)} in\n${text}`);
    }
  });

  it('writes control characters in names as escapes', () => {
    const io = memoryIo({ [FILE]: 'people:\n  - name: "Eve\\u001b[2J"\n    lists: [like, help]\n' });
    assert.equal(runCli(['stats', '--today', TODAY], io), 0);
    assert.ok(io.out.join('').includes('Eve\\x1b[2J'));
    assert.ok(!io.out.join('').includes('\u001b'));
  });

  it('refuses a bad --today, an unknown option and a second file with a usage error', () => {
    for (const argv of [['stats', '--today', '2026-02-30'], ['stats', '--within', '3'], ['stats', 'a.yaml', 'b.yaml']]) {
      const io = memoryIo({ [FILE]: INSIGHTS_PLAN });
      assert.equal(runCli(argv, io), 2, argv.join(' '));
      assert.deepEqual(io.out, []);
    }
  });

  it('refuses a plan with YAML syntax errors rather than show partial figures', () => {
    const io = memoryIo({ [FILE]: 'people: [\n' });
    assert.equal(runCli(['stats', '--today', TODAY], io), 1);
    assert.match(io.err.join(''), /cannot show the stats: networking-plan\.yaml has YAML syntax errors/);
  });

  it('is in the usage text', () => {
    assert.ok(USAGE.includes('stats [FILE] [--today YYYY-MM-DD] [--json]'));
  });
});
