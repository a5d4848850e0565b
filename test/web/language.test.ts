import * as vscode from 'vscode';
import type { NetworkingPlanApi } from '../../src/activate';
import * as assert from './assert';
import { fixturePlanText, fixtureText, openPlan, planUri, resetPlan, setDocumentText, storeHas, usePlanApi, waitFor, writePlanFile } from './helpers';

const SOURCE = 'Networking Plan';

function ourDiagnostics(): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(planUri()).filter((d) => d.source === SOURCE);
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

function positionOf(text: string, needle: string): vscode.Position {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" is in the text`);
  const before = text.slice(0, offset);
  return new vscode.Position(before.split('\n').length - 1, offset - (before.lastIndexOf('\n') + 1));
}

describe('language features in the web worker', () => {
  let api!: NetworkingPlanApi;
  usePlanApi((found) => (api = found));
  afterEach(async () => {
    await resetPlan(api);
    await waitFor(() => ourDiagnostics().length === 0, 'the fixture plan to have no problems again');
  });

  it('shows the problems of an invalid plan at their places, with a quick fix where it is clear', async () => {
    const invalid = await fixtureText('invalid-plan.yaml');
    await writePlanFile(invalid);
    const codes = await waitFor(() => {
      const shown = ourDiagnostics().map(codeOf).sort();
      return shown.length === 6 ? shown : undefined;
    }, 'six diagnostics');
    assert.deepEqual(codes, ['bad-cadence', 'bad-date', 'bad-stage', 'unknown-key', 'unknown-list', 'unknown-person']);
    const list = ourDiagnostics().find((d) => d.code === 'unknown-list')!;
    assert.deepEqual([list.range.start.line, list.range.start.character], [positionOf(invalid, 'hlp').line, positionOf(invalid, 'hlp').character]);
    const editor = await openPlan();
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', planUri(), list.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Change to "help"');
    assert.ok(fix?.edit, `a quick fix among ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(editor.document.getText().includes('lists: [like, help]'));
    await waitFor(() => !ourDiagnostics().some((d) => d.code === 'unknown-list'), 'the fixed problem to go away');
  });

  it('puts the due status, Log contact, Snooze and Brief above each person', async () => {
    const { document } = await openPlan();
    const lenses = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
      return found.length === 20 ? found : undefined;
    }, 'twenty code lenses (five people, four each)');
    const line = positionOf(await fixturePlanText(), 'name: Margaret Hamilton').line;
    assert.deepEqual(lenses.filter((l) => l.range.start.line === line).map((l) => l.command?.title), ['planned', 'Log contact', 'Snooze', 'Brief']);
  });

  it('completes people in a journal `with:`, who is due first, and shows a person on hover', async () => {
    const { document } = await openPlan();
    const text = `${await fixturePlanText()}  - date: 2026-01-01\n    with: [Ada Lovelace, `;
    await setDocumentText(document, text);
    await storeHas(api, text);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, document.positionAt(text.length));
    const people = list.items.filter((i) => i.kind === vscode.CompletionItemKind.User);
    const labels = people.sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.deepEqual(labels, ['Grace Hopper', 'Linus Pauling', 'Margaret Hamilton', 'Alan Kay']);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(text, 'Grace Hopper').translate(0, 2));
    const markdown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(markdown, /Grace Hopper[\s\S]*Director of Platform/);
  });
});
