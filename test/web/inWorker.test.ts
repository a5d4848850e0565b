import * as vscode from 'vscode';
import * as assert from './assert';
import { extension, planApi } from './helpers';

describe('the extension host these tests run in', () => {
  it('runs its browser bundle in a web worker, with no Node at hand', async () => {
    const api = await planApi();
    assert.equal(api.host, 'web');
    const scope = globalThis as Record<string, unknown>;
    for (const name of ['process', 'Buffer', 'setImmediate', 'require']) assert.equal(typeof scope[name], 'undefined', name);
    assert.equal(typeof scope.importScripts, 'function', 'a worker global scope');
    assert.equal((extension().packageJSON as { browser?: string }).browser, './dist/web/extension.js');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    assert.ok(vscode.workspace.workspaceFolders?.every((f) => f.uri.scheme !== 'file'), 'no folder is on a disk of the extension host');
  });
});
