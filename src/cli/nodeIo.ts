/** The real file system, console and clock behind the command-line tool. */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { localDateOf, MAX_PLAN_BYTES, posixLanguage } from '../core';
import { ChangedMeanwhileError, NotAFileError, TooLargeError, type CliIo } from './io';
import { withPlanLock } from './planLock';

function kindOf(stat: fs.Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isFIFO()) return 'it is a named pipe (FIFO), not a file';
  if (stat.isSocket()) return 'it is a socket, not a file';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'it is a device, not a file';
  return 'it is not a regular file';
}

/** The file's bytes: refuses at once a pipe, socket or device (reading one could block or never end), and a file past the size limit. */
function readBytes(file: string): Buffer {
  const stat = fs.statSync(file);
  if (stat.isDirectory()) throw Object.assign(new Error('it is a directory'), { code: 'EISDIR' });
  const kind = kindOf(stat);
  if (kind) throw new NotAFileError(kind);
  // Non-blocking, so that a pipe put in the file's place meanwhile is refused below instead of waited on.
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const opened = fs.fstatSync(fd);
    const openedKind = kindOf(opened);
    if (openedKind) throw new NotAFileError(openedKind);
    if (opened.size > MAX_PLAN_BYTES) throw new TooLargeError(opened.size);
    // Read to the end, but never past the limit: a file that grows while it is read is refused too.
    const chunks: Buffer[] = [];
    let total = 0;
    for (let size = opened.size + 1; ; size = 64 * 1024) {
      const chunk = Buffer.allocUnsafe(size);
      const read = fs.readSync(fd, chunk, 0, size, null);
      if (read === 0) return Buffer.concat(chunks, total);
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > MAX_PLAN_BYTES) throw new TooLargeError(total);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads UTF-8 text, refusing anything that would not survive being written back byte for byte. */
function readUtf8(file: string): string {
  const bytes = readBytes(file);
  const text = bytes.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(bytes)) {
    throw new Error('it is not UTF-8 text (save it as UTF-8 and try again)');
  }
  return text;
}

/** Gives the new file the old one's owner and group: as root, a plan of another user's stays theirs. */
function keepOwner(fd: number, stat: fs.Stats): void {
  const uid = process.getuid?.();
  if (uid === undefined || (stat.uid === uid && stat.gid === process.getgid?.())) return;
  try {
    fs.fchownSync(fd, uid === 0 ? stat.uid : uid, stat.gid);
  } catch (error) {
    // Only root may give a file away; anyone may keep a group they belong to. Otherwise the file becomes the writer's.
    if (uid === 0) throw error;
  }
}

/**
 * Writes through a temporary file in the same directory, then renames it over the target, so that a crash or a full
 * disk never leaves half a plan. Keeps the file's permissions, owner and group, and writes to the file a symbolic
 * link points at rather than replacing the link. Other hard links keep the old content: that is returned as a
 * warning.
 */
function replaceFile(file: string, text: string): string[] {
  const target = fs.realpathSync(file);
  // Renaming over a read-only file would succeed: respect the file's own permission instead.
  fs.accessSync(target, fs.constants.W_OK);
  const stat = fs.statSync(target);
  // A short name: the plan's own name may already be near the longest a file name can be.
  const temporary = path.join(path.dirname(target), `.networking-plan-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = fs.openSync(temporary, 'wx', stat.mode & 0o7777);
    try {
      fs.writeFileSync(fd, text, 'utf8');
      keepOwner(fd, stat);
      fs.fchmodSync(fd, stat.mode & 0o7777);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // Writing and syncing took a while: the last look before the rename, so that a save made meanwhile by a program
    // that takes no lock (an editor) is never replaced.
    const now = fs.statSync(target);
    if (now.ino !== stat.ino || now.size !== stat.size || now.mtimeMs !== stat.mtimeMs || now.ctimeMs !== stat.ctimeMs) throw new ChangedMeanwhileError();
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  return stat.nlink > 1
    ? [`${file} had ${stat.nlink - 1} other hard link(s): they still hold the previous version (the plan is written to a new file, then renamed over the old one).`]
    : [];
}

function isFile(file: string): boolean {
  try {
    return !fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

export function nodeIo(): CliIo {
  return {
    readFile: readUtf8,
    readBytes,
    writeFile: replaceFile,
    withLock: withPlanLock,
    isFile,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    today: localDateOf(new Date()),
    language: posixLanguage(process.env),
  };
}
