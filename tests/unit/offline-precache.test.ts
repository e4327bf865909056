import { expect, test } from 'vitest';
import {
  CONTENT_HASHED_URL,
  PagefindBundleMissingError,
  editorOnlyAssets,
  isPrecachedFile,
  offlineSummary,
  pagefindWasmLanguages,
} from '../../src/site/offline-precache.ts';

const EDITOR_BUNDLE = '_astro/index.astro_astro_type_script_index_0_lang.DNzMN4H1.js';
const SAMPLE_BUILD = { wasmLanguages: ['en-us'], editorOnlyAssets: new Set([EDITOR_BUNDLE]) };

/** Files of a real build of the sample binder (dist/), and whether a phone keeps them offline. */
test.each([
  ['index.html', true],
  ['404.html', true],
  ['recipes/margherita/index.html', true],
  ['recipes/margherita/referenced-by/2/index.html', true],
  ['search/index.html', true],
  ['theme.css', true],
  ['favicon.svg', true],
  ['_astro/BinderLayout.Dw-QhnO9.css', true],
  ['_astro/OfflineStatus.astro_astro_type_script_index_0_lang.WgZUKSK-.js', true],
  ['_astro/margherita.B1x2y3z4.webp', true],
  ['media/recipes/margherita.jpg', true],
  ['media/logo.svg', true],
  ['pagefind/pagefind.js', true],
  ['pagefind/pagefind-worker.js', true],
  ['pagefind/pagefind-entry.json', true],
  ['pagefind/pagefind.en-us_9a527adbdf35c.pf_meta', true],
  ['pagefind/wasm.en-us.pagefind', true],
  ['pagefind/index/en-us_1283e7b.pf_index', true],
  ['pagefind/fragment/en-us_0a1b2c3.pf_fragment', true],
  ['pagefind/filter/en-us_3a44a66.pf_filter', true],
  // The generic WebAssembly build: this index is English, so it never loads.
  ['pagefind/wasm.unknown.pagefind', false],
  // Pagefind's ready-made UIs: the binder has its own search page.
  ['pagefind/pagefind-ui.js', false],
  ['pagefind/pagefind-ui.css', false],
  ['pagefind/pagefind-component-ui.js', false],
  ['pagefind/pagefind-modular-ui.css', false],
  ['pagefind/pagefind-highlight.js', false],
  // The editor needs the network and weighs 6 MB.
  ['admin/index.html', false],
  ['admin/decap-cms.js', false],
  ['admin/4f1c0e1b.wasm', false],
  [EDITOR_BUNDLE, false],
  // The service worker is not in its own precache; maps and stray files are not pages.
  ['sw.js', false],
  ['_astro/BinderLayout.Dw-QhnO9.css.map', false],
  ['media/recipes/margherita.pdf', false],
  ['robots.txt', false],
])('%s precached: %s', (file, precached) => {
  expect(isPrecachedFile(file, SAMPLE_BUILD)).toBe(precached);
});

test('a binder in two languages keeps both WebAssembly builds', () => {
  expect(isPrecachedFile('pagefind/wasm.it.pagefind', { ...SAMPLE_BUILD, wasmLanguages: ['en-us', 'it'] })).toBe(true);
  expect(isPrecachedFile('pagefind/wasm.it.pagefind', SAMPLE_BUILD)).toBe(false);
});

const page = (file: string, ...assets: string[]) => ({
  file,
  html: `<html><head>${assets.map((a) => (a.endsWith('.css') ? `<link rel="stylesheet" href="${a}">` : `<script type="module" src="${a}"></script>`)).join('')}</head></html>`,
});

test.each([
  ['only the editor loads it', [page('admin/index.html', '/_astro/editor.A1.js'), page('index.html', '/_astro/site.B2.css')], ['_astro/editor.A1.js']],
  ['a reading page loads it too', [page('admin/index.html', '/_astro/shared.C3.js'), page('recipes/margherita/index.html', '/_astro/shared.C3.js')], []],
  ['under a base path', [page('admin/index.html', '/binder/_astro/editor.A1.js'), page('index.html', '/binder/_astro/site.B2.css')], ['_astro/editor.A1.js']],
  ['no editor', [page('index.html', '/_astro/site.B2.css'), page('404.html', '/_astro/site.B2.css')], []],
] as const)('editor-only bundles when %s', (_, pages, expected) => {
  expect([...editorOnlyAssets(pages)]).toEqual(expected);
});

test.each([
  ['_astro/BinderLayout.Dw-QhnO9.css', true],
  ['pagefind/fragment/en-us_0a1b2c3.pf_fragment', true],
  ['pagefind/index/en-us_1283e7b.pf_index', true],
  ['pagefind/filter/en-us_3a44a66.pf_filter', true],
  ['pagefind/pagefind.en-us_9a527adbdf35c.pf_meta', true],
  // Same name whatever the content: they need a revision, or a phone would keep a stale copy.
  ['pagefind/pagefind-entry.json', false],
  ['pagefind/pagefind.js', false],
  ['pagefind/wasm.en-us.pagefind', false],
  ['recipes/margherita/index.html', false],
  ['theme.css', false],
])('%s is named by its content: %s', (url, hashed) => {
  expect(CONTENT_HASHED_URL.test(url)).toBe(hashed);
});

test.each([
  ['{"version":"1.6.0","languages":{"en-us":{"hash":"en-us_9a5","wasm":"en-us","page_count":127}}}', ['en-us']],
  ['{"languages":{"it":{"wasm":"it"},"en-us":{"wasm":"en-us"},"en-gb":{"wasm":"en-us"}}}', ['en-us', 'it']],
])('pagefind-entry.json %s uses WebAssembly %o', (json, languages) => {
  expect(pagefindWasmLanguages(json)).toEqual(languages);
});

test.each([
  ['not json', /is not JSON/],
  ['{"languages":{}}', /lists no language/],
  ['{"version":"1.6.0"}', /lists no language/],
  ['{"languages":{"en":{"hash":"x"}}}', /names no WebAssembly build/],
  ['{"languages":{"en":{"wasm":"../../evil"}}}', /names no WebAssembly build/],
])('an unusable entry file (%s) stops the build with the fix', (json, message) => {
  expect(() => pagefindWasmLanguages(json)).toThrow(PagefindBundleMissingError);
  expect(() => pagefindWasmLanguages(json)).toThrow(message);
  expect(() => pagefindWasmLanguages(json)).toThrow(/after binderIntegration\(\) in astro\.config\.mjs/);
});

test.each([
  [292, 1_782_579, 'Offline: 292 files, 1.7 MB precached'],
  [1, 300, 'Offline: 1 file, 0.0 MB precached'],
  [2_181, 13_000_000, 'Offline: 2181 files, 12.4 MB precached'],
])('%d files of %d bytes: %s', (files, bytes, line) => {
  expect(offlineSummary(files, bytes)).toBe(line);
});
