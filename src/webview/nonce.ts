/**
 * A fresh nonce for one page's scripts: 128 random bits, hex. Web Crypto, which both Node's extension host and a
 * browser's web worker have.
 */
export function newNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
