/** The Insights page's shell: escaping, nonces and a strict Content-Security-Policy. No `vscode` import, so it renders in unit tests. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` safe as HTML text and inside a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** A fresh random nonce for one page's script and style (from the platform's CSPRNG). */
export function makeNonce(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(24));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

export interface ShellParts {
  title: string;
  /** The webview's `cspSource` (its own resources only). */
  cspSource: string;
  nonce: string;
  style: string;
  body: string;
  script: string;
}

/** The Content-Security-Policy: nothing by default; style and script only with the page's nonce; images only from the extension. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [`default-src 'none'`, `img-src ${cspSource} data:`, `style-src 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`, `font-src ${cspSource}`].join('; ');
}

/** A whole page: the body is already escaped HTML; style and script are the extension's own text. */
export function shellHtml(parts: ShellParts): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(parts.cspSource, parts.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(parts.title)}</title>
<style nonce="${parts.nonce}">${parts.style}</style>
</head>
<body>
${parts.body}
<script nonce="${parts.nonce}">${parts.script}</script>
</body>
</html>`;
}
