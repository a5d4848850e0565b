/** The parts every webview panel of the extension is built from (see `panel.ts`). */
export { escapeHtml } from './escapeHtml';
export { contentSecurityPolicy, htmlShell, type ShellParts } from './htmlShell';
export { messageOf, oneOf, type MessageGuard } from './messages';
export { Panel, PanelSlot, RESOURCE_FOLDERS, type PanelOptions } from './panel';
