import { spawn, spawnSync } from 'node:child_process';
import { startCodeServer } from './codeServer';
import { makeDemoWorkspace } from './demoPlan';
import { removeDir, repoRoot } from './paths';

// `npm start`: the extension on a demo workspace (a temporary copy of the demo plan), in desktop VS Code when a
// `code` command exists, otherwise in code-server on loopback. Ctrl+C stops everything and removes the copy.

function hasDesktopCode(): boolean {
  return process.env.NETWORKING_PLAN_DEMO_WEB === undefined && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
}

async function main(): Promise<void> {
  const { folder, tempDir } = makeDemoWorkspace();
  process.on('exit', () => removeDir(tempDir));
  if (hasDesktopCode()) {
    console.log(`Opening VS Code with Networking Plan on ${folder} (close the window or press Ctrl+C to stop).`);
    const code = spawn('code', ['--new-window', '--wait', `--extensionDevelopmentPath=${repoRoot}`, folder], { stdio: 'inherit' });
    process.on('SIGINT', () => code.kill('SIGTERM'));
    code.on('exit', (status) => process.exit(status ?? 0));
    return;
  }
  const server = await startCodeServer();
  const url = server.workbenchUrl(folder, { extensionPath: repoRoot });
  console.log(`\nNetworking Plan is running in VS Code for the browser (code-server), on a copy of the demo plan.\n\n  Open ${url}\n\nPress Ctrl+C to stop.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
