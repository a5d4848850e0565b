import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './paths';

// The demo opens on the product: the workbench keeps which view is showing in its own state (the browser's storage
// for code-server), which a fresh demo cannot set. So the demo runs the extension through a thin wrapper: the same
// manifest and the same built files, and once the extension is active it shows the Networking view and the plan.
// (code-server loads only one extension under development, so a separate helper extension would not do.)

const WRAPPER = `const vscode = require('vscode');
const product = require('./dist/extension.js');
exports.activate = async (context) => {
  const api = await product.activate(context);
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (folder) {
    void vscode.commands.executeCommand('workbench.view.extension.networkingPlan').then(() =>
      vscode.window.showTextDocument(vscode.Uri.joinPath(folder.uri, 'networking-plan.yaml'), { preview: false, preserveFocus: true }),
    );
  }
  return api;
};
exports.deactivate = () => (product.deactivate ? product.deactivate() : undefined);
`;

/** Writes the wrapper into `dir` (a temporary folder of the demo), linking the built extension; returns its folder. */
export function writeDemoExtension(dir: string): string {
  const folder = path.join(dir, 'networking-plan-demo');
  fs.mkdirSync(folder, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
  manifest.main = './demo-main.js';
  fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(path.join(folder, 'demo-main.js'), WRAPPER);
  // The built code is copied: VS Code gives `require('vscode')` only to modules inside the extension's folder, and Node
  // would see a linked file at its own path.
  fs.cpSync(path.join(repoRoot, 'dist'), path.join(folder, 'dist'), { recursive: true });
  const entries = ['media', 'README.md', 'LICENSE', 'l10n', ...fs.readdirSync(repoRoot).filter((f) => /^package\.nls\./.test(f))];
  for (const entry of entries.filter((e) => fs.existsSync(path.join(repoRoot, e)))) fs.symlinkSync(path.join(repoRoot, entry), path.join(folder, entry));
  return folder;
}
