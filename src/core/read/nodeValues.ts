import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Fix, Problem, ProblemCode, Severity, Span } from '../model';

/**
 * What the readers of people, journal entries and settings share: where the parsed text sits in
 * the plan (`base`), and where problems go.
 */
export class ReadContext {
  constructor(
    readonly doc: Document.Parsed,
    readonly text: string,
    readonly base: number,
    readonly problems: Problem[],
  ) {}

  span(node: { range?: [number, number, number] | null } | null | undefined, fallback?: Span): Span {
    const range = node?.range;
    if (!range) return fallback ?? { start: this.base, end: this.base };
    if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
      return { start: this.base + range[0], end: this.base + this.lineEndAfter(contentEnd(node, range[1])) };
    }
    return { start: this.base + range[0], end: this.base + range[1] };
  }

  /**
   * Past the rest of the line (spaces, a comment, the line break). The parser's own end of a block
   * collection also swallows comment lines and indentation after it, which depend on what follows
   * the entry; this end depends only on the entry.
   */
  private lineEndAfter(end: number): number {
    const text = this.text;
    if (end > 0 && text.charCodeAt(end - 1) === 10) return end;
    let i = end;
    while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
    if (text.charCodeAt(i) === 35) while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    if (text.charCodeAt(i) === 13) i++;
    if (text.charCodeAt(i) === 10) i++;
    return i < text.length || i === text.length ? i : end;
  }

  /** Each alias followed so far, in reading order: where it is written, and the span of the node it stands for. */
  private readonly aliasesFollowed: { alias: Span; target: Span }[] = [];

  /**
   * A problem inside a node reached through an alias is reported at the alias: the value written at the anchor was
   * already checked (and reported there) where it stands, since an alias only ever points backwards.
   */
  report(code: ProblemCode, severity: Severity, message: string, at: Span, fix?: Fix): void {
    let span = at;
    // The alias being read is among the last few followed (the ones inside its node come after it); looking no
    // further keeps a plan of thousands of aliases and problems from taking quadratic time.
    const oldest = Math.max(0, this.aliasesFollowed.length - 64);
    for (let i = this.aliasesFollowed.length - 1; i >= oldest; i--) {
      const { alias, target } = this.aliasesFollowed[i];
      if (at.start >= target.start && at.end <= target.end) {
        span = alias;
        break;
      }
    }
    this.problems.push(fix ? { code, severity, message, span, fix } : { code, severity, message, span });
  }

  /** The span of the first line of `span` (a whole multi-line entry makes a noisy squiggle). */
  firstLine(span: Span): Span {
    const local = span.start - this.base;
    let end = local;
    while (end < this.text.length && end < span.end - this.base) {
      const c = this.text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    return { start: span.start, end: this.base + end };
  }

  /** Follows an alias to its node (aliases only point backwards, so this cannot loop). */
  resolve(node: unknown): Node | null {
    if (isAlias(node)) {
      const target = (node.resolve(this.doc) as Node | undefined) ?? null;
      if (target?.range && node.range) this.aliasesFollowed.push({ alias: this.span(node), target: this.span(target) });
      return target;
    }
    return (node as Node | null) ?? null;
  }
}

/** Where a block collection's last value ends (relative to the parsed text). */
function contentEnd(node: YAMLMap | YAMLSeq, fallback: number): number {
  const last = node.items[node.items.length - 1];
  const target = isPair(last) ? (hasContent(last.value) ? last.value : last.key) : last;
  if ((isMap(target) || isSeq(target)) && !target.flow && target.items.length > 0) return contentEnd(target, fallback);
  const range = (target as Node | null)?.range;
  return range ? range[1] : fallback;
}

function hasContent(node: unknown): boolean {
  return !!(node as Node | null)?.range && !(isScalar(node) && node.value === null && node.range![0] === node.range![1]);
}

/** The key of a pair as text, with its span; undefined for a non-scalar key. */
export function keyOf(ctx: ReadContext, pair: Pair): { name: string; span: Span } | undefined {
  const key = ctx.resolve(pair.key);
  if (!isScalar(key)) return undefined;
  return { name: scalarText(key) ?? '', span: ctx.span(key) };
}

/**
 * A scalar as the text the user wrote: `2024` and `true` are names too, so plain numbers and
 * booleans keep their source text; null (an empty value) is undefined.
 */
export function scalarText(node: Scalar): string | undefined {
  if (node.value === null || node.value === undefined) return undefined;
  if (typeof node.value === 'string') return node.value;
  if (typeof node.source === 'string' && node.type === 'PLAIN') return node.source;
  // The core schema's other scalars: numbers and booleans.
  return `${node.value as number | boolean}`;
}

/** A text field; reports wrong-type for a list or mapping. Undefined when empty. */
export function readText(ctx: ReadContext, raw: unknown, what: string): string | undefined {
  const node = ctx.resolve(raw);
  if (node === null) return undefined;
  if (isScalar(node)) {
    const text = scalarText(node);
    return text === undefined ? undefined : text;
  }
  ctx.report('wrong-type', 'error', `${what} should be text, not a ${kindOf(node)}.`, ctx.span(node));
  return undefined;
}

/** A list of texts; a single scalar counts as a list of one. Each item comes with its span. */
export function readTextList(ctx: ReadContext, raw: unknown, what: string): { text: string; span: Span }[] {
  const node = ctx.resolve(raw);
  if (node === null) return [];
  if (isScalar(node)) {
    const text = scalarText(node);
    return text === undefined ? [] : [{ text, span: ctx.span(node) }];
  }
  if (!isSeq(node)) {
    ctx.report('wrong-type', 'error', `${what} should be a list like [a, b], not a ${kindOf(node)}.`, ctx.span(node));
    return [];
  }
  const items: { text: string; span: Span }[] = [];
  for (const rawItem of node.items) {
    const item = ctx.resolve(rawItem);
    if (isScalar(item)) {
      const text = scalarText(item);
      if (text !== undefined) items.push({ text, span: ctx.span(item) });
    } else if (item !== null) {
      ctx.report('wrong-type', 'error', `Each item of ${what} should be text, not a ${kindOf(item)}.`, ctx.span(item));
    }
  }
  return items;
}

/** An empty value: nothing written (a lone `-`, `key:` with nothing after it, `~`, `null`). */
export function isBlank(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && (node.value === null || node.value === undefined));
}

export function kindOf(node: unknown): string {
  if (isMap(node)) return 'mapping';
  if (isSeq(node)) return 'list';
  if (isScalar(node)) return typeof node.value === 'number' ? 'number' : typeof node.value === 'boolean' ? 'boolean' : 'text';
  return 'value';
}

/** Text safe to splice into YAML as a plain or double-quoted scalar (used by quick fixes). */
export function yamlScalar(text: string): string {
  return /^[A-Za-z][A-Za-z0-9 ._'-]*$/.test(text) && !/\s$/.test(text) && !/^(true|false|null|yes|no|on|off)$/i.test(text)
    ? text
    : JSON.stringify(text);
}
