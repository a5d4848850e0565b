/**
 * Who in the plan an attendee or a title names. Names are compared as the plan compares them (`nameKey`),
 * addresses case-insensitively. A name that fits more than one person (two people called Dana, "Dana" alone) names
 * nobody: a wrong guess would put a meeting on the wrong person.
 */
import { nameKey, type Person } from '../model';

/** What matching needs of a person (a person about to be added has no more). */
export type MatchablePerson = Pick<Person, 'name' | 'emails' | 'archived'>;
import type { EventAttendee } from './types';

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;

interface Word {
  key: string;
  /** Written with a capital: a first name alone is only taken when capitalised ("Will" but not "will"). */
  capital: boolean;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => {
    const word = m[0].replace(/[.'’-]+$/u, '');
    return { key: nameKey(word), capital: /^\p{Lu}/u.test(word) };
  });
}

/** The people a key leads to: one person, or several when it is ambiguous. */
type Candidates = Map<string, number[]>;

function add(map: Candidates, key: string, index: number): void {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [index]);
  else if (!list.includes(index)) list.push(index);
}

function only(list: number[] | undefined): number | undefined {
  return list?.length === 1 ? list[0] : undefined;
}

export class PeopleIndex {
  private readonly byName: Candidates = new Map();
  private readonly byFirstName: Candidates = new Map();
  private readonly byEmail: Candidates = new Map();
  /** Full names as word keys, by their first word, longest first. */
  private readonly fullNames = new Map<string, { words: string[]; index: number }[]>();
  private readonly hasEmail = new Set<number>();

  /** `people`: the plan's people, by position; archived people and people without a name are never matched. */
  constructor(people: readonly MatchablePerson[]) {
    people.forEach((person, index) => {
      if (person.archived !== undefined || person.name.trim() === '') return;
      const words = wordsOf(person.name).map((w) => w.key);
      add(this.byName, words.join(' '), index);
      if (words.length > 1) {
        add(this.byFirstName, words[0], index);
        const list = this.fullNames.get(words[0]) ?? [];
        list.push({ words, index });
        list.sort((a, b) => b.words.length - a.words.length);
        this.fullNames.set(words[0], list);
      } else if (words.length === 1) add(this.byFirstName, words[0], index);
      for (const email of person.emails) {
        add(this.byEmail, email.trim().toLowerCase(), index);
        this.hasEmail.add(index);
      }
    });
  }

  /**
   * The person an attendee is: by address; else by name (full name, also written "Last, First", or a first name
   * only one person has); else by an address written `first.last@` when the person has no address in the plan.
   */
  attendee(attendee: EventAttendee): number | undefined {
    const email = attendee.email?.trim().toLowerCase();
    if (email) {
      const found = this.byEmail.get(email);
      if (found) return only(found);
    }
    const name = attendee.name?.trim() ?? '';
    if (name !== '' && !name.includes('@')) {
      const key = wordsOf(name).map((w) => w.key).join(' ');
      const full = this.byName.get(key);
      if (full) return only(full);
      // Directories often write "Last, First".
      const reversed = /^([^,]+),([^,]+)$/.exec(name);
      const turned = reversed && this.byName.get(wordsOf(`${reversed[2]} ${reversed[1]}`).map((w) => w.key).join(' '));
      if (turned) return only(turned);
      if (!key.includes(' ')) return only(this.byFirstName.get(key));
    }
    if (email) {
      const local = email.slice(0, email.indexOf('@'));
      const words = local.split(/[._-]+/).filter((w) => w !== '');
      if (words.length > 1) {
        const index = only(this.byName.get(words.map(nameKey).join(' ')));
        if (index !== undefined && !this.hasEmail.has(index)) return index;
      }
    }
    return undefined;
  }

  /** The people a meeting's title names: full names, and capitalised first names that only one person has. */
  title(summary: string): number[] {
    const words = wordsOf(summary);
    const found: number[] = [];
    for (let i = 0; i < words.length; i++) {
      const full = this.fullNames.get(words[i].key)?.find((n) => n.words.every((w, j) => words[i + j]?.key === w));
      if (full) {
        const same = this.byName.get(full.words.join(' '));
        if (same?.length === 1 && !found.includes(full.index)) found.push(full.index);
        i += full.words.length - 1;
        continue;
      }
      if (!words[i].capital) continue;
      const index = only(this.byFirstName.get(words[i].key));
      if (index !== undefined && !found.includes(index)) found.push(index);
    }
    return found;
  }
}
