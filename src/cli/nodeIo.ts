/** The real file system, console and clock behind the command-line tool. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { localDateOf } from '../core';
import type { CliIo } from './io';

/** Reads UTF-8 text, refusing anything that would not survive being written back byte for byte. */
function readUtf8(file: string): string {
  const bytes = fs.readFileSync(file);
  const text = bytes.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(bytes)) {
    throw new Error('it is not UTF-8 text (save it as UTF-8 and try again)');
  }
  return text;
}

/**
 * Writes through a temporary file in the same directory, then renames it over the target, so that a
 * crash or a full disk never leaves half a plan. Keeps the file's permissions, and writes to the file
 * a symbolic link points at rather than replacing the link.
 */
function replaceFile(file: string, text: string): void {
  const target = fs.realpathSync(file);
  // Renaming over a read-only file would succeed: respect the file's own permission instead.
  fs.accessSync(target, fs.constants.W_OK);
  const { mode } = fs.statSync(target);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = fs.openSync(temporary, 'wx', mode & 0o7777);
    try {
      fs.writeFileSync(fd, text, 'utf8');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.chmodSync(temporary, mode & 0o7777);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

export function nodeIo(): CliIo {
  return {
    readFile: readUtf8,
    writeFile: replaceFile,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    today: localDateOf(new Date()),
  };
}
