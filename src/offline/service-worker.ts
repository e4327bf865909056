/**
 * The offline copy's service worker, sw.js: built by src/integrations/offline.ts, which
 * bundles this file with esbuild and lets Workbox's injectManifest put the precache
 * manifest where `self.__WB_MANIFEST` stands. Being our own source (rather than
 * Workbox's generateSW writing one) means no Babel or Terser pass over a manifest that
 * grows with the binder: at 10,000 entries that pass cost seconds per build.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';

/** What this file uses of the worker's global scope (the DOM types the project compiles with do not describe a worker). */
declare const self: {
  /** Replaced by the precache manifest when the site is built. */
  readonly __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
  addEventListener(type: 'message', listener: (event: { data?: { type?: string } }) => void): void;
  addEventListener(type: 'activate', listener: () => void): void;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
};

// A new version waits until the cook chooses Reload, which posts SKIP_WAITING (src/scripts/offline-status.ts).
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
// The page that installed the worker is controlled at once, so "Available offline" is true on the first visit.
self.addEventListener('activate', () => void self.clients.claim());

// Manifest URLs are relative to sw.js, so the same file works under any base path.
precacheAndRoute(self.__WB_MANIFEST, {
  // `/recipes/margherita/` is the precached `recipes/margherita/index.html`...
  directoryIndex: 'index.html',
  // ...and so is `/recipes/margherita/?scale=2`: the site is static, a query never changes
  // what the server sends (Pagefind's own `?ts=` included).
  ignoreURLParametersMatching: [/.*/],
});
cleanupOutdatedCaches();

// Any other page (a new one on the server, the editor, a mistyped address) comes from the
// network; only when that fails does the cook see the site's 404 page, from the precache.
// This is what Workbox's PrecacheFallbackPlugin does, written as a plain plugin: that class
// declares `handlerDidError` as possibly undefined, which the strict compiler settings
// (exactOptionalPropertyTypes) rightly refuse for a plugin callback.
const offlineNotFound = { handlerDidError: () => matchPrecache('404.html') };
registerRoute(({ request }) => request.mode === 'navigate', new NetworkOnly({ plugins: [offlineNotFound] }));
