/**
 * Problem messages, and the core's other sentences for people (when someone is due, why an exchange is out of
 * balance, the Insights summary), in the user's language. The core writes them in English (the default,
 * unchanged); a `MessageCatalogue` maps each English template (with `{0}` where the text varies) to a translation,
 * and `localizeProblems` rewrites the messages of a read plan with it. The adapters pass in the catalogue for their
 * language (`catalogueFor`): VS Code's display language, or the CLI's `LANG`. A message no template matches stays
 * English, so nothing is ever lost. A `"{n}"` in quotes is the user's own text and is never translated; other parts
 * are translated again when they match a template or a word (`Known keys: …`, `a person`, `list`).
 *
 * Imports: `model` (the `Problem` type).
 */
import type { Problem } from '../model';
import type { MessageCatalogue } from './catalogue';
import { GERMAN } from './german';

export type { MessageCatalogue } from './catalogue';

interface Compiled {
  pattern: RegExp;
  translation: string;
  /** For each capture, in the order it appears, its placeholder number and whether it is in quotes. */
  slots: { index: number; quoted: boolean }[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(template: string, translation: string): Compiled {
  const slots: Compiled['slots'] = [];
  const parts = template.split(/(\{\d+\})/);
  const source = parts
    .map((part, i) => {
      const placeholder = /^\{(\d+)\}$/.exec(part);
      if (!placeholder) return escape(part);
      slots.push({ index: Number(placeholder[1]), quoted: parts[i - 1]?.endsWith('"') === true && parts[i + 1]?.startsWith('"') === true });
      // A leading placeholder is greedy: it holds a whole inner message, which may itself contain the words after it.
      return i === 1 && parts[0] === '' ? '([\\s\\S]*)' : '([\\s\\S]*?)';
    })
    .join('');
  return { pattern: new RegExp(`^${source}$`), translation, slots };
}

/** Translates messages with `catalogue` (compiled once); a message no template matches stays as it is. */
export function messageTranslator(catalogue: MessageCatalogue | undefined): (message: string) => string {
  if (!catalogue) return (message) => message;
  const compiled = Object.entries(catalogue.templates).map(([en, tr]) => compile(en, tr));
  return (message) => translate(message, catalogue, compiled, 0);
}

/** Translates one `message` with `catalogue`; for many, `messageTranslator` compiles the catalogue once. */
export function translateMessage(message: string, catalogue: MessageCatalogue | undefined): string {
  return messageTranslator(catalogue)(message);
}

function translate(message: string, catalogue: MessageCatalogue, compiled: readonly Compiled[], depth: number): string {
  if (message in catalogue.words) return catalogue.words[message];
  if (depth > 3) return message;
  for (const { pattern, translation, slots } of compiled) {
    const match = pattern.exec(message);
    if (!match) continue;
    const values: string[] = [];
    slots.forEach((slot, i) => {
      const value = match[i + 1];
      values[slot.index] = slot.quoted ? value : translate(value, catalogue, compiled, depth + 1);
    });
    return translation.replace(/\{(\d+)\}/g, (whole, n: string) => values[Number(n)] ?? whole);
  }
  return message;
}

/** The problems with their messages (and quick-fix titles) in the catalogue's language. */
export function localizeProblems(problems: readonly Problem[], catalogue: MessageCatalogue | undefined): Problem[] {
  if (!catalogue) return [...problems];
  const translated = messageTranslator(catalogue);
  return problems.map((p) => ({
    ...p,
    message: translated(p.message),
    ...(p.fix ? { fix: { ...p.fix, title: translated(p.fix.title) } } : {}),
  }));
}

const CATALOGUES: Readonly<Record<string, MessageCatalogue>> = { de: GERMAN };

/** The catalogue for a language tag (`de`, `de-AT`, `de_DE.UTF-8`); undefined (English) for any other. */
export function catalogueFor(language: string | undefined): MessageCatalogue | undefined {
  const primary = (language ?? '').split(/[-_.@]/)[0].toLowerCase();
  return CATALOGUES[primary];
}

/** The language of the messages from POSIX environment variables: `LC_ALL`, then `LC_MESSAGES`, then `LANG`. */
export function posixLanguage(env: Readonly<Record<string, string | undefined>>): string | undefined {
  return [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
}

export const MESSAGE_CATALOGUES = CATALOGUES;
