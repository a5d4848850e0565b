/** An in-memory `CliIo` for running the command-line tool in tests. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CliIo } from '../../../src/cli/io';

export const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures');
export const DEMO_PLAN = fs.readFileSync(path.join(FIXTURES, 'demo-plan.yaml'), 'utf8');

export interface MemoryIo extends CliIo {
  files: Map<string, string>;
  out: string[];
  err: string[];
  writes: string[];
}

export function memoryIo(files: Record<string, string> = {}, today = '2026-11-30'): MemoryIo {
  const io: MemoryIo = {
    files: new Map(Object.entries(files)),
    out: [],
    err: [],
    writes: [],
    readFile(file) {
      const text = io.files.get(file);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return text;
    },
    writeFile(file, text) {
      io.writes.push(file);
      io.files.set(file, text);
    },
    isFile: (file) => io.files.has(file),
    stdout: (text) => void io.out.push(text),
    stderr: (text) => void io.err.push(text),
    today,
  };
  return io;
}
