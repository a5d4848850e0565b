import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NetworkingPlanApi } from '../../src/extension';
import { fixturePlanText, readPlanFromDisk, waitFor } from './helpers';
import { captureMessages, children, labelOf, snapshot, storeHas, usePlanApi } from './planApi';

interface ShownStep {
  title: string;
  step?: number;
  totalSteps?: number;
  placeholder: string;
  labels: string[];
  back: boolean;
}

type StepAnswer = { pick: (labels: string[]) => string[] } | 'back' | 'hide';

/** Stands in for `window.createQuickPick`: each quick pick shown is answered by the next of `answers`, and recorded. */
async function answeringQuickPicks<T>(answers: StepAnswer[], body: () => PromiseLike<T>): Promise<{ result: T; shown: ShownStep[] }> {
  const window = vscode.window as unknown as Record<string, unknown>;
  const original = window.createQuickPick;
  const queue = [...answers];
  const shown: ShownStep[] = [];
  window.createQuickPick = () => {
    const accept = new vscode.EventEmitter<void>();
    const hide = new vscode.EventEmitter<void>();
    const button = new vscode.EventEmitter<vscode.QuickInputButton>();
    const pick = {
      title: '',
      step: undefined as number | undefined,
      totalSteps: undefined as number | undefined,
      placeholder: '',
      canSelectMany: false,
      matchOnDescription: false,
      matchOnDetail: false,
      ignoreFocusOut: false,
      buttons: [] as vscode.QuickInputButton[],
      items: [] as vscode.QuickPickItem[],
      selectedItems: [] as vscode.QuickPickItem[],
      activeItems: [] as vscode.QuickPickItem[],
      onDidAccept: accept.event,
      onDidHide: hide.event,
      onDidTriggerButton: button.event,
      show() {
        setTimeout(() => {
          const labels = pick.items.map((i) => i.label);
          shown.push({ title: pick.title, step: pick.step, totalSteps: pick.totalSteps, placeholder: pick.placeholder, labels, back: pick.buttons.includes(vscode.QuickInputButtons.Back) });
          const answer = queue.shift();
          assert.ok(answer, `an unexpected quick pick: ${pick.title}`);
          if (answer === 'back') return button.fire(vscode.QuickInputButtons.Back);
          if (answer === 'hide') return hide.fire();
          const chosen = answer.pick(labels);
          pick.selectedItems = pick.items.filter((i) => chosen.includes(i.label));
          pick.activeItems = pick.selectedItems;
          accept.fire();
        }, 0);
      },
      dispose() {
        accept.dispose();
        hide.dispose();
        button.dispose();
      },
    };
    return pick;
  };
  try {
    const result = await body();
    assert.deepEqual(queue, [], 'every prepared answer was asked for');
    return { result, shown };
  } finally {
    window.createQuickPick = original;
  }
}

const choose = (...labels: (string | RegExp)[]): StepAnswer => ({
  pick: (shown) =>
    labels.map((label) => {
      const found = shown.find((l) => (typeof label === 'string' ? l === label : label.test(l)));
      assert.ok(found, `no "${label}" among ${shown.join(', ')}`);
      return found;
    }),
});
const nothing: StepAnswer = { pick: () => [] };

/** Answers the modal warnings with `answer`, recording each message and its buttons. */
async function answeringWarnings<T>(answer: string | undefined, body: () => PromiseLike<T>): Promise<{ result: T; asked: string[][] }> {
  const window = vscode.window as unknown as Record<string, unknown>;
  const original = window.showWarningMessage;
  const asked: string[][] = [];
  window.showWarningMessage = (message: string, ...rest: unknown[]) => {
    asked.push([message, ...rest.filter((r): r is string => typeof r === 'string')]);
    return Promise.resolve(answer);
  };
  try {
    return { result: await body(), asked };
  } finally {
    window.showWarningMessage = original;
  }
}

async function rootLabels(api: NetworkingPlanApi): Promise<string[]> {
  return (await children(api)).map(labelOf);
}

async function namesUnder(api: NetworkingPlanApi, label: string): Promise<string[]> {
  const root = (await children(api)).find((i) => labelOf(i) === label);
  return root ? (await children(api, root)).map(labelOf) : [];
}

describe('keeping the plan alive: archive, Review Lists, This Week and the filter', () => {
  let api!: NetworkingPlanApi;
  usePlanApi((found) => (api = found));
  afterEach(() => vscode.commands.executeCommand('networkingPlan.clearFilter'));

  it('archives a person into a collapsed Archived group, off every list and never due, then restores them', async () => {
    const today = api.store.today();
    assert.equal(await vscode.commands.executeCommand<boolean>('networkingPlan.archivePerson', 'Grace Hopper'), true);
    const archived = fixturePlanText().replace('    next: 2020-02-03\n', `    next: 2020-02-03\n    archived: ${today}\n`);
    assert.equal(readPlanFromDisk(), archived, 'one line added, everything else byte-identical');
    await storeHas(api, archived);
    assert.deepEqual(await rootLabels(api), ['Start here', 'Know & like', 'Can help my career', 'Not on a list', 'Archived']);
    const group = (await children(api)).find((i) => labelOf(i) === 'Archived')!;
    assert.equal(group.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const [grace] = await children(api, group);
    assert.deepEqual([labelOf(grace), grace.description, grace.contextValue, (grace.iconPath as vscode.ThemeIcon).id], ['Grace Hopper', 'archived', 'person.archived', 'archive']);
    assert.ok(!(await namesUnder(api, 'Can help my career')).includes('Grace Hopper'));
    assert.equal(api.treeView.badge?.value, 1);
    await waitFor(() => api.statusBar.shown?.text === '$(person) 1 due (1 overdue)', { message: 'the status bar to count only Ada' });
    assert.ok(!snapshot(api).plan.problems.some((p) => p.code === 'unknown-person'), 'her journal entries stay known');

    assert.equal(await vscode.commands.executeCommand<boolean>('networkingPlan.restorePerson', grace), true);
    assert.equal(readPlanFromDisk(), fixturePlanText());
    await storeHas(api, fixturePlanText());
    assert.ok(!(await rootLabels(api)).includes('Archived'));
  });

  it('offers Archive before Remove, and archives when chosen', async () => {
    const { result, asked } = await answeringWarnings('Archive', () => vscode.commands.executeCommand<boolean>('networkingPlan.removePerson', 'Ada Lovelace'));
    assert.equal(result, true);
    assert.equal(asked.length, 1);
    assert.deepEqual(asked[0].slice(1), ['Archive', 'Remove']);
    assert.match(asked[0][0], /Remove Ada Lovelace/);
    await storeHas(api, readPlanFromDisk());
    const ada = snapshot(api).plan.people.find((p) => p.name === 'Ada Lovelace');
    assert.equal(ada?.archived, api.store.today());
  });

  it('warns with names when Add Person would build past maxNewRelationships', async () => {
    const full = fixturePlanText().replace('maxNewRelationships: 3', 'maxNewRelationships: 2');
    await vscode.workspace.fs.writeFile(vscode.Uri.file(snapshot(api).uri.fsPath), Buffer.from(full));
    await storeHas(api, full);
    const window = vscode.window as unknown as Record<string, unknown>;
    const originals = { showInputBox: window.showInputBox, showQuickPick: window.showQuickPick };
    const inputs = ['Katherine Johnson', '', ''];
    window.showInputBox = () => Promise.resolve(inputs.shift());
    window.showQuickPick = async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>, options?: vscode.QuickPickOptions) => {
      const list = await items;
      if (options?.canPickMany) return list.filter((i) => i.label.toLowerCase().includes('like'));
      return list.find((i) => /^building/.test(i.label)) ?? list[0];
    };
    try {
      const { result, asked } = await answeringWarnings('Add as planned', () => vscode.commands.executeCommand<boolean>('networkingPlan.addPerson'));
      assert.equal(result, true);
      assert.equal(asked.length, 1);
      assert.match(asked[0][0], /Add Katherine Johnson as building\?.*Ada Lovelace.*Linus Pauling/);
      assert.deepEqual(asked[0].slice(1), ['Add anyway', 'Add as planned']);
    } finally {
      Object.assign(window, originals);
    }
    await storeHas(api, readPlanFromDisk());
    assert.equal(snapshot(api).plan.people.find((p) => p.name === 'Katherine Johnson')?.stage, 'planned');
  });

  it('walks Review Lists in five counted steps, one edit per change, and records the review', async () => {
    const today = api.store.today();
    const { result, shown } = await answeringQuickPicks(
      [
        choose('Margaret Hamilton'), // 1: one slot free; Margaret is on both lists
        choose(/Next step/), // 2: nobody looks established yet
        choose('Grace Hopper'), // 3: Ada and Grace lapsed; Grace left the company
        choose('Archive'),
        nothing, // 3 again: Ada stays
        choose(/Next step/), // 4: nobody planned is left
        choose(/Finish the review/), // 5
      ],
      () => captureMessages(() => vscode.commands.executeCommand<boolean>('networkingPlan.reviewLists')),
    );
    assert.equal(result.result, true);
    assert.deepEqual(
      shown.map((s) => [s.step, s.totalSteps, s.back]),
      [[1, 5, false], [2, 5, true], [3, 5, true], [3, 5, true], [3, 5, true], [4, 5, true], [5, 5, true]],
    );
    assert.match(shown[0].title, /^Review Lists: start where it is easiest/);
    assert.match(shown[0].placeholder, /1 of 3 building slots free/);
    assert.deepEqual(shown[2].labels, ['Ada Lovelace', 'Grace Hopper']);
    assert.match(shown[4].title, /archived Grace Hopper/);
    assert.deepEqual(shown[4].labels, ['Ada Lovelace']);
    assert.match(result.messages.join('\n'), /Review done \(2 changes\)\. The next one is due on \d{4}-\d{2}-\d{2}\./);

    const disk = readPlanFromDisk();
    const expected = fixturePlanText()
      .replace('  defaultCadence: every 2 weeks\n', `  defaultCadence: every 2 weeks\n  lastReview: ${today}\n`)
      .replace('    next: 2020-02-03\n', `    next: 2020-02-03\n    archived: ${today}\n`)
      .replace(/(- name: Margaret Hamilton\n {4}lists: \[like, help\]\n {4}stage: )planned/, '$1building')
      // The day of the change, so the brief can say since when.
      .replace('    notes: Ask Ada for an introduction.\n', `    notes: Ask Ada for an introduction.\n    history: [${today} building]\n`);
    assert.equal(disk, expected);
    await storeHas(api, disk);
    assert.equal(snapshot(api).plan.settings.lastReview, today);

    // Undo in the plan's editor takes back one change: the last one, recording the review.
    const document = await vscode.workspace.openTextDocument(snapshot(api).uri);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => !document.getText().includes('lastReview'), { message: 'Undo to take back lastReview' });
    assert.ok(document.getText().includes(`archived: ${today}`), 'the archive stays');
  });

  it('stops Review Lists on Escape without recording it, and goes back a step on Back', async () => {
    const { result, shown } = await answeringQuickPicks([nothing, 'back', 'hide'], () => vscode.commands.executeCommand<boolean>('networkingPlan.reviewLists'));
    assert.equal(result, false);
    assert.deepEqual(shown.map((s) => s.step), [1, 2, 1]);
    assert.equal(readPlanFromDisk(), fixturePlanText());
  });

  it('says when a review is due, in the People view and the status bar tooltip', async () => {
    // Never reviewed, first contact in 2019: due long ago.
    await waitFor(() => /Review Lists is due \(never reviewed\)/.test(api.treeView.message ?? ''), { message: 'the view message' });
    // The tooltip is Markdown: its text is escaped.
    assert.match((api.statusBar.shown?.tooltip ?? '').replace(/\\/g, ''), /Review Lists is due \(never reviewed\): keep your lists up to date\./);
    const reviewed = fixturePlanText().replace('  defaultCadence: every 2 weeks\n', `  defaultCadence: every 2 weeks\n  lastReview: ${api.store.today()}\n`);
    await vscode.workspace.fs.writeFile(snapshot(api).uri, Buffer.from(reviewed));
    await storeHas(api, reviewed);
    await waitFor(() => !/Review Lists/.test(api.treeView.message ?? ''), { message: 'the message to go once reviewed' });
    assert.doesNotMatch(api.statusBar.shown?.tooltip ?? '', /Review Lists/);
  });

  it('shows This Week: the late first, then day by day, with how; Log contact works on its items', async () => {
    const roots = (await api.weekTree.getChildren()) ?? [];
    assert.deepEqual(roots.map((r) => [r.label, r.description]), [['Overdue', '2 late']]);
    const late = (await api.weekTree.getChildren(roots[0])) ?? [];
    assert.deepEqual(late.map((i) => i.label), ['Ada Lovelace', 'Grace Hopper']);
    assert.match(String(late[1].description), /^coffee · \d+ days overdue · lapsed$/);
    assert.equal(late[0].command?.command, 'networkingPlan.revealPerson');

    const saved = await vscode.commands.executeCommand<boolean>('networkingPlan.logContact', late[0], { note: 'Coffee' });
    assert.equal(saved, true);
    await storeHas(api, readPlanFromDisk());
    await waitFor(async () => (await api.weekTree.getChildren())?.[0]?.description === '1 late', { message: 'This Week to drop Ada' });
  });

  it('filters the People view by words and stage, says so in the message, and clears', async () => {
    const window = vscode.window as unknown as Record<string, unknown>;
    const originals = { showInputBox: window.showInputBox, showQuickPick: window.showQuickPick };
    window.showInputBox = () => Promise.resolve('engineer');
    window.showQuickPick = async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>) => (await items).filter((i) => i.label === 'building');
    try {
      assert.equal(await vscode.commands.executeCommand<boolean>('networkingPlan.filterPeople'), true);
    } finally {
      Object.assign(window, originals);
    }
    assert.deepEqual(api.filter.current, { text: 'engineer', stages: ['building'], lists: undefined, due: undefined });
    await waitFor(() => (api.treeView.message ?? '').includes('Showing 1 of 5 people: “engineer”, building.'), { message: 'the filter in the view message' });
    assert.deepEqual(await rootLabels(api), ['Start here', 'Know & like', 'Can help my career']);
    assert.deepEqual(await namesUnder(api, 'Know & like'), ['Ada Lovelace']);
    assert.equal((await children(api)).find((i) => labelOf(i) === 'Know & like')?.description, '1 of 3');

    await vscode.commands.executeCommand('networkingPlan.filterPeople', { text: 'nobody-here' });
    const [none] = await children(api);
    assert.deepEqual([labelOf(none), none.command?.command], ['Nobody matches the filter', 'networkingPlan.clearFilter']);

    assert.equal(await vscode.commands.executeCommand<boolean>('networkingPlan.clearFilter'), true);
    assert.equal(api.filter.current, undefined);
    await waitFor(() => !(api.treeView.message ?? '').includes('Showing'), { message: 'the message to drop the filter' });
    assert.deepEqual(await namesUnder(api, 'Know & like'), ['Ada Lovelace', 'Linus Pauling', 'Margaret Hamilton']);
  });
});
