import { randomBytes } from 'node:crypto';

/** A fresh nonce for one page's scripts: 128 random bits, base64. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}
