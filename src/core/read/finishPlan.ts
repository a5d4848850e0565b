import { finishJournal, finishPeople, type FinishMemo } from './finishEntries';
import { checkPromises } from './promises';
import { defaultSettings } from './readSettings';
import type { RawPlan } from './readTop';
import { runSteps, type Person, type Plan, type Problem, type Steps } from '../model';

/**
 * Applies defaults and the checks that span entries (duplicate names, unknown people, over-commit).
 * An incremental reader passes its memo to get unchanged entries back as the same objects.
 */
export function finishPlan(text: string, raw: RawPlan, problems: Problem[], memo?: FinishMemo): Plan {
  return runSteps(finishPlanSteps(text, raw, problems, memo));
}

/** `finishPlan` in steps (entries re-made after an insertion near the top of a large plan take a while). */
export function* finishPlanSteps(text: string, raw: RawPlan, problems: Problem[], memo?: FinishMemo): Steps<Plan> {
  const settings = raw.settings ?? defaultSettings();
  const people = yield* finishPeople(raw, settings, memo);
  const byKey = checkDuplicates(people, problems);
  const journal = yield* finishJournal(raw, byKey, people, problems, memo);
  checkOverCommit(people, settings.maxNewRelationships, problems);
  checkPromises(journal, problems);
  problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    version: raw.version,
    settings,
    people,
    journal,
    problems,
    syntaxOk: !problems.some((p) => (p.code === 'yaml-syntax' && p.severity === 'error') || p.code === 'too-large'),
    sections: raw.sections,
    eol: lineEndingOf(text),
  };
}

function checkDuplicates(people: Person[], problems: Problem[]): Map<string, Person> {
  const byKey = new Map<string, Person>();
  for (const person of people) {
    if (!person.key) continue;
    const first = byKey.get(person.key);
    if (!first) {
      byKey.set(person.key, person);
      continue;
    }
    problems.push({
      code: 'duplicate-name',
      severity: 'error',
      message: `"${person.name}" is already in the plan (person ${first.index + 1}): names must be unique, ignoring case and surrounding spaces. Rename one of them or merge the entries.`,
      span: person.fields.name ?? person.span,
    });
  }
  return byKey;
}

function checkOverCommit(people: Person[], max: number, problems: Problem[]): void {
  // Archived people are no longer being built: they never take a slot.
  const building = people.filter((p) => p.stage === 'building' && p.archived === undefined);
  if (building.length <= max) return;
  const within = building.slice(0, max).map((p) => p.name || '(no name)');
  for (const person of building.slice(max)) {
    problems.push({
      code: 'over-commit',
      severity: 'warning',
      message:
        `Over-commit: ${building.length} people are in stage "building" but settings.maxNewRelationships is ${max}` +
        (within.length ? ` (the first ${max}: ${within.join(', ')})` : '') +
        `. Build a few relationships at a time: set this one to "planned" until a slot frees up.`,
      span: person.fields.stage ?? person.span,
    });
  }
}

function lineEndingOf(text: string): '\n' | '\r\n' {
  const newline = text.indexOf('\n');
  return newline > 0 && text.charCodeAt(newline - 1) === 13 ? '\r\n' : '\n';
}
