// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { binderIntegration } from './src/integrations/binder.ts';
import { buildPhasesIntegration } from './src/integrations/build-phases.ts';
import { decapAdminIntegration } from './src/integrations/decap-admin.ts';
import { offlineIntegration } from './src/integrations/offline.ts';
import { readIdentity } from './src/binder/layers/identity.ts';

// The published address lives in the identity (a fork's in its layer), so it changes in one place.
const identity = await readIdentity(fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  ...(typeof identity.url === 'string' ? { site: identity.url } : {}),
  // Set BASE_PATH when the site is served from a sub-folder (e.g. GitHub Pages project sites).
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Astro keeps the build's content store in its cacheDir, node_modules/.astro by default; a
  // copy of the project with node_modules linked in (the tests make many) would share one
  // store with every other build running at once. Each project keeps its own.
  cacheDir: './.astro/cache/',
  // Four pages render at once: while one page's file is written, the next renders (measured: 1,000 entries build about 10 % faster than one at a time).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  integrations: [buildPhasesIntegration(), binderIntegration(), decapAdminIntegration(), offlineIntegration()],
  // Bodies hold no code; highlighting would only add inline styles the CSP refuses.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Astro inlines a small bundled script (and Vite a small asset) into the page, which the
      // CSP refuses (no inline script, no data: images): every script and asset stays a file.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro 7 marks every MDX module with a directive Rolldown warns about, harmlessly
        // (withastro/astro#18087). Silence only that warning so real ones stay visible.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
