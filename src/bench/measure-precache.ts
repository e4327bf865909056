/**
 * The offline precache: how many files the service worker (dist/sw.js, written by
 * Workbox) downloads on a first visit and how many bytes they hold on disk. Null when
 * the site has no service worker.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parsePrecacheManifest } from './precache-manifest.ts';
import { pageUrl, siteFilePath } from './site-files.ts';

export interface PrecacheMeasurement {
  readonly entries: number;
  readonly bytes: number;
  /** Manifest URLs with no file in dist/ (their size is unknown, so not in `bytes`). */
  readonly missing: readonly string[];
}

export const SERVICE_WORKER_FILE = 'sw.js';

export async function measurePrecache(dist: string, basePath = '/'): Promise<PrecacheMeasurement | null> {
  const source = await readFile(path.join(dist, SERVICE_WORKER_FILE), 'utf8').catch(() => undefined);
  if (source === undefined) return null;
  const entries = parsePrecacheManifest(source);
  // Workbox writes entry URLs relative to the worker, which is served at the site's root.
  const workerDirectory = pageUrl('/', basePath);
  let bytes = 0;
  const missing: string[] = [];
  for (const entry of entries) {
    const file = siteFilePath(entry.url, workerDirectory, basePath);
    const size = file === undefined ? undefined : await stat(path.join(dist, file)).then((info) => info.size).catch(() => undefined);
    if (size === undefined) missing.push(entry.url);
    else bytes += size;
  }
  return { entries: entries.length, bytes, missing };
}
