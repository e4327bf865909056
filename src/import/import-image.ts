/**
 * The photo `--image` gives an imported recipe: only from a file or address the user
 * names (never taken from the page on its own), no bigger than MAX_IMAGE_BYTES, and
 * only when its bytes are a jpg, png, webp or avif image, whatever its name says. It
 * is then checked again, with the binder's media, by the hostile-input gate.
 */
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { imageExtensionOf } from '../binder/safety/media-files.ts';
import { fetchLimited, megabytes } from './fetch-limited.ts';

/** A dish photo is rarely over 2 MB; a bigger one slows every cook's page. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export interface ImportedImage {
  readonly bytes: Uint8Array;
  /** `.jpg`, `.png`, `.webp` or `.avif`, from the bytes. */
  readonly extension: string;
}

/** Why the image cannot be used; nothing is written. */
export class ImageImportError extends Error {
  override name = 'ImageImportError';
}

export async function readImage(input: string, cwd: string, fetchPage: typeof fetch = fetch): Promise<ImportedImage> {
  const bytes = /^https?:\/\//i.test(input) ? await fetchImage(input, fetchPage) : await readImageFile(path.resolve(cwd, input), input);
  const extension = imageExtensionOf(Buffer.from(bytes.subarray(0, 16)));
  if (!extension) throw new ImageImportError(`--image ${input} is not a jpg, png, webp or avif image (its bytes say otherwise, whatever its name) — save the photo as one of those and give that file`);
  return { bytes, extension };
}

async function readImageFile(absolute: string, shown: string): Promise<Uint8Array> {
  const stats = await lstat(absolute).catch(() => undefined);
  if (!stats) throw new ImageImportError(`--image ${shown} does not exist — check the path`);
  if (stats.isSymbolicLink() || !stats.isFile()) throw new ImageImportError(`--image ${shown} is not a regular file (a link or a folder) — give the photo's own file`);
  if (stats.size > MAX_IMAGE_BYTES) throw new ImageImportError(`--image ${shown} is ${megabytes(stats.size)}, over the ${megabytes(MAX_IMAGE_BYTES)} a photo may be — make it smaller (1600 px wide is plenty)`);
  return readFile(absolute);
}

async function fetchImage(url: string, fetchPage: typeof fetch): Promise<Uint8Array> {
  const fetched = await fetchLimited(url, MAX_IMAGE_BYTES, fetchPage, 'image/*');
  switch (fetched.kind) {
    case 'unreachable':
      throw new ImageImportError(`--image ${url} could not be fetched (${fetched.reason}) — download it and give the file`);
    case 'status':
      throw new ImageImportError(`--image ${url} answered HTTP ${fetched.status} — check the address, or download the photo and give the file`);
    case 'too-big':
      throw new ImageImportError(`--image ${url} is over the ${megabytes(MAX_IMAGE_BYTES)} a photo may be`);
  }
  return fetched.bytes;
}
