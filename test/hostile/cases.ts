/** The hostile corpus: committed files, the project's own fixtures, their CRLF and BOM variants, and generated inputs. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GENERATED } from './generated';

const ROOT = path.resolve(__dirname, '../../..');
export const CORPUS_DIR = path.join(ROOT, 'test/hostile/corpus');
const FIXTURES = ['test/fixtures/demo-plan.yaml', 'test/fixtures/invalid-plan.yaml', 'test/fixtures/edits/messy-plan.yaml'];

export interface HostileCase {
  name: string;
  /** What a file holds; the command-line tool reads it. */
  bytes: Buffer;
  /** The texts the core is given: as the extension decodes the bytes (BOM dropped) and as the tool does (BOM kept). */
  texts: string[];
  /** Large inputs: probed with more time and an incremental read-back of edits. */
  big: boolean;
}

function corpusFiles(): string[] {
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
}

/** Every case name, cheap to list; `loadCase` builds the bytes. */
export function caseNames(): string[] {
  const files = [...corpusFiles().map((f) => `corpus/${f}`), ...FIXTURES.map((f) => `fixture/${path.basename(f)}`)];
  // A CRLF variant only where it differs: files with LF line breaks.
  const variants = files.flatMap((name) => [...(/(^|[^\r])\n/.test(fileBytes(name).toString('utf8')) ? [`${name}#crlf`] : []), `${name}#bom`]);
  return [...files, ...variants, ...Object.keys(GENERATED).map((g) => `generated/${g}`)];
}

function fileBytes(name: string): Buffer {
  const [kind, file] = name.split('/');
  if (kind === 'corpus') return fs.readFileSync(path.join(CORPUS_DIR, file));
  const fixture = FIXTURES.find((f) => path.basename(f) === file);
  if (kind === 'fixture' && fixture) return fs.readFileSync(path.join(ROOT, fixture));
  throw new Error(`no hostile case ${name}`);
}

/** The text with every line break CRLF, or with a byte-order mark in front. */
function variant(text: string, kind: string): string {
  if (kind === 'crlf') return text.replace(/\r?\n/g, '\r\n');
  if (kind === 'bom') return `\uFEFF${text}`;
  throw new Error(`unknown variant ${kind}`);
}

function decodings(bytes: Buffer): string[] {
  const extension = new TextDecoder('utf-8').decode(bytes);
  const tool = bytes.toString('utf8');
  return extension === tool ? [tool] : [extension, tool];
}

export function loadCase(name: string): HostileCase {
  if (name.startsWith('generated/')) {
    const build = GENERATED[name.slice('generated/'.length)];
    if (!build) throw new Error(`no hostile case ${name}`);
    const built = build();
    const bytes = built.bytes ?? Buffer.from(built.text ?? '', 'utf8');
    return { name, bytes, texts: built.text !== undefined ? [built.text] : decodings(bytes), big: built.big === true };
  }
  const [file, kind] = name.split('#');
  const bytes = fileBytes(file);
  if (!kind) return { name, bytes, texts: decodings(bytes), big: false };
  const changed = Buffer.from(variant(bytes.toString('utf8'), kind), 'utf8');
  return { name, bytes: changed, texts: decodings(changed), big: false };
}
