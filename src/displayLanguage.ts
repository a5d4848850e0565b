/**
 * The core's own words (problem messages, "3 days overdue"), counts and dates in VS Code's display language, for
 * adapters that also run without VS Code: there (unit tests, the CLI) they stay English, exactly as before. The plan
 * file keeps ISO dates; only what is shown changes.
 */
import type * as vscode from 'vscode';
import * as l10n from '@vscode/l10n';
import { describeMeeting, isValidDate, messageTranslator, type Meeting, type MessageCatalogue } from './core';
import { loadLazy } from './lazy';

// Declared here rather than taken from Node's types, so that the web build's type check (no Node types) accepts this
// file; the web worker extension host gives modules a `require` for `vscode`.
declare const require: (id: string) => unknown;

function hostLanguage(): string | undefined {
  try {
    return (require('vscode') as typeof vscode).env.language;
  } catch {
    return undefined;
  }
}

export interface DisplayFormats {
  /** The core's English text in the language (unchanged where the catalogue has no template). */
  inDisplayLanguage: (message: string) => string;
  /** A count with the language's digit grouping ("4.321" in German); undefined in English (callers keep "4,321"). */
  displayNumber: (n: number) => string | undefined;
  /** A plan date (`YYYY-MM-DD`) as the language writes it ("03.12.2026"); as it is in English. */
  displayDate: (iso: string) => string;
  /** A meeting in a few words ("Platform staff meeting, Mon 8 Dec 10:00, weekly"), its day and time the language's way. */
  displayMeeting: (meeting: Meeting) => string;
}

const MINUTE_MS = 60_000;

/** How often a recurring meeting repeats (the iCalendar FREQ, lower case), in the display language. */
function repeatWords(frequency: string | undefined): string {
  const words: Record<string, string> = {
    daily: l10n.t('daily'),
    weekly: l10n.t('weekly'),
    monthly: l10n.t('monthly'),
    yearly: l10n.t('yearly'),
  };
  return frequency === undefined ? l10n.t('repeating') : (words[frequency] ?? frequency);
}

const isEnglish = (language: string | undefined): boolean => language === undefined || /^en\b/i.test(language);

/** The core's catalogue for the language: English needs none, so the translations load only for another language. */
export function displayCatalogue(language: string | undefined): MessageCatalogue | undefined {
  return isEnglish(language) ? undefined : loadLazy('catalogues').catalogueFor(language);
}

export function displayFormats(language: string | undefined): DisplayFormats {
  // English keeps the text exactly as before (ISO dates, "4,321"), whatever the machine's locale.
  const english = isEnglish(language);
  const numberFormat = english ? undefined : new Intl.NumberFormat(language);
  const dateFormat = english ? undefined : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const dayFormat = english ? undefined : new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const timeFormat = english ? undefined : new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  return {
    inDisplayLanguage: messageTranslator(displayCatalogue(language)),
    displayNumber: (n) => numberFormat?.format(n),
    displayDate: (iso) => (dateFormat && isValidDate(iso) ? dateFormat.format(new Date(`${iso}T00:00:00Z`)) : iso),
    displayMeeting: (meeting) => {
      if (!dayFormat || !timeFormat) return describeMeeting(meeting);
      // The meeting's own local time: the instant shifted by its offset, written as UTC.
      const local = new Date(meeting.start.instant + meeting.start.offsetMinutes * MINUTE_MS);
      const when = (meeting.allDay ? dayFormat : timeFormat).format(local);
      const repeats = meeting.recurring ? `, ${repeatWords(meeting.frequency)}` : '';
      return `${meeting.summary.trim() || l10n.t('(untitled meeting)')}, ${when}${repeats}`;
    },
  };
}

export const { inDisplayLanguage, displayNumber, displayDate, displayMeeting } = displayFormats(hostLanguage());
