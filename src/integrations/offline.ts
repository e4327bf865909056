import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import esbuild from 'esbuild';
import { injectManifest } from 'workbox-build';
import { endBuildPhase } from './build-phases.ts';
import {
  type BuiltPage,
  CONTENT_HASHED_URL,
  PagefindBundleMissingError,
  editorOnlyAssets,
  isPrecachedFile,
  offlineSummary,
  pagefindWasmLanguages,
} from '../site/offline-precache.ts';

/**
 * Writes the offline copy's service worker, sw.js, next to the built pages: our worker
 * (src/offline/service-worker.ts, with Workbox's runtime bundled in by esbuild, nothing
 * from a CDN), into which Workbox's injectManifest writes the precache manifest of the
 * files src/site/offline-precache.ts picks. Astro runs integrations' astro:build:done in
 * the order astro.config.mjs lists them, so this one must come after binderIntegration,
 * whose hook writes the Pagefind index it precaches. Only `astro build` runs this hook:
 * `npm start` (dev) never has a service worker.
 */
export function offlineIntegration(): AstroIntegration {
  return {
    name: 'open-franchise:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const context = {
          wasmLanguages: pagefindWasmLanguages(await readPagefindEntry(outDir)),
          editorOnlyAssets: editorOnlyAssets(await readPages(outDir)),
        };
        const swSrc = await bundleServiceWorker();
        try {
          const { count, size, warnings } = await injectManifest({
            swSrc,
            swDest: path.join(outDir, 'sw.js'),
            globDirectory: outDir,
            globPatterns: ['**/*'],
            // The editor (Decap CMS) is large, needs the network and is never precached: not even listed.
            globIgnores: ['admin/**', 'sw.js'],
            manifestTransforms: [
              async (entries) => ({ manifest: entries.filter((entry) => isPrecachedFile(entry.url, context)), warnings: [] }),
            ],
            dontCacheBustURLsMatching: CONTENT_HASHED_URL,
          });
          for (const warning of warnings) logger.warn(warning);
          // The build runs at logLevel 'warn' (src/cli/build.ts), which would swallow logger.info.
          console.log(offlineSummary(count, size));
        } finally {
          await rm(path.dirname(swSrc), { recursive: true, force: true });
        }
        endBuildPhase('offline');
      },
    },
  };
}

/** src/offline/service-worker.ts with Workbox bundled in, minified, in a temp folder (its path is returned). */
async function bundleServiceWorker(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'open-franchise-sw-'));
  const swSrc = path.join(folder, 'sw.js');
  await esbuild.build({
    entryPoints: [fileURLToPath(new URL('../offline/service-worker.ts', import.meta.url))],
    outfile: swSrc,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    // Workbox's modules log only when this is not 'production'.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return swSrc;
}

async function readPagefindEntry(outDir: string): Promise<string> {
  try {
    return await readFile(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8');
  } catch {
    throw new PagefindBundleMissingError('pagefind/pagefind-entry.json is not in the built site');
  }
}

async function readPages(outDir: string): Promise<BuiltPage[]> {
  const files = (await readdir(outDir, { recursive: true })).map((file) => file.split(path.sep).join('/')).filter((file) => file.endsWith('.html'));
  return Promise.all(files.map(async (file) => ({ file, html: await readFile(path.join(outDir, file), 'utf8') })));
}
