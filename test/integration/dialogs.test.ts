import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { addDays, exchangeGlance } from '../../src/core';
import type { NetworkingPlanApi } from '../../src/extension';
import { fakeCreateQuickPick } from './fakeQuickPick';
import { readPlanFromDisk, workspaceRoot } from './helpers';
import { captureMessages, snapshot, storeHas, usePlanApi } from './planApi';

type Answer = (items: readonly vscode.QuickPickItem[] | vscode.InputBoxOptions, options?: vscode.QuickPickOptions) => unknown;

/** Answers the extension's input boxes and quick picks, in order, with `answers` (no UI shows). */
async function answering<T>(answers: { kind: 'input' | 'pick'; answer: Answer }[], body: () => PromiseLike<T>): Promise<T> {
  const window = vscode.window as unknown as Record<string, unknown>;
  const originals = { showInputBox: window.showInputBox, showQuickPick: window.showQuickPick, createQuickPick: window.createQuickPick };
  const queue = [...answers];
  const next = (kind: 'input' | 'pick') => {
    const step = queue.shift();
    assert.ok(step, `an unexpected ${kind}`);
    assert.equal(step.kind, kind, `expected a ${step.kind}, got a ${kind}`);
    return step.answer;
  };
  window.showInputBox = (options: vscode.InputBoxOptions) => Promise.resolve(next('input')(options));
  window.showQuickPick = async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>, options?: vscode.QuickPickOptions) =>
    next('pick')(await items, options);
  window.createQuickPick = fakeCreateQuickPick((items, options) => next('pick')(items, options));
  try {
    const result = await body();
    assert.deepEqual(queue, [], 'every prepared answer was asked for');
    return result;
  } finally {
    Object.assign(window, originals);
  }
}

function pickLabel(label: string | RegExp): Answer {
  return (items) => {
    const found = (items as readonly vscode.QuickPickItem[]).find((i) => (typeof label === 'string' ? i.label === label : label.test(i.label)));
    assert.ok(found, `no "${label}" among ${(items as vscode.QuickPickItem[]).map((i) => i.label).join(', ')}`);
    return found;
  };
}

/** Types each of `attempts` into the box; every one but the last must be refused with a message matching its pattern. */
function typeInto(attempts: [string, RegExp | undefined][]): Answer {
  return async (options) => {
    const box = options as vscode.InputBoxOptions;
    assert.ok(box.validateInput !== undefined, 'the input box validates as you type');
    for (const [value, refusal] of attempts) {
      const message: string | vscode.InputBoxValidationMessage | null | undefined = await box.validateInput(value);
      const text: string | undefined = typeof message === 'string' ? message : message?.message;
      if (refusal) assert.match(text ?? '', refusal, `"${value}"`);
      else assert.equal(text ?? undefined, undefined, `"${value}" is accepted`);
    }
    return attempts[attempts.length - 1][0];
  };
}

describe('commands driven through their input boxes and quick picks', () => {
  let api!: NetworkingPlanApi;
  usePlanApi((found) => (api = found));

  it('adds a person step by step, refusing a duplicate name and a bad cadence as they are typed', async () => {
    const saved = await answering(
      [
        { kind: 'input', answer: typeInto([['', /Enter a name/], ['ada LOVELACE', /already in the plan/], ['Katherine Johnson', undefined]]) },
        { kind: 'pick', answer: (items) => (items as vscode.QuickPickItem[]).slice() },
        { kind: 'input', answer: typeInto([['walk', undefined]]) },
        { kind: 'pick', answer: pickLabel('Custom…') },
        { kind: 'input', answer: typeInto([['sometimes', /not a cadence/], ['every 0 weeks', /at least 1/], ['3w', undefined]]) },
        { kind: 'pick', answer: pickLabel(/^planned/) },
      ],
      () => vscode.commands.executeCommand<boolean>('networkingPlan.addPerson'),
    );
    assert.equal(saved, true);
    await storeHas(api, readPlanFromDisk());
    const katherine = snapshot(api).plan.people.find((p) => p.name === 'Katherine Johnson');
    assert.ok(katherine);
    assert.deepEqual([katherine.lists, katherine.how, katherine.cadenceText, katherine.stage], [['like', 'help'], 'walk', '3w', 'planned']);
  });

  it('logs a first contact from a name (as a CodeLens does), with the date checked as typed', async () => {
    const today = api.store.today();
    const { result, messages } = await captureMessages(() =>
      answering(
        [
          { kind: 'input', answer: typeInto([['Coffee, first chat', undefined]]) },
          { kind: 'input', answer: typeInto([['2026-02-30', /not a day/], [addDays(today, 1), /in the future/], ['yesterday', /YYYY-MM-DD/], [addDays(today, -1), undefined]]) },
          { kind: 'input', answer: typeInto([['', undefined]]) },
          { kind: 'input', answer: typeInto([['An intro to her team', undefined]]) },
          // Nothing open with her yet, so no promises to mark kept: only the question whether I promised anything.
          { kind: 'input', answer: typeInto([['', undefined]]) },
        ],
        () => vscode.commands.executeCommand<boolean>('networkingPlan.logContact', 'Margaret Hamilton'),
      ),
    );
    assert.equal(result, true);
    const disk = readPlanFromDisk();
    assert.match(disk, new RegExp(`date: ${addDays(today, -1)}\\n\\s+with: \\[?Margaret Hamilton\\]?\\n\\s+note: Coffee, first chat\\n\\s+got: An intro to her team`));
    assert.ok(messages.some((m) => /First contact with Margaret Hamilton\. Move them from planned to building\?/.test(m)), messages.join('\n'));
  });

  it('shows due contacts, then snoozes the chosen one by a day', async () => {
    const today = api.store.today();
    const saved = await answering(
      [
        { kind: 'pick', answer: pickLabel('Grace Hopper') },
        { kind: 'pick', answer: pickLabel(/Snooze 1 day/) },
      ],
      () => vscode.commands.executeCommand<boolean>('networkingPlan.showDue'),
    );
    assert.equal(saved, true);
    await storeHas(api, readPlanFromDisk());
    assert.equal(snapshot(api).plan.people.find((p) => p.name === 'Grace Hopper')?.next, addDays(today, 1));
  });

  it('exports the calendar to a chosen file, never over the plan itself', async () => {
    const target = vscode.Uri.file(path.join(workspaceRoot(), 'contacts.ics'));
    assert.equal(await vscode.commands.executeCommand<boolean>('networkingPlan.exportCalendar', { target }), true);
    const ics = fs.readFileSync(target.fsPath, 'utf8');
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, /Ada Lovelace/);
    fs.rmSync(target.fsPath);
    const before = readPlanFromDisk();
    const { result } = await captureMessages(() =>
      vscode.commands.executeCommand<boolean>('networkingPlan.exportCalendar', { target: vscode.Uri.file(path.join(workspaceRoot(), 'networking-plan.yaml')) }),
    );
    assert.equal(result, false);
    assert.equal(readPlanFromDisk(), before);
  });

  it('opens the brief of a due person from the item button of Show Due Contacts', async () => {
    let buttons: string[] = [];
    const opened = await answering(
      [
        {
          kind: 'pick',
          answer: (items) => {
            const grace = (items as readonly vscode.QuickPickItem[]).find((i) => i.label === 'Grace Hopper');
            buttons = (grace?.buttons ?? []).map((b) => b.tooltip ?? '');
            return { itemButton: grace };
          },
        },
      ],
      () => vscode.commands.executeCommand<boolean>('networkingPlan.showDue'),
    );
    assert.deepEqual(buttons, ['Prepare for contact']);
    assert.equal(opened, true);
    assert.match(api.brief.current()!.body, /<h1>Grace Hopper<\/h1>/);
    api.brief.current()!.dispose();
  });

  it('adds a promise, shows it in Show Due, and offers it to mark kept when the next contact is logged', async () => {
    const today = api.store.today();
    assert.equal(await vscode.commands.executeCommand<boolean>('networkingPlan.addPromise', { name: 'Ada Lovelace', text: 'Send the team-topologies article' }), true);
    await storeHas(api, readPlanFromDisk());
    let detail = '';
    await answering(
      [{ kind: 'pick', answer: (items) => ((detail = (items as readonly vscode.QuickPickItem[]).find((i) => i.label === 'Ada Lovelace')?.detail ?? ''), undefined) }],
      () => vscode.commands.executeCommand<boolean>('networkingPlan.showDue'),
    );
    assert.match(detail, /You promised: Send the team-topologies article/);
    let offered: string[] = [];
    const saved = await answering(
      [
        { kind: 'input', answer: typeInto([['Lunch', undefined]]) },
        { kind: 'input', answer: typeInto([[today, undefined]]) },
        { kind: 'input', answer: typeInto([['', undefined]]) },
        { kind: 'input', answer: typeInto([['', undefined]]) },
        { kind: 'pick', answer: (items) => ((offered = (items as readonly vscode.QuickPickItem[]).map((i) => i.label)), items) },
        { kind: 'input', answer: typeInto([['Review her RFC', undefined]]) },
      ],
      () => vscode.commands.executeCommand<boolean>('networkingPlan.logContact', 'Ada Lovelace'),
    );
    assert.equal(saved, true);
    assert.deepEqual(offered, ['Send the team-topologies article']);
    const disk = readPlanFromDisk();
    assert.match(disk, new RegExp(`date: ${today}\\n\\s+with: \\[?Ada Lovelace\\]?\\n\\s+note: Lunch\\n\\s+promised: Review her RFC\\n\\s+kept: Send the team-topologies article`));
    await storeHas(api, disk);
    const ada = snapshot(api).view.people.find((s) => s.person.name === 'Ada Lovelace')!;
    assert.deepEqual(exchangeGlance(ada, snapshot(api).viewPlan.settings).promises.mine.map((p) => p.text), ['Review her RFC']);
  });
});
