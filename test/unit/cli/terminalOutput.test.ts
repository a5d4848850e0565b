import assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/run';
import { editorColumn, printable } from '../../../src/cli/terminalText';
import { memoryIo } from './memoryIo';

const FILE = 'networking-plan.yaml';
const HOSTILE = 'Eve\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202eevil';

describe('cli: text output is safe for a terminal', () => {
  const plan = [
    'people:',
    `  - name: "${HOSTILE.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}"`,
    '    lists: [like, help]',
    '    stage: building',
    '    next: 2026-11-01',
    '  - name: "Line\\nFake: line"',
    '    lists: [like]',
    'journal:',
    '  - date: 2026-11-02',
    '    with: "Ev\\x1b[2Je"',
    '',
  ].join('\n');

  function outputOf(argv: string[]): string {
    const io = memoryIo({ [FILE]: plan });
    runCli(argv, io);
    return io.out.join('') + io.err.join('');
  }

  it('escapes control characters in due, lists, check, log and error messages', () => {
    for (const argv of [['due'], ['lists'], ['check'], ['log', 'Ev\u001b[2J'], ['log', 'Line\nFake', '--date', '2026-11-30'], ['frob\u001b[2J']]) {
      const out = outputOf(argv);
      assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/.test(out), `${argv.join(' ')}: ${JSON.stringify(out)}`);
      assert.ok(out.split('\n').every((line) => !line.startsWith('Fake')), `${argv.join(' ')} fakes no line`);
    }
    assert.match(outputOf(['due']), /Eve\\x1b\]0;pwned\\x07\\x1b\[2J\\x9b31m\\u202eevil\n/);
    assert.match(outputOf(['lists']), / {2}Line\\nFake: line\n/);
    assert.match(outputOf(['check']), /"Ev\\x1b\[2Je" is not in people/);
  });

  it('keeps JSON output the same value, with the unsafe characters as \\u escapes', () => {
    const out = outputOf(['lists', '--json']);
    assert.ok(!/[\u007f-\u009f\u202a-\u202e]/.test(out));
    assert.deepEqual((JSON.parse(out) as { like: string[] }).like, [HOSTILE, 'Line\nFake: line']);
  });

  it('counts columns as editors show characters', () => {
    assert.equal(printable('a\tb\r\n'), 'a\\tb\\r\\n');
    assert.equal(editorColumn('\uFEFFversion: x', 10, true), 10, 'a byte-order mark is no column');
    assert.equal(editorColumn('\uFEFFversion: x', 10, false), 11);
    assert.equal(editorColumn('- name: 😀 x', 11, false), 11, 'an emoji is one column');
    assert.equal(editorColumn('- name: e\u0301 x', 11, false), 11, 'a letter and its combining accent are one column');
  });

  it('reports FILE:LINE:COL after a byte-order mark and emoji as an editor shows them, and an alias\'s problem once, at the alias', () => {
    const io = memoryIo({ 'p.yaml': '\uFEFFversion: 2\npeople:\n  - name: "😀😀"\n    lists: &l [lkie]\n  - name: B\n    lists: *l\n' });
    runCli(['check', 'p.yaml'], io);
    assert.deepEqual(io.out.join('').trimEnd().split('\n').map((l) => l.split(' ').slice(0, 3).join(' ')), [
      'p.yaml:1:10: error wrong-type',
      'p.yaml:4:16: error unknown-list',
      'p.yaml:6:12: error unknown-list',
    ]);
  });
});
