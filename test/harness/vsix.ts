import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { codeServerEntry, makeTempDir, removeDir, repoRoot } from './paths';

const vsceCli = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');

/**
 * Packages the built extension (dist/ must be current) as `npm run package` does, into `outFile`.
 * --no-dependencies: the bundle has no runtime dependencies, and it keeps packaging offline.
 */
export function packageVsix(outFile: string): string {
  return packageFolder(repoRoot, outFile);
}

/** Packages the extension in `folder` (its package.json and files) into `outFile`. */
export function packageFolder(folder: string, outFile: string): string {
  execFileSync(process.execPath, [vsceCli, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', outFile], {
    cwd: folder,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (!fs.existsSync(outFile)) throw new Error(`vsce did not write ${outFile}`);
  return outFile;
}

/** Installs a .vsix into a code-server extensions folder, as a user would install it. */
export function installVsix(vsix: string, extensionsDir: string): void {
  const userData = makeTempDir('install-user-data');
  try {
    execFileSync(
      process.execPath,
      [codeServerEntry, '--config', '/dev/null', '--user-data-dir', userData, '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'],
      { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, EXTENSIONS_GALLERY: '{"serviceUrl":""}' } },
    );
  } finally {
    removeDir(userData);
  }
}

/** Packages the extension and installs it into `<dir>/extensions`, which is returned (for `startCodeServer`). */
export function packageAndInstall(dir: string): string {
  const extensionsDir = path.join(dir, 'extensions');
  installVsix(packageVsix(path.join(dir, 'networking-plan.vsix')), extensionsDir);
  return extensionsDir;
}
