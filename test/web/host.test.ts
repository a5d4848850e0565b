import * as vscode from 'vscode';
import * as assert from './assert';
import { extension, planApi, waitFor } from './helpers';

describe('the extension in the web worker extension host', () => {
  it('activates by itself on a workspace that has a plan', async () => {
    await waitFor(() => extension().isActive, 'the extension to activate (workspaceContains)');
  });

  it('registers every command it contributes', async () => {
    await planApi();
    const manifest = extension().packageJSON as { contributes: { commands: { command: string }[] } };
    const contributed = manifest.contributes.commands.map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((c) => !registered.has(c)), []);
  });
});
