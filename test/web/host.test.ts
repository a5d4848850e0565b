import * as vscode from 'vscode';
import * as assert from './assert';
import { extension, planApi, waitFor } from './helpers';

describe('the extension in the web worker extension host', () => {
  it('activates by itself on a workspace that has a plan', async () => {
    await waitFor(() => extension().isActive, 'the extension to activate (workspaceContains)');
  });

  it('runs its browser bundle in a web worker, with no Node at hand', async () => {
    const api = await planApi();
    assert.equal(api.host, 'web');
    const scope = globalThis as Record<string, unknown>;
    for (const name of ['process', 'Buffer', 'setImmediate', 'require']) assert.equal(typeof scope[name], 'undefined', name);
    assert.equal(typeof scope.importScripts, 'function', 'a worker global scope');
    assert.equal(extension().packageJSON.browser, './dist/web/extension.js');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    assert.ok(vscode.workspace.workspaceFolders?.every((f) => f.uri.scheme !== 'file'), 'the folder is reached through the remote file system');
  });

  it('registers every command it contributes', async () => {
    await planApi();
    const contributed = (extension().packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((c) => !registered.has(c)), []);
  });
});
