/**
 * Review Lists: five quick steps through the plan (start where it is easiest, call anytime, lapsed, untouched,
 * anyone new), each skippable, with Back. Every change is applied as it is chosen, as one minimal edit, so Undo
 * takes back one; the review ends by writing `settings.lastReview`.
 * Loaded with the other commands, on first use (see ../commands/lazy.ts).
 */
import * as vscode from 'vscode';
import { overCommitWarning, joinNames, snoozedNext } from '../commands/contactRules';
import { pickPlan } from '../commands/planPicker';
import { validatePersonName } from '../commands/validators';
import { applyEditsPaced, reviewDueDate, reviewOf, type ListName, type PersonStatus, type PlanEdit, type Review, type ReviewSuggestion } from '../core';
import type { PlanSnapshot, PlanStore } from '../planStore';
import { showStep } from './quickStep';
import { LAPSED_ACTIONS, personRows, shownCount, untouchedActions, type ActionRow, type PersonRow } from './reviewItems';


const TOTAL_STEPS = 5;
type Outcome = 'next' | 'back' | 'again' | 'cancel';

interface InfoRow extends vscode.QuickPickItem {
  add?: ListName[];
}

class ReviewSession {
  /** People dealt with in this review (kept as they are): not offered again by the same step. */
  private readonly handled = new Set<string>();
  private changes = 0;
  private note = '';

  constructor(
    private readonly store: PlanStore,
    private readonly uri: vscode.Uri,
  ) {}

  private snapshot(): PlanSnapshot {
    const snapshot = this.store.snapshotFor(this.uri);
    if (!snapshot?.exists) throw new Error(vscode.l10n.t('The plan file is gone.'));
    return snapshot;
  }

  private review(): Review {
    const { viewPlan, view } = this.snapshot();
    return reviewOf(viewPlan, view, view.today);
  }

  private title(what: string): string {
    const note = this.note;
    this.note = '';
    return `Review Lists: ${what}${note ? ` — ${note}` : ''}`;
  }

  private async edit(edits: PlanEdit[], done: string): Promise<boolean> {
    const saved = await this.store.edit(this.uri, (text, plan, read) => applyEditsPaced(text, edits, plan, read));
    if (saved) {
      this.changes++;
      this.note = done;
    }
    return saved;
  }

  /** A step with nothing to do: one row that says why, Enter goes on. */
  private async nothing(step: number, what: string, why: string): Promise<Outcome> {
    const result = await showStep<vscode.QuickPickItem>({
      title: this.title(what),
      step,
      totalSteps: TOTAL_STEPS,
      placeholder: vscode.l10n.t('Press Enter for the next step'),
      items: [{ label: vscode.l10n.t('$(arrow-right) Next step'), detail: why }],
      many: false,
    });
    return result.kind === 'accept' ? 'next' : result.kind;
  }

  /** Checkboxes of people: the chosen ones, or an outcome (Enter with nothing checked is `next`). */
  private async choosePeople(step: number, what: string, placeholder: string, suggestions: readonly ReviewSuggestion[]): Promise<PersonStatus[] | Outcome> {
    const result = await showStep<PersonRow>({ title: this.title(what), step, totalSteps: TOTAL_STEPS, placeholder: placeholder + shownCount(suggestions.length), items: personRows(suggestions), many: true });
    if (result.kind !== 'accept') return result.kind;
    return result.items.length === 0 ? 'next' : result.items.map((row) => row.status);
  }

  private async chooseAction<A>(step: number, who: readonly PersonStatus[], rows: readonly ActionRow<A>[]): Promise<A | undefined> {
    const names = joinNames(who.map((s) => s.person.name));
    const result = await showStep({ title: vscode.l10n.t('Review Lists: {0}', names), step, totalSteps: TOTAL_STEPS, placeholder: vscode.l10n.t('What to do with {0}?', names), items: rows, many: false });
    return result.kind === 'accept' ? result.items[0]?.action : undefined;
  }

  /** Step 1: free building slots, and whom to start with (both lists first). */
  private async start(): Promise<Outcome> {
    const review = this.review();
    const { view, viewPlan } = this.snapshot();
    const max = viewPlan.settings.maxNewRelationships;
    const what = vscode.l10n.t('start where it is easiest');
    if (review.freeSlots === 0) {
      const building = joinNames(view.building.map((s) => s.person.name));
      return this.nothing(1, what, vscode.l10n.t('No building slot is free ({0} of {1}{2}). Do not over-commit: once one of them is "call anytime", a slot frees up.', view.building.length, max, building ? `: ${building}` : ''));
    }
    if (review.start.length === 0) return this.nothing(1, what, vscode.l10n.t('{0} of {1} building slots free, but nobody is planned: add people in step 5.', review.freeSlots, max));
    const chosen = await this.choosePeople(1, what, vscode.l10n.t('{0} of {1} building slots free: check whom to start building with, then Enter (Enter alone skips)', review.freeSlots, max), review.start);
    if (!Array.isArray(chosen)) return chosen;
    const names = chosen.map((s) => s.person.name);
    const warning = overCommitWarning(view, max, names);
    if (warning) {
      const choice = await vscode.window.showWarningMessage(vscode.l10n.t('Start building with {0}? {1}', joinNames(names), warning), { modal: true }, vscode.l10n.t('Move anyway'));
      if (choice !== vscode.l10n.t('Move anyway')) return 'again';
    }
    await this.edit(names.map((name): PlanEdit => ({ kind: 'setStage', name, stage: 'building', date: this.snapshot().view.today })), vscode.l10n.t('now building with {0}', joinNames(names)));
    return 'next';
  }

  /** Step 2: building relationships that look established. */
  private async established(): Promise<Outcome> {
    const { established } = this.review();
    const what = vscode.l10n.t('call anytime?');
    if (established.length === 0) {
      return this.nothing(2, what, vscode.l10n.t('No building relationship looks established yet (three contacts in a row on time, with something given and received).'));
    }
    const chosen = await this.choosePeople(2, what, vscode.l10n.t('These look established: check who is now "call anytime", then Enter (Enter alone skips)'), established);
    if (!Array.isArray(chosen)) return chosen;
    const names = chosen.map((s) => s.person.name);
    await this.edit(names.map((name): PlanEdit => ({ kind: 'setStage', name, stage: 'established', date: this.snapshot().view.today })), vscode.l10n.t('{0}: call anytime', joinNames(names)));
    return 'next';
  }

  /** Step 3: lapsed people: keep, snooze, pause or archive. */
  private async lapsed(): Promise<Outcome> {
    const lapsed = this.review().lapsed.filter((s) => !this.handled.has(s.status.person.key));
    const what = 'lapsed';
    if (lapsed.length === 0) return this.nothing(3, what, vscode.l10n.t('Nobody has lapsed: nobody is late by more than their cadence allows (settings.lapsedAfter).'));
    const chosen = await this.choosePeople(3, what, vscode.l10n.t('Long overdue: check whom to act on, then Enter (Enter alone goes on)'), lapsed);
    if (!Array.isArray(chosen)) return chosen;
    const action = await this.chooseAction(3, chosen, LAPSED_ACTIONS);
    if (action === undefined) return 'again';
    const names = chosen.map((s) => s.person.name);
    const today = this.snapshot().view.today;
    if (action === 'keep') {
      for (const s of chosen) this.handled.add(s.person.key);
      this.note = `kept ${joinNames(names)}`;
    } else if (action === 'pause') {
      await this.edit(names.map((name): PlanEdit => ({ kind: 'setStage', name, stage: 'paused', date: this.snapshot().view.today })), `paused ${joinNames(names)}`);
    } else if (action === 'archive') {
      await this.edit(names.map((name) => ({ kind: 'archive', name, date: today })), `archived ${joinNames(names)}`);
    } else {
      const days = action === 'snooze-week' ? 7 : 30;
      const edits: PlanEdit[] = chosen.map((s) => ({ kind: 'setField', name: s.person.name, field: 'next', value: snoozedNext(s, today, days) }));
      await this.edit(edits, `snoozed ${joinNames(names)}`);
    }
    return 'again';
  }

  /** Step 4: planned people untouched for a long time: keep, add to a list, or archive. */
  private async untouched(): Promise<Outcome> {
    const untouched = this.review().untouched.filter((s) => !this.handled.has(s.status.person.key));
    const what = 'planned, untouched';
    if (untouched.length === 0) return this.nothing(4, what, vscode.l10n.t('Every planned person was contacted or changed stage in the last 90 days.'));
    const chosen = await this.choosePeople(4, what, vscode.l10n.t('Never started: check whom to act on, then Enter (Enter alone goes on)'), untouched);
    if (!Array.isArray(chosen)) return chosen;
    const action = await this.chooseAction(4, chosen, untouchedActions(chosen));
    if (action === undefined) return 'again';
    const names = chosen.map((s) => s.person.name);
    if (action === 'keep') {
      for (const s of chosen) this.handled.add(s.person.key);
      this.note = `kept ${joinNames(names)}`;
    } else if (action === 'archive') {
      await this.edit(names.map((name) => ({ kind: 'archive', name, date: this.snapshot().view.today })), `archived ${joinNames(names)}`);
    } else {
      const adding = chosen.filter((s) => !s.person.lists.includes(action));
      await this.edit(adding.map((s) => ({ kind: 'addToList', name: s.person.name, list: action })), vscode.l10n.t('added {0} to a list', joinNames(adding.map((s) => s.person.name))));
      for (const s of chosen) this.handled.add(s.person.key);
    }
    return 'again';
  }

  /** Step 5: anyone new for either list; ends the review. */
  private async addNew(): Promise<Outcome> {
    const rows: InfoRow[] = [
      { label: vscode.l10n.t('$(check) Finish the review'), detail: vscode.l10n.t('Records today as the date of this review (settings.lastReview).') },
      { label: vscode.l10n.t('$(person-add) Add someone you know and like…'), add: ['like'] },
      { label: vscode.l10n.t('$(person-add) Add someone who can help your career…'), add: ['help'] },
      { label: vscode.l10n.t('$(person-add) Add someone on both lists…'), detail: vscode.l10n.t('The easiest place to start.'), add: ['like', 'help'] },
    ];
    const result = await showStep({ title: this.title(vscode.l10n.t('anyone new?')), step: 5, totalSteps: TOTAL_STEPS, placeholder: vscode.l10n.t('Anyone new to add to either list?'), items: rows, many: false });
    if (result.kind !== 'accept') return result.kind;
    const lists = result.items[0]?.add;
    if (!lists) return 'next';
    const keys = new Set(this.snapshot().viewPlan.people.map((p) => p.key));
    const name = await vscode.window.showInputBox({
      title: vscode.l10n.t('Review Lists: add a person'),
      prompt: vscode.l10n.t('Name (they are added as planned)'),
      placeHolder: vscode.l10n.t('e.g. Dana Lee'),
      ignoreFocusOut: true,
      validateInput: (value) => validatePersonName(value, keys),
    });
    if (name?.trim()) await this.edit([{ kind: 'addPerson', person: { name: name.trim(), lists, stage: 'planned' } }], `added ${name.trim()}`);
    return 'again';
  }

  private readonly steps: (() => Promise<Outcome>)[] = [() => this.start(), () => this.established(), () => this.lapsed(), () => this.untouched(), () => this.addNew()];

  /** Walks the steps; true when the review was finished (and recorded). */
  async run(): Promise<boolean> {
    let step = 0;
    while (step < this.steps.length) {
      const outcome = await this.steps[step]();
      if (outcome === 'cancel') return false;
      if (outcome === 'back') step = Math.max(0, step - 1);
      else if (outcome === 'next') step++;
    }
    return this.finish();
  }

  private async finish(): Promise<boolean> {
    const today = this.snapshot().view.today;
    if (this.snapshot().viewPlan.settings.lastReview !== today) {
      const saved = await this.store.edit(this.uri, (text, plan, read) => applyEditsPaced(text, [{ kind: 'setSetting', key: 'lastReview', value: today }], plan, read));
      if (!saved) return false;
    }
    const next = reviewDueDate(this.snapshot().viewPlan);
    const changes = this.changes === 0 ? vscode.l10n.t('no changes') : this.changes === 1 ? vscode.l10n.t('1 change') : vscode.l10n.t('{0} changes', this.changes);
    void vscode.window.showInformationMessage(vscode.l10n.t('Review done ({0}).', changes) + (next ? ' ' + vscode.l10n.t('The next one is due on {0}.', next) : ''));
    return true;
  }
}

/** `networkingPlan.reviewLists` (optionally for a plan or folder URI). True when the review was finished. */
export async function reviewLists(store: PlanStore, arg: unknown): Promise<boolean> {
  const snapshot = await pickPlan(store, arg, vscode.l10n.t('Review lists'), true);
  if (!snapshot) return false;
  if (!snapshot.plan.syntaxOk) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The plan has syntax errors: fix them first (see the Problems panel), then review your lists.'));
    return false;
  }
  return new ReviewSession(store, snapshot.uri).run();
}
