import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { measurePage } from '../../src/bench/measure-page.ts';
import { weigh } from '../../src/bench/weight.ts';

let dist: string;

const FILES: Record<string, string> = {
  'recipes/margherita/index.html': `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_astro/layout.css"><link rel="stylesheet" href="../../theme.css">
<script type="module" src="/_astro/scale.js"></script></head><body><h1>Margherita</h1></body></html>`,
  '_astro/layout.css': 'body{margin:0;font:1.25rem/1.5 system-ui}'.repeat(20),
  'theme.css': ':root{--accent:#b91c1c}',
  // scale.js imports a shared chunk statically, and the rarely used part only when asked for.
  '_astro/scale.js': 'import{f as t}from"./fraction.js";customElements.define("recipe-scale",class extends HTMLElement{async x(){await import("./costs.js")}})',
  '_astro/fraction.js': 'import"./scale.js";export const f=1;',
  '_astro/costs.js': 'export const costs="never counted at start"'.repeat(200),
  'recipes/broken/index.html': '<link rel="stylesheet" href="/_astro/gone.css"><script type="module" src="https://cdn.example.org/preact.js"></script>',
};

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'bench-measure-'));
  for (const [file, content] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(dist, file)), { recursive: true });
    await writeFile(path.join(dist, file), content);
  }
});
afterAll(() => rm(dist, { recursive: true, force: true }));

test('a page: its HTML, both stylesheets, its module and the module it imports statically, each once; not the dynamic import', async () => {
  const measured = await measurePage(dist, { label: 'recipe', file: 'recipes/margherita/index.html', path: '/recipes/margherita/', lighthouse: true });
  expect(measured.files.map((file) => [file.kind, file.url])).toEqual([
    ['html', '/recipes/margherita/'],
    ['css', '/_astro/layout.css'],
    ['css', '/theme.css'],
    ['js', '/_astro/scale.js'],
    ['js', '/_astro/fraction.js'],
  ]);
  const sum = (...files: string[]) => {
    const weights = files.map((file) => weigh(Buffer.from(FILES[file]!)));
    return { raw: weights.reduce((s, w) => s + w.raw, 0), gzip: weights.reduce((s, w) => s + w.gzip, 0), brotli: weights.reduce((s, w) => s + w.brotli, 0) };
  };
  expect(measured.html).toEqual(sum('recipes/margherita/index.html'));
  expect(measured.css).toEqual(sum('_astro/layout.css', 'theme.css'));
  expect(measured.js).toEqual(sum('_astro/scale.js', '_astro/fraction.js'));
  expect(measured.js.gzip).toBeGreaterThan(0);
  expect(measured.js.gzip).toBeLessThan(measured.js.raw + 40);
  expect(measured.missing).toEqual([]);
  expect(measured.frameworkRuntimes).toEqual([]);
});

test('a stylesheet missing from dist/ and a script from another origin are reported, and the framework named', async () => {
  const measured = await measurePage(dist, { label: 'broken', file: 'recipes/broken/index.html', path: '/recipes/broken/', lighthouse: false });
  expect(measured.missing).toEqual(['/_astro/gone.css', 'https://cdn.example.org/preact.js']);
  expect(measured.css.raw).toBe(0);
  expect(measured.js.raw).toBe(0);
  expect(measured.frameworkRuntimes).toEqual(['preact']);
});
