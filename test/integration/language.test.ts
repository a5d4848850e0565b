import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NetworkingPlanApi } from '../../src/extension';
import { activateExtension, EXTENSION_ID, fixturePlanText, openPlan, planUri, restorePlan, waitFor, writePlanOnDisk } from './helpers';
import { readPlan } from '../../src/core';
import { generatePlan } from '../bench/generatePlan';

const SOURCE = 'Networking Plan';
const INVALID = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'invalid-plan.yaml'), 'utf8');

function ourDiagnostics(): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(planUri()).filter((d) => d.source === SOURCE);
}

function rangeOf(text: string, needle: string): vscode.Range {
  const start = text.indexOf(needle);
  assert.ok(start >= 0 && text.indexOf(needle, start + 1) < 0, `"${needle}" appears once`);
  const position = (offset: number) => {
    const before = text.slice(0, offset);
    return new vscode.Position(before.split('\n').length - 1, offset - (before.lastIndexOf('\n') + 1));
  };
  return new vscode.Range(position(start), position(start + needle.length));
}

function rangeSummary(code: string, severity: string, range: vscode.Range): string {
  return `${code} ${severity} ${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** Our diagnostics' codes are plain texts. */
function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

function summary(d: vscode.Diagnostic): string {
  return rangeSummary(codeOf(d), d.severity === vscode.DiagnosticSeverity.Error ? 'error' : 'warning', d.range);
}

async function setDocumentText(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, document.validateRange(new vscode.Range(0, 0, document.lineCount + 1, 0)), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

function markdownOf(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe('language features in the plan file', () => {
  let api: NetworkingPlanApi;

  /** Waits until the plan store has read `text` (what the features show follows it, debounced). */
  const storeHasRead = (text: string) =>
    waitFor(() => api.store.snapshotFor(planUri())?.text === text, { message: 'the plan store to read the latest text' });

  before(async () => {
    api = (await activateExtension<NetworkingPlanApi>()).exports;
  });

  afterEach(async () => {
    await restorePlan();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await storeHasRead(fixturePlanText());
    await waitFor(() => ourDiagnostics().length === 0, { message: 'the fixture plan to have no problems again' });
  });

  it('shows the problems of an invalid plan with exact ranges, codes and severities, without opening it', async () => {
    writePlanOnDisk(INVALID);
    const expected = [
      ['bad-cadence', 'error', 'evry week'],
      ['unknown-list', 'error', 'hlp'],
      ['bad-stage', 'error', 'buildng'],
      ['unknown-key', 'warning', 'nmae'],
      ['bad-date', 'error', '2026-02-30'],
      ['unknown-person', 'warning', 'Linus'],
    ].map(([code, severity, needle]) => rangeSummary(code, severity, rangeOf(INVALID, needle)));
    const actual = await waitFor(() => {
      const shown = ourDiagnostics().map(summary).sort();
      return shown.length === expected.length ? shown : undefined;
    }, { message: 'six diagnostics' });
    assert.deepEqual(actual, [...expected].sort());
    assert.ok(ourDiagnostics().every((d) => d.message.length > 10));
  });

  it('lists errors first when a plan has more problems than VS Code shows, and says how many more there are', async () => {
    const entries = Array.from({ length: 1200 }, (_, i) => `  - date: ${i < 10 ? '2026-02-30' : '2026-01-02'}\n    with: Stranger ${i}\n`);
    writePlanOnDisk(`${fixturePlanText()}${entries.join('')}`);
    const shown = await waitFor(() => {
      const all = vscode.languages.getDiagnostics(planUri()).filter((d) => d.source === SOURCE);
      return all.length === 1000 ? all : undefined;
    }, { message: 'a thousand diagnostics' });
    const count = (severity: vscode.DiagnosticSeverity) => shown.filter((d) => d.severity === severity).length;
    assert.deepEqual([count(vscode.DiagnosticSeverity.Error), count(vscode.DiagnosticSeverity.Warning)], [10, 989]);
    const more = shown.find((d) => d.severity === vscode.DiagnosticSeverity.Information);
    assert.match(more?.message ?? '', /^211 more problems/);
  });

  it('fixes a misspelled list with the preferred quick fix, which removes the problem', async () => {
    writePlanOnDisk(INVALID);
    const editor = await openPlan();
    // The editor must hold what is on disk before the fix edits it: an edit of an older text would make the restoring
    // save afterwards a conflict with the disk, which VS Code asks the user about.
    await waitFor(() => editor.document.getText() === INVALID, { message: 'the editor to hold the plan on disk' });
    await waitFor(() => ourDiagnostics().some((d) => d.code === 'unknown-list'), { message: 'the unknown-list diagnostic' });
    const range = rangeOf(INVALID, 'hlp');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', planUri(), range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Change to "help"');
    assert.ok(fix?.edit, `a quick fix among ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(editor.document.getText().includes('lists: [like, help]'));
    const codes = await waitFor(() => {
      const now = ourDiagnostics().map(codeOf);
      return now.includes('unknown-list') ? undefined : now;
    }, { message: 'the unknown-list diagnostic to go away' });
    assert.deepEqual(codes.sort(), ['bad-cadence', 'bad-date', 'bad-stage', 'unknown-key', 'unknown-person']);
  });

  it('offers no quick fix where the fix is not clear', async () => {
    writePlanOnDisk(INVALID);
    await openPlan();
    await waitFor(() => ourDiagnostics().some((d) => d.code === 'bad-cadence'), { message: 'the bad-cadence diagnostic' });
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', planUri(), rangeOf(INVALID, 'evry week'), vscode.CodeActionKind.QuickFix.value);
    assert.deepEqual(actions.filter((a) => a.title.startsWith('Change to')), []);
  });

  it('clears the diagnostics when the plan file is deleted', async () => {
    writePlanOnDisk(INVALID);
    await waitFor(() => ourDiagnostics().length === 6, { message: 'six diagnostics' });
    fs.unlinkSync(planUri().fsPath);
    await waitFor(() => ourDiagnostics().length === 0, { message: 'the diagnostics to be cleared' });
  });

  it('puts the due status, Log contact, Snooze and Brief above each person', async () => {
    const { document } = await openPlan();
    const lenses = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
      return found.length === 20 ? found : undefined;
    }, { message: 'twenty code lenses (five people, four each)' });
    const text = fixturePlanText();
    const titlesAt = (name: string) => {
      const line = rangeOf(text, `name: ${name}`).start.line;
      return lenses.filter((l) => l.range.start.line === line).map((l) => l.command?.title);
    };
    assert.match(titlesAt('Ada Lovelace')[0]!, /^\d+ days overdue$/);
    assert.match(titlesAt('Grace Hopper')[0]!, /^\d+ days overdue$/);
    assert.match(titlesAt('Linus Pauling')[0]!, /^due in \d+ days$/);
    assert.deepEqual(titlesAt('Margaret Hamilton'), ['planned', 'Log contact', 'Snooze', 'Brief']);
    assert.deepEqual(titlesAt('Alan Kay'), ['paused', 'Log contact', 'Snooze', 'Brief']);
    const log = lenses.find((l) => l.command?.command === 'networkingPlan.logContact');
    const [name, uri] = (log?.command?.arguments ?? []) as unknown[];
    assert.equal(name, 'Ada Lovelace');
    assert.equal(String(uri), planUri().toString());
  });

  it('follows unsaved typing: a person added in the buffer gets a CodeLens', async () => {
    const { document } = await openPlan();
    const text = fixturePlanText().replace('journal:', '  - name: Barbara Liskov\n    stage: building\n\njournal:');
    await setDocumentText(document, text);
    const line = rangeOf(text, 'name: Barbara Liskov').start.line;
    const titles = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
      const here = found.filter((l) => l.range.start.line === line).map((l) => l.command?.title);
      return here.length > 0 ? here : undefined;
    }, { message: 'a lens for the new person' });
    assert.deepEqual(titles, ['due today', 'Log contact', 'Snooze', 'Brief']);
  });

  it('completes people in a journal `with:`, who is due first', async () => {
    const { document } = await openPlan();
    const text = `${fixturePlanText()}  - date: 2026-01-01\n    with: [Ada Lovelace, `;
    await setDocumentText(document, text);
    await storeHasRead(text);
    const end = document.positionAt(text.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end);
    const people = list.items.filter((i) => i.kind === vscode.CompletionItemKind.User);
    const labels = people.sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.deepEqual(labels, ['Grace Hopper', 'Linus Pauling', 'Margaret Hamilton', 'Alan Kay']);
  });

  it('completes people in a plan of hundreds a page at a time, and more as you type', async () => {
    const { document } = await openPlan();
    const plan = generatePlan(260, { seed: 13 });
    const people = readPlan(plan).people.map((p) => p.name);
    // Read once whole, so that the people offered while the new entry is half-typed (and the YAML broken) are these.
    await setDocumentText(document, plan);
    await storeHasRead(plan);
    const text = `${plan}  - date: 2026-01-01\n    with: [`;
    await setDocumentText(document, text);
    await storeHasRead(text);
    const complete = async (typed: string) => {
      const withTyped = text + typed;
      if (document.getText() !== withTyped) await setDocumentText(document, withTyped);
      const at = document.positionAt(withTyped.length);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, at);
      return { list, labels: list.items.filter((i) => i.kind === vscode.CompletionItemKind.User).map((i) => (typeof i.label === 'string' ? i.label : i.label.label)) };
    };
    const first = await complete('');
    assert.equal(first.labels.length, 200, 'one page of people');
    assert.equal(first.list.isIncomplete, true, 'VS Code asks again as the user types');
    const last = people[people.length - 1];
    assert.ok(!first.labels.includes(last) || people.length <= 200);
    const typed = await complete(last.slice(0, 6));
    assert.ok(typed.labels.includes(last), `${last} is offered once its first letters are typed`);
  });

  it('completes stages', async () => {
    const { document } = await openPlan();
    const text = fixturePlanText().replace('stage: paused', 'stage: p');
    await setDocumentText(document, text);
    const at = rangeOf(text, 'stage: p\n').start.translate(0, 'stage: p'.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, at);
    const labels = list.items.filter((i) => i.kind === vscode.CompletionItemKind.EnumMember).map((i) => i.label);
    assert.deepEqual(labels, ['planned', 'building', 'established', 'paused']);
  });

  it('shows a person on hover, with their name escaped', async () => {
    const { document } = await openPlan();
    const hostile = '[x](command:workbench.action.files.delete) <img src=x>';
    const text = fixturePlanText().replace('journal:', `  - name: ${JSON.stringify(hostile)}\n\njournal:`);
    await setDocumentText(document, text);
    const grace = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, rangeOf(text, 'Grace Hopper').start.translate(0, 2));
    assert.match(markdownOf(grace), /Grace Hopper[\s\S]*Director of Platform/);
    const markdown = await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, rangeOf(text, 'command:').start);
      const value = markdownOf(hovers);
      return value.includes('\\[x\\]') ? value : undefined;
    }, { message: 'a hover for the new person' });
    assert.ok(!/(^|[^\\])\[x/.test(markdown) && !/(^|[^\\])<img/.test(markdown), markdown);
  });

  it('keeps working while the YAML is broken: a syntax diagnostic, and hover from the last readable plan', async () => {
    const { document } = await openPlan();
    const text = fixturePlanText().replace('lists: [help]', 'lists: [help');
    await setDocumentText(document, text);
    await waitFor(() => ourDiagnostics().some((d) => d.code === 'yaml-syntax'), { message: 'a yaml-syntax diagnostic' });
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, rangeOf(text, 'name: Ada Lovelace').start.translate(0, 'name: '.length));
    assert.match(markdownOf(hovers), /Ada Lovelace[\s\S]*syntax errors/);
  });

  it('checks a large plan whose YAML breaks off the main thread: the exact errors of a full read, the last good plan kept', async () => {
    const { document } = await openPlan();
    const good = generatePlan(80, { seed: 12 });
    assert.ok(good.length > 100_000, 'large enough to be read in slices, and parsed whole in a worker');
    const extensionPath = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
    assert.ok(fs.existsSync(path.join(extensionPath, 'dist', 'planReadWorker.js')), 'the worker is beside the extension');
    await setDocumentText(document, good);
    await storeHasRead(good);
    const at = good.indexOf('    note: ', good.length >> 1) + '    note: '.length;
    const broken = `${good.slice(0, at)}[${good.slice(at)}`;
    await setDocumentText(document, broken);
    await storeHasRead(broken);
    const current = api.store.snapshotFor(planUri())!;
    assert.deepEqual(current.plan, readPlan(broken), 'what a plain read of the whole text gives');
    assert.equal(current.plan.syntaxOk, false);
    assert.ok(current.stale && current.viewPlan.syntaxOk && current.view.people.length === 80, 'the tree keeps the last good plan');
    const first = current.plan.problems.find((p) => p.code === 'yaml-syntax')!;
    await waitFor(() => ourDiagnostics().some((d) => d.code === 'yaml-syntax' && d.range.start.isEqual(document.positionAt(first.span.start))), {
      message: 'the syntax error at its place',
    });
    await setDocumentText(document, good);
    await storeHasRead(good);
    assert.equal(api.store.snapshotFor(planUri())!.plan.syntaxOk, true);
  });
});
