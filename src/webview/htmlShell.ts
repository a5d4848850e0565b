/**
 * The HTML page every panel starts from: a strict Content-Security-Policy (nothing by default; styles only from the
 * extension; scripts only with this page's nonce; images from the extension or inline data), the shared theme
 * stylesheet, and the panel's own styles and scripts. No inline handlers can run under this policy.
 */
import { escapeHtml } from './escapeHtml';

export interface ShellParts {
  /** `webview.cspSource`: where the extension's files are served from. */
  cspSource: string;
  nonce: string;
  title: string;
  /** Webview URIs (`webview.asWebviewUri`) of the stylesheets and scripts, in order. */
  styles: readonly string[];
  scripts: readonly string[];
  /** The body's markup, already escaped where it holds user text. */
  body: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [`default-src 'none'`, `style-src ${cspSource}`, `img-src ${cspSource} data:`, `font-src ${cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
}

export function htmlShell(parts: ShellParts): string {
  const styles = parts.styles.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n    ');
  const scripts = parts.scripts.map((src) => `<script nonce="${escapeHtml(parts.nonce)}" src="${escapeHtml(src)}"></script>`).join('\n    ');
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(parts.cspSource, parts.nonce))}">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>${escapeHtml(parts.title)}</title>
    ${styles}
  </head>
  <body>
    ${parts.body}
    ${scripts}
  </body>
</html>
`;
}
