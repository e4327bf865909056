import { expect, test } from 'vitest';
import { findFrameworkRuntimes } from '../../src/bench/framework-runtime.ts';
import { findPageAssets, findStaticImports } from '../../src/bench/page-assets.ts';
import { pageUrl, siteFilePath } from '../../src/bench/site-files.ts';

test('a page built by Astro: its stylesheets and module script, in order, not its icon, canonical link or data blocks', () => {
  const html = `<!DOCTYPE html><html lang="en"><head>
<meta charset="utf-8"><link rel="canonical" href="https://example.org/recipes/margherita/">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/_astro/BinderLayout.Dw-QhnO9.css">
<link rel=stylesheet href='/theme.css'>
<script type="module" src="/_astro/scale.Ab12.js"></script>
<link rel="modulepreload" href="/_astro/fraction.Cd34.js">
<script type="application/ld+json">{"@type":"Recipe"}</script>
<script type="application/json" id="scale-data">{"x":1}</script>
</head><body><!-- <script src="/_astro/commented-out.js"></script> --></body></html>`;
  expect(findPageAssets(html)).toEqual({
    stylesheets: ['/_astro/BinderLayout.Dw-QhnO9.css', '/theme.css'],
    scripts: ['/_astro/scale.Ab12.js', '/_astro/fraction.Cd34.js'],
    inlineScripts: 0,
    frameworkIslands: 0,
  });
});

test.each([
  ['a classic script counts as JavaScript too', '<script src="/legacy.js"></script>', ['/legacy.js'], 0],
  ['the same module twice is loaded once', '<script type="module" src="/a.js"></script><script type="module" src="/a.js"></script>', ['/a.js'], 0],
  ['an inline script is counted (the CSP would block it)', '<script>alert(1)</script><script type="module">import "/x.js"</script>', [], 2],
  ['an entity in a URL is decoded', '<script type="module" src="/a.js?v=1&amp;w=2"></script>', ['/a.js?v=1&w=2'], 0],
  ['rel tokens in any case and order', '<link href="/p.js" rel="ModulePreload">', ['/p.js'], 0],
])('%s', (_, html, scripts, inlineScripts) => {
  const found = findPageAssets(html);
  expect(found.scripts).toEqual(scripts);
  expect(found.inlineScripts).toBe(inlineScripts);
});

test('an Astro framework island is noticed', () => {
  expect(findPageAssets('<astro-island uid="1" component-url="/_astro/Counter.js" renderer-url="/_astro/client.js"></astro-island>').frameworkIslands).toBe(1);
});

test.each([
  ['minified named import', 'import{a as b,c$}from"./chunk.B1.js";b()', ['./chunk.B1.js']],
  ['side-effect import', 'import"./side.js";import \'../up.js\'', ['./side.js', '../up.js']],
  ['default and namespace imports across lines', 'import x from "/_astro/x.js";\nimport * as ns from\n  "./ns.js"', ['/_astro/x.js', './ns.js']],
  ['re-exports', 'export*from"./all.js";export{y}from"./y.js"', ['./all.js', './y.js']],
  ['dynamic import() is left out', 'const m=await import("./later.js");import("./later2.js")', []],
  ['import.meta and a property named import are not imports', 'new URL("./w.js",import.meta.url);o.import("./no.js")', []],
  ['the word import inside a string is not an import', 't="import",u="./x.js"', []],
  ['a bare specifier is not a file the browser can load', 'import{h}from"preact"', []],
  ['each specifier once', 'import"./a.js";import{b}from"./a.js"', ['./a.js']],
])('%s', (_, code, specifiers) => {
  expect(findStaticImports(code)).toEqual(specifiers);
});

test.each([
  ['/_astro/a.css', '/recipes/margherita/', '/', '_astro/a.css'],
  ['../../_astro/a.css', '/recipes/margherita/', '/', '_astro/a.css'],
  ['./chunk.js', '/_astro/entry.js', '/', '_astro/chunk.js'],
  ['/recipes/', '/', '/', 'recipes/index.html'],
  ['/open-franchise/_astro/a.css', '/', '/open-franchise/', '_astro/a.css'],
  ['/_astro/a.css?v=2#x', '/', '/', '_astro/a.css'],
  ['https://cdn.example.org/react.js', '/', '/', undefined],
  ['/elsewhere/a.css', '/', '/open-franchise/', undefined],
])('%s on %s (base %s) is the file %s', (reference, page, base, file) => {
  expect(siteFilePath(reference, pageUrl(page, base), base)).toBe(file);
});

test.each([
  [[{ url: 'http://site.invalid/_astro/binder-search.Ab.js', code: 'customElements.define("binder-search",class extends HTMLElement{})' }], 0, []],
  [[{ url: 'http://site.invalid/_astro/react-dom.Xy12.js', code: '' }], 0, ['react']],
  [[{ url: 'http://site.invalid/_astro/client.Xy12.js', code: 'const e=Symbol.for("react.transitional.element")' }], 0, ['react']],
  [[{ url: 'http://site.invalid/_astro/preact.module.js', code: '' }], 0, ['preact']],
  [[{ url: 'http://site.invalid/_astro/runtime-dom.esm-bundler.js', code: '' }], 0, ['vue']],
  [[{ url: 'http://site.invalid/_astro/index.js', code: 'throw new Error("https://svelte.dev/e/effect_orphan")' }], 0, ['svelte']],
  [[{ url: 'http://site.invalid/_astro/web.js', code: 'window._$HY||(_$HY={})' }], 0, ['solid']],
  [[], 1, ['astro-island']],
  // Names that merely contain a framework's letters are not one.
  [[{ url: 'http://site.invalid/_astro/reactive-scale.js', code: '' }, { url: 'http://site.invalid/_astro/solidify.js', code: '' }], 0, []],
])('framework runtimes in %j with %d islands: %j', (modules, islands, found) => {
  expect(findFrameworkRuntimes(modules, islands)).toEqual(found);
});
