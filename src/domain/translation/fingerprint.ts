/**
 * The fingerprint a translation pins of the original prose it translates. Computed from
 * the text, not from git (commit dates break on rebase, squash and a fork's layers):
 * the same words give the same fingerprint wherever they are. Spacing and Unicode
 * normal form do not count, so re-wrapping a paragraph leaves its translations current.
 * SHA-256 from @noble/hashes, not node:crypto: the editor's preview of a translation
 * computes the same fingerprints in the browser, synchronously.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export function proseFingerprint(text: string): string {
  const normalised = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return bytesToHex(sha256(utf8ToBytes(normalised))).slice(0, 8);
}
