/** Import People: the contacts parsers (csv-parse, ical.js) and the preview panel, loaded on first use (see ../lazy.ts). */
export { decodeContactsFile, ImportFileError, readContactsFile } from './contactsFile';
export { importPeople } from './importPeople';
export type { ImportPanel } from './importPanel';

declare module '../lazy' {
  interface LazyModules {
    import: typeof import('./lazy');
  }
}
