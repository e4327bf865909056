import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
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
 * Writes the offline copy's service worker, sw.js, next to the built pages: Workbox's
 * generateSW precaches the files src/site/offline-precache.ts picks, with Workbox's
 * runtime inlined (nothing from a CDN). Astro runs integrations' astro:build:done in
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
        const { count, size, warnings } = await generateSW({
          globDirectory: outDir,
          globPatterns: ['**/*'],
          // The editor (Decap CMS) is large, needs the network and is never precached: not even listed.
          globIgnores: ['admin/**', 'sw.js'],
          manifestTransforms: [
            async (entries) => ({ manifest: entries.filter((entry) => isPrecachedFile(entry.url, context)), warnings: [] }),
          ],
          dontCacheBustURLsMatching: CONTENT_HASHED_URL,
          swDest: path.join(outDir, 'sw.js'),
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
          // Manifest URLs are relative to sw.js, so the same file works under any base path.
          // `/recipes/margherita/` is the precached `recipes/margherita/index.html`...
          directoryIndex: 'index.html',
          // ...and so is `/recipes/margherita/?scale=2`: the site is static, a query never
          // changes what the server sends (Pagefind's own `?ts=` included).
          ignoreURLParametersMatching: [/.*/],
          // The page that installed the worker is controlled at once, so "Available offline" is true
          // on the first visit; a new version waits until the cook chooses Reload (SKIP_WAITING).
          clientsClaim: true,
          skipWaiting: false,
          cleanupOutdatedCaches: true,
          runtimeCaching: [
            {
              // Any other page (a new one on the server, the editor, a mistyped address) comes from the
              // network; only when that fails does the cook see the site's 404 page, from the precache.
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkOnly',
              options: { precacheFallback: { fallbackURL: '404.html' } },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        // The build runs at logLevel 'warn' (src/cli/build.ts), which would swallow logger.info.
        console.log(offlineSummary(count, size));
        endBuildPhase('offline');
      },
    },
  };
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
