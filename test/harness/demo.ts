import { spawn, spawnSync } from 'node:child_process';
import { startCodeServer } from './codeServer';
import * as path from 'node:path';
import { writeDemoExtension } from './demoExtension';
import { makeDemoWorkspace } from './demoPlan';
import { removeDir } from './paths';

// `npm start`: the extension on a demo workspace (a temporary copy of the demo plan), in desktop VS Code when a
// `code` command exists, otherwise in code-server on loopback; it opens with the Networking view showing and the
// plan in the editor. Ctrl+C stops everything and removes the copy.

function hasDesktopCode(): boolean {
  return process.env.NETWORKING_PLAN_DEMO_WEB === undefined && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
}

async function main(): Promise<void> {
  const { folder, tempDir } = makeDemoWorkspace();
  process.on('exit', () => removeDir(tempDir));
  const extension = writeDemoExtension(tempDir);
  const planFile = path.join(folder, 'networking-plan.yaml');
  if (hasDesktopCode()) {
    console.log(`Opening VS Code with Networking Plan on ${folder} (close the window or press Ctrl+C to stop).`);
    const args = ['--new-window', '--wait', `--extensionDevelopmentPath=${extension}`, folder, planFile];
    const code = spawn('code', args, { stdio: 'inherit' });
    process.on('SIGINT', () => code.kill('SIGTERM'));
    code.on('exit', (status) => process.exit(status ?? 0));
    return;
  }
  const server = await startCodeServer();
  const url = server.workbenchUrl(folder, { extensionPath: extension, openFile: planFile });
  console.log(`\nNetworking Plan is running in VS Code for the browser (code-server), on a copy of the demo plan.\n\n  Open ${url}\n\nPress Ctrl+C to stop.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
