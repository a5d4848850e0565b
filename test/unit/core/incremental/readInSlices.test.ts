import assert from 'node:assert/strict';
import { ENTRIES_PER_STEP, PlanReader, readPlan } from '../../../../src/core';
import { generatePlan } from '../../../bench/generatePlan';

/** A pause that only counts (the reads under test never look at a clock). */
function countingPause(): { pause: () => Promise<void>; count: () => number } {
  let pauses = 0;
  return { pause: () => (pauses++, Promise.resolve()), count: () => pauses };
}

/** Each call's parsed characters, as told to `onSlice`. */
async function readSliced(reader: PlanReader, text: string, sliceChars?: number) {
  const { pause, count } = countingPause();
  const slices: number[] = [];
  const plan = await reader.readInSlices(text, pause, { sliceChars, onSlice: (chars) => slices.push(chars) });
  return { plan, pauses: count(), slices };
}

describe('PlanReader.readInSlices', () => {
  for (const [n, seed, sliceChars] of [[5, 1, 2048], [60, 2, 8192], [150, 3, undefined], [40, 4, 1000]] as const) {
    it(`reads ${n} generated people (seed ${seed}) to exactly what readPlan reads`, async () => {
      const text = generatePlan(n, { seed });
      const { plan } = await readSliced(new PlanReader(), text, sliceChars);
      assert.deepEqual(plan, readPlan(text));
    });
  }

  it('pauses several times for a big plan, and parses at most sliceChars between pauses', async () => {
    const text = generatePlan(150);
    const sliceChars = 16 * 1024;
    const { pauses, slices } = await readSliced(new PlanReader(), text, sliceChars);
    assert.ok(pauses >= text.length / sliceChars, `${pauses} pauses for ${text.length} characters`);
    assert.ok(slices.length >= text.length / sliceChars);
    for (const chars of slices) assert.ok(chars > 0 && chars <= sliceChars, `a slice parsed ${chars} characters`);
    // Every segment was parsed once, in some slice: all the text but the blank lines and comments between sections.
    const total = slices.reduce((a, b) => a + b, 0);
    assert.ok(total <= text.length && total > 0.95 * text.length, `${total} of ${text.length}`);
  });

  it('does not pause for a small plan, and uses the default slice for a plan of a few people', async () => {
    for (const text of [generatePlan(3), generatePlan(20), '']) {
      const { plan, pauses } = await readSliced(new PlanReader(), text);
      assert.equal(pauses, 0);
      assert.deepEqual(plan, readPlan(text));
    }
  });

  it('parses only the new text when reading again after an edit, and after a text it read plainly', async () => {
    const reader = new PlanReader();
    const text = generatePlan(60);
    reader.read(text);
    const at = text.indexOf('\n  - name:', text.length / 3);
    const edited = `${text.slice(0, at)}\n  - name: Zed New\n    stage: building${text.slice(at)}`;
    const { plan, slices } = await readSliced(reader, edited, 4096);
    assert.deepEqual(plan, readPlan(edited));
    assert.ok(slices.reduce((a, b) => a + b, 0) < 200, `parsed ${slices.join(' + ')}`);
  });

  it('reads broken YAML and texts it cannot split in one go, to what readPlan reads', async () => {
    const text = generatePlan(60);
    const at = text.indexOf('\n  - name:', text.length / 2);
    for (const variant of [`${text.slice(0, at)}\n  - name: [unclosed${text.slice(at)}`, `\ufeff${text}`, text.replace('people:\n', 'people:\n\t- x\n')]) {
      const { plan, pauses } = await readSliced(new PlanReader(), variant, 4096);
      assert.deepEqual(plan, readPlan(variant));
      assert.ok(pauses <= variant.length / 4096 + 3);
    }
  });

  it('gives each read its own text when reads come in while a sliced read pauses', async () => {
    const reader = new PlanReader();
    const a = generatePlan(40, { seed: 5 });
    const b = generatePlan(45, { seed: 6 });
    const c = generatePlan(30, { seed: 7 });
    const plans: Promise<unknown>[] = [];
    let pauses = 0;
    const pause = () => {
      pauses++;
      if (pauses === 2) plans.push(Promise.resolve(reader.read(b)), reader.readInSlices(c, () => Promise.resolve(), { sliceChars: 2048 }));
      if (pauses === 5) plans.push(Promise.resolve(reader.read(a.replace('Dana', 'Dina'))));
      return Promise.resolve();
    };
    const first = await reader.readInSlices(a, pause, { sliceChars: 2048 });
    assert.ok(pauses >= 5);
    assert.deepEqual(first, readPlan(a));
    const [planB, planC, planA2] = await Promise.all(plans);
    assert.deepEqual(planB, readPlan(b));
    assert.deepEqual(planC, readPlan(c));
    assert.deepEqual(planA2, readPlan(a.replace('Dana', 'Dina')));
    // And the reader goes on reading correctly after all that.
    assert.deepEqual(await reader.readInSlices(b, () => Promise.resolve(), { sliceChars: 2048 }), readPlan(b));
    assert.deepEqual(reader.read(c), readPlan(c));
  });

  it('finishes a read correctly when another read comes in between its last pauses', async () => {
    const a = generatePlan(30, { seed: 8 });
    const b = generatePlan(30, { seed: 9 });
    // Interrupt at every pause in turn, including the ones after the slices.
    for (let interruptAt = 1; interruptAt < 40; interruptAt++) {
      const reader = new PlanReader();
      let pauses = 0;
      let other: unknown;
      const plan = await reader.readInSlices(a, () => {
        if (++pauses === interruptAt) other = reader.read(b);
        return Promise.resolve();
      }, { sliceChars: 4096 });
      assert.deepEqual(plan, readPlan(a));
      if (other) assert.deepEqual(other, readPlan(b));
      if (pauses < interruptAt) break;
    }
  });

  it('keeps what a sliced read given up at a pause parsed, for the next read of that text or of an edit of it', async () => {
    const text = generatePlan(60, { seed: 10 });
    for (const next of [(' ' + text).slice(1), text.replace('Lunch', 'Dinner')]) {
      const reader = new PlanReader();
      const parsedBefore: number[] = [];
      let pauses = 0;
      await assert.rejects(
        reader.readInSlices(text, () => (++pauses > 4 ? Promise.reject(new Error('superseded')) : Promise.resolve()), { sliceChars: 8192, onSlice: (chars) => parsedBefore.push(chars) }),
        /superseded/,
      );
      const { plan, slices } = await readSliced(reader, next, 8192);
      assert.deepEqual(plan, readPlan(next));
      const before = parsedBefore.reduce((a, b) => a + b, 0);
      const after = slices.reduce((a, b) => a + b, 0);
      assert.ok(before > 8192 && after < text.length - before + 2000, `parsed ${before}, then ${after} of ${text.length}`);
    }
  });
});

describe('PlanReader.readInSlices, finishing in steps', function () {
  this.timeout(60_000);

  it('pauses while it re-makes the entries an insertion at the top moved, and reads what readPlan reads', async () => {
    const lines = ['people:'];
    for (let i = 0; i < 300; i++) lines.push(`  - name: P${i}`);
    lines.push('journal:');
    for (let i = 0; i < 2 * ENTRIES_PER_STEP + 100; i++) lines.push(`  - {date: 2026-01-02, with: [P${i % 300}]}`);
    const text = lines.join('\n') + '\n';
    const reader = new PlanReader();
    reader.read(text);
    const edited = text.replace('P0\n', 'P0x\n');
    const { plan, pauses, slices } = await readSliced(reader, edited, 4096);
    assert.deepEqual(plan, readPlan(edited));
    // Once after splitting, once per slice (the changed item), once before finishing, then once per step of entries made (two here).
    assert.ok(pauses - slices.length >= 4, `${pauses} pauses, ${slices.length} slices`);
  });
});

describe('PlanReader.readInSlices, finishing in steps (suggestions)', function () {
  this.timeout(60_000);

  it('pauses between the "did you mean" suggestions for many unknown names in a large plan', async () => {
    const lines = ['people:'];
    for (let i = 0; i < 1500; i++) lines.push(`  - name: Person Number ${i}`);
    lines.push('journal:');
    // Each entry names someone who is not in people (as after a rename): each gets a suggestion, at a scan of every name.
    for (let i = 0; i < 100; i++) lines.push(`  - {date: 2026-01-02, with: [Persn Number ${i}]}`);
    const text = lines.join('\n') + '\n';
    const { plan, pauses, slices } = await readSliced(new PlanReader(), text, 8192);
    assert.deepEqual(plan, readPlan(text));
    assert.equal(plan.problems.filter((p) => p.code === 'unknown-person' && p.fix).length, 100);
    // Once after splitting, between slices, once before finishing, and at least once among the 150,000 names compared.
    assert.ok(pauses - slices.length >= 3, `${pauses} pauses, ${slices.length} slices`);
  });
});

describe('PlanReader.readInSlices, slices sized by time', () => {
  it('keeps slices at their smallest when each one takes longer than sliceMs, and lets them grow when they are quick', async () => {
    const text = generatePlan(150, { seed: 11 });
    const sliceChars = 16 * 1024;
    const sizes = async (clock?: () => number) => {
      const slices: number[] = [];
      const plan = await new PlanReader().readInSlices(text, () => Promise.resolve(), { sliceChars, sliceMs: 30, clock, onSlice: (chars) => slices.push(chars) });
      assert.deepEqual(plan, readPlan(text));
      return slices;
    };
    let now = 0;
    // A clock on which every slice takes a second: far over 30 ms.
    const slow = await sizes(() => (now += 1000));
    // One item more than the smallest slice at most (an item is never split).
    for (const chars of slow) assert.ok(chars <= sliceChars / 8 + 2000, `a slow slice parsed ${chars} characters`);
    // A clock that never moves: slices double up to sliceChars, as without a clock.
    const quick = await sizes(() => 0);
    assert.deepEqual(quick, await sizes());
    assert.ok(Math.max(...quick) > sliceChars / 2, `quick slices: ${quick.join(', ')}`);
    assert.ok(slow.length > quick.length);
  });
});
