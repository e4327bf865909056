/**
 * The fingerprint a translation pins of the original prose it translates. Computed from
 * the text, not from git (commit dates break on rebase, squash and a fork's layers):
 * the same words give the same fingerprint wherever they are. Spacing and Unicode
 * normal form do not count, so re-wrapping a paragraph leaves its translations current.
 */
import { createHash } from 'node:crypto';

export function proseFingerprint(text: string): string {
  const normalised = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 8);
}
