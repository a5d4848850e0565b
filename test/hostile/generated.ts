/** Hostile inputs built in code: binary, undecodable, huge or deeply nested ones that would be megabytes or unreadable as files. */
import { seededRandom } from '../bench/generatePlan';

const PLAN = `# A small plan the generated cases grow from.
version: 1
people:
  - name: Dana Lee   # start here
    lists: [like, help]
    stage: building
    next: 2026-12-01
  - name: Sam Okafor
    stage: established
journal:
  - date: 2026-11-19
    with: Dana Lee
`;

function randomBytes(seed: number, length: number): Buffer {
  const next = seededRandom(seed);
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(next() * 256);
  return bytes;
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');

function nestedBlock(depth: number): string {
  let text = 'people:\n  - name: Deep\n    notes:\n';
  for (let i = 0; i < depth; i++) text += `${' '.repeat(6 + 2 * i)}level${i}:\n`;
  return `${text}${' '.repeat(6 + 2 * depth)}bottom\njournal: []\n`;
}

/** A plan of `people` people and ten journal entries each, written the way people write plans. */
export function densePlan(people: number): string {
  const parts = ['# A large plan.\nversion: 1\nsettings:\n  maxNewRelationships: 3\npeople:\n'];
  for (let i = 0; i < people; i++) {
    parts.push(`  - name: Person ${i}   # comment ${i}\n    lists: [like${i % 3 === 0 ? ', help' : ''}]\n    stage: ${i % 4 === 0 ? 'building' : 'established'}\n    cadence: every ${1 + (i % 8)} weeks\n    how: Coffee on floor ${i % 7}\n`);
  }
  parts.push('journal:\n');
  for (let i = 0; i < people * 10; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    parts.push(`  - date: 2026-${String(1 + (i % 11)).padStart(2, '0')}-${day}\n    with: Person ${(i * 7) % people}\n    note: Talk number ${i} about the roadmap\n`);
  }
  return parts.join('');
}

/** About `megabytes` of plan: a large realistic plan, long notes and comment blocks, a 1 MB line. */
function bigPlan(megabytes: number): string {
  const parts = [densePlan(500)];
  const paragraph = `      ${'Notes from a long conversation about platform work, hiring and the roadmap. '.repeat(3)}\n`;
  let size = parts[0].length;
  let i = 0;
  while (size < megabytes * 1_000_000) {
    const chunk =
      i % 2 === 0
        ? `  - date: 2026-11-${String(1 + (i % 28)).padStart(2, '0')}\n    with: Person ${i % 500}\n    note: |\n${paragraph.repeat(400)}`
        : `# ${'-'.repeat(70)}\n`.repeat(2000);
    parts.push(chunk);
    size += chunk.length;
    i++;
  }
  parts.push(`  - date: 2026-11-30\n    with: Person 1\n    note: ${'x'.repeat(1_000_000)}\n`);
  return parts.join('');
}

export interface GeneratedCase {
  /** Bytes as a file would hold them (the command-line tool reads these). */
  bytes?: Buffer;
  /** Text that no file can hold (lone surrogates): only the core reads it. */
  text?: string;
  big?: boolean;
}

export const GENERATED: Record<string, () => GeneratedCase> = {
  'nul-bytes': () => ({ bytes: utf8(PLAN.replace('Dana Lee   #', 'Dana\u0000Lee   #').replace('start here', 'start\u0000here') + '\u0000\u0000\n') }),
  'only-nul-bytes': () => ({ bytes: Buffer.alloc(4096) }),
  'binary-random': () => ({ bytes: randomBytes(1, 65_536) }),
  'binary-after-plan': () => ({ bytes: Buffer.concat([utf8(PLAN), randomBytes(2, 4096)]) }),
  'binary-png-header': () => ({ bytes: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(3, 2048)]) }),
  'invalid-utf8': () => ({
    bytes: Buffer.concat([utf8(PLAN.slice(0, 60)), Buffer.from([0xff, 0xfe, 0xc0, 0xaf, 0xed, 0xa0, 0x80]), utf8(PLAN.slice(60)), utf8('  - name: Tail'), Buffer.from([0xc3])]),
  }),
  'invalid-utf8-in-comment': () => ({ bytes: Buffer.concat([utf8('# caf'), Buffer.from([0xe9]), utf8('\n'), utf8(PLAN)]) }),
  'utf16le-bom': () => ({ bytes: Buffer.from(`\uFEFF${PLAN}`, 'utf16le') }),
  'utf16be-bom': () => ({ bytes: Buffer.from(`\uFEFF${PLAN}`, 'utf16le').swap16() }),
  'double-bom': () => ({ bytes: utf8(`\uFEFF\uFEFF${PLAN}`) }),
  'bom-only': () => ({ bytes: utf8('\uFEFF') }),
  'control-characters': () => ({ bytes: utf8(PLAN.replace('Sam Okafor', 'Sam\u0001\u0007\u001b[31mOkafor\u007f\u0085\u009b')) }),
  'lone-surrogates': () => ({ text: PLAN.replace('Sam Okafor', 'Sam \uD800 Okafor').replace('start here', 'start \uDC00 here') + '  - date: 2026-11-20\n    with: "Sam \uD800 Okafor"\n' }),
  'nesting-200-block': () => ({ bytes: utf8(nestedBlock(200)) }),
  'nesting-200-flow': () => ({ bytes: utf8(`people: ${'['.repeat(200)}${']'.repeat(200)}\njournal: []\n`) }),
  'nesting-200-flow-in-person': () => ({ bytes: utf8(`people:\n  - name: Deep\n    topics: ${'{a: ['.repeat(100)}x${']}'.repeat(100)}\n`) }),
  'nesting-200-sequences': () => ({ bytes: utf8(Array.from({ length: 200 }, (_, i) => `${' '.repeat(2 * i)}- `).join('\n') + 'bottom\n') }),
  'nesting-5000-flow': () => ({ bytes: utf8(`people: ${'['.repeat(5000)}${']'.repeat(5000)}\n`) }),
  'nesting-5000-unclosed': () => ({ bytes: utf8(`people: ${'{a: '.repeat(5000)}\n`) }),
  'nesting-10000-compact-sequences': () => ({ bytes: utf8(`people:\n  - ${'- '.repeat(10_000)}x\n`) }),
  'nesting-3000-complex-keys': () => ({ bytes: utf8(`people:\n  - ${'? '.repeat(3000)}x\n`) }),
  'nesting-1000-indentation': () => ({ bytes: utf8(`people:\n  - name: Deep\n    notes:\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(6 + i)}k:\n`).join('')}${' '.repeat(1006)}x\n`) }),
  'alias-bomb-deep': () => ({
    bytes: utf8(['a0: &a0 [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 30 }, (_, i) => `a${i + 1}: &a${i + 1} [${`*a${i}, `.repeat(9)}*a${i}]`), 'people:\n  - name: *a30\n'].join('\n')),
  }),
  'aliases-99': () => ({ bytes: utf8(`x: &x Dana Lee\npeople:\n  - name: *x\njournal:\n${'  - date: 2026-11-19\n    with: *x\n'.repeat(98)}`) }),
  'aliases-101': () => ({ bytes: utf8(`x: &x Dana Lee\npeople:\n  - name: *x\njournal:\n${'  - date: 2026-11-19\n    with: *x\n'.repeat(100)}`) }),
  'many-documents': () => ({ bytes: utf8(`${PLAN}${'---\n'.repeat(10_000)}`) }),
  'many-problems': () => ({ bytes: utf8(`people:\n${Array.from({ length: 2000 }, (_, i) => `  - name: P${i % 1000}\n    stag: x\n    next: 2026-13-${i % 40}\n`).join('')}`) }),
  'deep-indent': () => ({ bytes: utf8(`people:\n${' '.repeat(10_000)}- name: Far\n${' '.repeat(10_002)}stage: building\n`) }),
  'long-name-1mb': () => ({ bytes: utf8(`people:\n  - name: ${'N'.repeat(1_000_000)}\n    stage: building\n    next: 2026-12-01\n`) }),
  'long-comment-5mb': () => ({ bytes: utf8(`${PLAN}# ${'c'.repeat(5_000_000)}\n`) }),
  'many-tiny-lines': () => ({ bytes: utf8(`${PLAN}${'\n'.repeat(100_000)}# end\n`) }),
  'dense-1000-people': () => ({ bytes: utf8(densePlan(1000)), big: true }),
  'big-20mb': () => ({ bytes: utf8(bigPlan(20)), big: true }),
};
