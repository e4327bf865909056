import { expect, test } from 'vitest';
import { parsePrecacheManifest } from '../../src/bench/precache-manifest.ts';

// Shapes Workbox 7 writes, cut from real output of workbox-build on this site's dist/.
const GENERATE_SW = `if(!self.define){let e,i={};const n=(n,r)=>(n=new URL(n+".js",r).href,i[n]||new Promise(i=>{}))}define(["./workbox-86637ee2"],function(e){"use strict";self.addEventListener("message",e=>{e.data&&"SKIP_WAITING"===e.data.type&&self.skipWaiting()}),e.precacheAndRoute([{url:"theme.css",revision:"cebd4bf7dc28ad7b5ece3d8ec4942478"},{url:"index.html",revision:"ed9776f604a23ff708617f7dceb2be93"},{url:"_astro/BinderLayout.Dw-QhnO9.css",revision:"6da04a049be8f15fb57876b4567c23f6"}],{})});`;
const INJECT_MANIFEST = `import {precacheAndRoute} from 'workbox-precaching';
precacheAndRoute([{"revision":"cebd4bf7dc28ad7b5ece3d8ec4942478","url":"theme.css"},{"revision":null,"url":"_astro/scale.Ab12.js"},{"revision":"4b615a0e","url":"recipes/margherita/index.html"}]);
registerRoute(({url}) => url.pathname.startsWith('/pagefind/'), new CacheFirst({cacheName: 'search'}));`;

test('generateSW output, minified, keys unquoted', () => {
  expect(parsePrecacheManifest(GENERATE_SW)).toEqual([
    { url: 'theme.css', revision: 'cebd4bf7dc28ad7b5ece3d8ec4942478' },
    { url: 'index.html', revision: 'ed9776f604a23ff708617f7dceb2be93' },
    { url: '_astro/BinderLayout.Dw-QhnO9.css', revision: '6da04a049be8f15fb57876b4567c23f6' },
  ]);
});

test('injectManifest output, JSON keys with the revision first, a null revision for a hashed file, and runtime code around it', () => {
  expect(parsePrecacheManifest(INJECT_MANIFEST)).toEqual([
    { url: 'theme.css', revision: 'cebd4bf7dc28ad7b5ece3d8ec4942478' },
    { url: '_astro/scale.Ab12.js', revision: null },
    { url: 'recipes/margherita/index.html', revision: '4b615a0e' },
  ]);
});

test.each([
  ['a worker with no precache', 'self.addEventListener("fetch",e=>{})', []],
  ['an object with a url but no revision is not an entry', 'fetch({url:"/api",method:"GET"})', []],
  ['a url that is a variable is not an entry', '{url:e.url,revision:t}', []],
  ['the same URL twice is one entry', '[{url:"a.html",revision:"1"},{url:"a.html",revision:"1"}]', [{ url: 'a.html', revision: '1' }]],
  ['escaped characters in a URL', String.raw`[{url:"caf\u00e9/index.html",revision:"1"}]`, [{ url: 'café/index.html', revision: '1' }]],
])('%s', (_, source, entries) => {
  expect(parsePrecacheManifest(source)).toEqual(entries);
});
