import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixturesDir } from './paths';
import { installVsix, packageFolder } from './vsix';

// code-server shows the workbench in another language only for a language pack listed in `languagepacks.json` in
// its user-data folder. VS Code's language-pack service writes that file when a pack is installed by a running server;
// `code-server --install-extension` installs the pack but never starts that service, so the file is written here
// from the installed packs' manifests, in the service's own format.

/** The German test pack (a few workbench strings): the workbench then runs with display language `de`. */
export const germanPackFolder = path.join(fixturesDir, 'language-pack-de');

/** Packages a language-pack folder and installs it into `extensionsDir`, as a user installs one. */
export function installLanguagePack(folder: string, extensionsDir: string, workDir: string): void {
  installVsix(packageFolder(folder, path.join(workDir, `${path.basename(folder)}.vsix`)), extensionsDir);
}

interface Localization {
  languageId: string;
  languageName?: string;
  localizedLanguageName?: string;
  translations: { id: string; path: string }[];
}

interface LanguagePack {
  hash: string;
  extensions: { extensionIdentifier: { id: string }; version: string }[];
  translations: Record<string, string>;
  label: string;
}

/** Writes `<userDataDir>/languagepacks.json` for the language packs installed in `extensionsDir`. */
export function registerLanguagePacks(extensionsDir: string, userDataDir: string): void {
  const packs: Record<string, LanguagePack> = {};
  for (const entry of fs.readdirSync(extensionsDir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const folder = path.join(extensionsDir, entry.name);
    const manifestFile = path.join(folder, 'package.json');
    if (!fs.existsSync(manifestFile)) continue;
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as {
      publisher: string;
      name: string;
      version: string;
      contributes?: { localizations?: Localization[] };
    };
    const id = `${manifest.publisher}.${manifest.name}`.toLowerCase();
    for (const localization of manifest.contributes?.localizations ?? []) {
      const pack = (packs[localization.languageId] ??= {
        hash: '',
        extensions: [],
        translations: {},
        label: localization.localizedLanguageName ?? localization.languageName ?? localization.languageId,
      });
      pack.extensions.push({ extensionIdentifier: { id }, version: manifest.version });
      for (const t of localization.translations) pack.translations[t.id] = path.join(folder, t.path);
    }
  }
  // As VS Code: the hash names the folder of the translations it generates, so it changes with the packs' versions.
  for (const pack of Object.values(packs)) {
    const hash = createHash('md5');
    for (const e of pack.extensions) hash.update(e.extensionIdentifier.id).update(e.version);
    pack.hash = hash.digest('hex');
  }
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(packs));
}
