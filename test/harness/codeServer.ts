import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { registerLanguagePacks } from './languagePack';
import { codeServerEntry, makeTempDir, removeDir } from './paths';
import { exited, freePort, killProcessGroup, waitUntilReady, withTimeout } from './processes';

export interface CodeServerOptions {
  /** Where installed extensions live (see `installVsix`); a fresh empty folder by default. */
  extensionsDir?: string;
  /** Extra environment for the server; it reaches the extension host too. */
  env?: Record<string, string>;
  /** Show the server's own output (for the demo). */
  verbose?: boolean;
  /** Extra user settings on top of the quiet defaults. */
  settings?: Record<string, unknown>;
  /** Display language (`--locale`): other than English, its language pack must be installed in `extensionsDir`. */
  locale?: string;
}

export interface DevelopmentTarget {
  /** The extension under development (a folder with its package.json). */
  extensionPath?: string;
  /** The tests' module (exports `run(): Promise<void>`), run in the extension host. */
  testsPath?: string;
  /** A file to open in the editor when the workbench starts. */
  openFile?: string;
}

export interface CodeServer {
  readonly origin: string;
  readonly extensionsDir: string;
  /** The workbench on `folder` (a folder, or a `.code-workspace` file). */
  workbenchUrl(folder: string, target?: DevelopmentTarget): string;
  stop(): Promise<void>;
}

const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Starts code-server on a free loopback port, in its own process group and state folder. */
export async function startCodeServer(options: CodeServerOptions = {}): Promise<CodeServer> {
  if (!fs.existsSync(codeServerEntry)) {
    throw new Error('code-server is not installed: run `bash test/harness/install.sh`');
  }
  const state = makeTempDir('code-server');
  const userData = path.join(state, 'user-data');
  const extensionsDir = options.extensionsDir ?? path.join(state, 'extensions');
  const tmp = path.join(state, 'tmp');
  for (const dir of [path.join(userData, 'User'), extensionsDir, tmp]) fs.mkdirSync(dir, { recursive: true });
  const settings = { ...QUIET_SETTINGS, ...options.settings };
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  if (options.locale) registerLanguagePacks(extensionsDir, userData);

  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      codeServerEntry,
      '--config', '/dev/null',
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir', userData,
      '--extensions-dir', extensionsDir,
      ...(options.locale ? ['--locale', options.locale] : []),
    ],
    {
      detached: true,
      stdio: ['ignore', options.verbose ? 'inherit' : 'ignore', options.verbose ? 'inherit' : 'ignore'],
      env: { ...process.env, ...options.env, TMPDIR: tmp, EXTENSIONS_GALLERY: '{"serviceUrl":""}' },
    },
  );
  // Extension hosts outlive SIGTERM and keep the server's group: however this process ends, kill the whole group.
  const cleanUp = (): void => {
    killProcessGroup(child, 'SIGKILL');
    removeDir(state);
  };
  process.on('exit', cleanUp);
  // Ctrl+C or a runner's timeout: leave through 'exit', so that the clean-up runs there.
  const exitOnSignal = (): void => process.exit(130);
  for (const signal of STOP_SIGNALS) process.on(signal, exitOnSignal);

  const origin = `http://127.0.0.1:${port}`;
  let stopped = false;
  const server: CodeServer = {
    origin,
    extensionsDir,
    workbenchUrl: (folder, target = {}) => workbenchUrl(origin, port, folder, target),
    async stop() {
      if (stopped) return;
      stopped = true;
      killProcessGroup(child, 'SIGTERM');
      await withTimeout(exited(child), 2000);
      process.off('exit', cleanUp);
      for (const signal of STOP_SIGNALS) process.off(signal, exitOnSignal);
      cleanUp();
    },
  };
  try {
    await waitUntilReady(origin, child, 30_000);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

function workbenchUrl(origin: string, port: number, folder: string, target: DevelopmentTarget): string {
  const remote = (p: string): string => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
  const payload: [string, string][] = [];
  if (target.extensionPath) payload.push(['extensionDevelopmentPath', remote(target.extensionPath)]);
  if (target.testsPath) payload.push(['extensionTestsPath', remote(target.testsPath)]);
  if (target.openFile) payload.push(['openFile', remote(target.openFile)]);
  const query = new URLSearchParams({ [folder.endsWith('.code-workspace') ? 'workspace' : 'folder']: path.resolve(folder) });
  if (payload.length > 0) query.set('payload', JSON.stringify(payload));
  return `${origin}/?${query.toString()}`;
}
