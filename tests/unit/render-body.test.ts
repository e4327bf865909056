/**
 * The body renderer (src/binder/body/): bodies become HTML in the content loader instead
 * of JavaScript modules. Tested three ways: against what Astro's own MDX compiler wrote
 * for the same body before (captured from a build, in tests/fixtures/bodies/), against
 * small cases, and against every body in the hostile corpus, which it must refuse.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BodyRenderError, renderBody, type RenderBodyOptions } from '../../src/binder/body/render-body.ts';
import { siteUrlOf } from '../../src/binder/body/body-urls.ts';
import { parseMdxFile } from '../../src/binder/source-file.ts';
import { BINDER_COLLECTIONS } from '../../src/schemas/collections.ts';
import { HOSTILE_CASES, HOSTILE_FIXTURES } from '../support/hostile-cases.ts';

const BODIES = path.resolve(import.meta.dirname, '../fixtures/bodies');
const NOTES = { outline: BINDER_COLLECTIONS.recipes.bodyOutline, folder: 'recipes', base: '/' } satisfies RenderBodyOptions;
const PAGE = { outline: BINDER_COLLECTIONS.setup.bodyOutline, folder: 'setup', base: '/' } satisfies RenderBodyOptions;

/**
 * Where the renderer's HTML differs from Astro's on purpose, as [Astro's, ours]. The first
 * two are the same HTML written another way; the rest are fixes.
 */
const INTENDED_DIFFERENCES: ReadonlyArray<readonly [string, string]> = [
  // `>` in text needs no escape.
  ['&lt;script&gt;', '&lt;script>'],
  // A bare attribute before `/>` gets a space.
  [' disabled/>', ' disabled />'],
  // A link to a binder file leads to its page, not to a `.mdx` file the site does not serve.
  ['href="../procedures/oven-care.mdx"', 'href="/procedures/oven-care/"'],
  ['href="./pizza-dough.mdx#shaping"', 'href="/{folder}/pizza-dough/#shaping"'],
  // The footnotes' heading keeps the id their links point at, and stays hidden as GFM means it.
  ['<h3 id="notes-footnote-label">', '<h3 class="visually-hidden" id="footnote-label">'],
  ['<h2 class="sr-only" id="footnote-label">', '<h2 class="visually-hidden" id="footnote-label">'],
];

describe('the same HTML as Astro compiled, apart from the intended differences', () => {
  const body = readFileSync(path.join(BODIES, 'every-construct.md'), 'utf8');
  test.each([
    { outline: 'notes (recipes, procedures)', options: NOTES, astro: 'every-construct.notes.astro-mdx.html' },
    { outline: 'page (setup guides)', options: PAGE, astro: 'every-construct.page.astro-mdx.html' },
  ])('$outline', ({ options, astro }) => {
    let expected = readFileSync(path.join(BODIES, astro), 'utf8');
    for (const [before, after] of INTENDED_DIFFERENCES) expected = expected.replaceAll(before, after.replace('{folder}', options.folder));
    expect(renderBody(body, options).html).toBe(expected);
  });

  test('every intended difference is one Astro’s HTML really had', () => {
    const astro = ['every-construct.notes.astro-mdx.html', 'every-construct.page.astro-mdx.html'].map((file) => readFileSync(path.join(BODIES, file), 'utf8')).join('\n');
    expect(INTENDED_DIFFERENCES.filter(([before]) => !astro.includes(before))).toEqual([]);
  });
});

describe('headings', () => {
  test.each([
    { body: '## Storage', options: NOTES, html: '<h3 id="notes-storage">Storage</h3>' },
    { body: '# Top', options: NOTES, html: '<h3 id="notes-top">Top</h3>' },
    { body: '#### Deep', options: NOTES, html: '<h5 id="notes-deep">Deep</h5>' },
    { body: '###### Deepest', options: NOTES, html: '<h6 id="notes-deepest">Deepest</h6>' },
    { body: '## Storage', options: PAGE, html: '<h2 id="storage">Storage</h2>' },
    { body: '## Same\n\n## Same', options: PAGE, html: '<h2 id="same">Same</h2>\n<h2 id="same-1">Same</h2>' },
    { body: '## Hot <abbr title="hazard analysis">HACCP</abbr> *points*', options: PAGE, html: '<h2 id="hot-haccp-points">Hot <abbr title="hazard analysis">HACCP</abbr> <em>points</em></h2>' },
  ])('$body → $html', ({ body, options, html }) => {
    expect(renderBody(body, options).html).toBe(html);
  });

  test('a footnote label with dots or spaces keeps its footnote', () => {
    expect(renderBody('Proof[^v1.2]\n\n[^v1.2]: The 2024 method.', PAGE).html).toContain('<a href="#user-content-fn-v1.2" id="user-content-fnref-v1.2" data-footnote-ref="true" aria-describedby="footnote-label">1</a>');
  });

  test('are reported as Astro’s render() reports them', () => {
    expect(renderBody('## Why it works\n\n### Salt', NOTES).headings).toEqual([
      { depth: 3, slug: 'notes-why-it-works', text: 'Why it works' },
      { depth: 4, slug: 'notes-salt', text: 'Salt' },
    ]);
  });
});

describe('links and images', () => {
  test.each([
    { url: '../procedures/oven-care.mdx', folder: 'recipes', base: '/', site: '/procedures/oven-care/' },
    { url: 'pizza-dough.mdx', folder: 'recipes', base: '/binder/', site: '/binder/recipes/pizza-dough/' },
    { url: '../ingredients/flour-00.yaml#allergens', folder: 'recipes', base: '/', site: '/ingredients/flour-00/#allergens' },
    { url: '../media/dough.jpg', folder: 'recipes', base: '/', site: '/media/dough.jpg' },
    { url: '../media/nested/dough.jpg', folder: 'recipes', base: '/', site: undefined },
    { url: '../notes/todo.mdx', folder: 'recipes', base: '/', site: undefined },
    { url: 'https://example.com/a.mdx', folder: 'recipes', base: '/', site: undefined },
    { url: '#storage', folder: 'recipes', base: '/', site: undefined },
    { url: '//example.com/x', folder: 'recipes', base: '/', site: undefined },
  ])('$url in $folder/ → $site', ({ url, folder, base, site }) => {
    expect(siteUrlOf(url, folder, base)).toBe(site);
  });

  test('an image is the published file, loaded lazily', () => {
    expect(renderBody('![The dough](../media/dough.jpg)', NOTES).html).toBe('<p><img src="/media/dough.jpg" alt="The dough" loading="lazy" decoding="async"/></p>');
  });
});

describe('refuses what a body may not hold, naming the file line', () => {
  test.each([
    { body: 'import fs from "node:fs"', line: 5, what: 'import' },
    { body: 'Text {process.exit(', line: 5, what: 'does not parse as MDX' },
    { body: 'Text {1 + 1}', line: 5, what: '`{…}` expression' },
    { body: 'A\n\n<Callout>x</Callout>', line: 7, what: '`<Callout>`' },
    { body: '<script>alert(1)</script>', line: 5, what: '`<script>`' },
    { body: 'Press <kbd onclick="x">K</kbd>', line: 5, what: '`onclick` on `<kbd>`' },
    { body: 'Press <kbd title={x}>K</kbd>', line: 5, what: 'on `<kbd>`' },
    { body: '[x](javascript:alert(1))', line: 5, what: 'the link `javascript:alert(1)`' },
    { body: '[x](<\tjavascript:alert(1)>)', line: 5, what: 'the link `%09javascript:alert(1)`' },
    { body: 'Say <abbr title="javascript:alert(1)">JS</abbr>', line: 5, what: '`title` holds on `<abbr>`' },
    { body: '![x](../../etc/passwd)', line: 5, what: 'the image' },
    { body: 'a\n\n<!-- hidden -->', line: 7, what: 'does not parse as MDX' },
  ])('$body', ({ body, line, what }) => {
    const error = catchError(() => renderBody(body, { ...NOTES, firstLine: 5 }));
    expect(error).toBeInstanceOf(BodyRenderError);
    expect((error as BodyRenderError).line).toBe(line);
    expect((error as Error).message).toContain(what);
    expect((error as Error).message).toMatch(/plain Markdown/);
  });
});

/** Rules the gate applies to bodies: a hostile file refused under one of them, for something in its body, must not render either. */
const BODY_RULES = new Set(['mdx-syntax', 'mdx-import-export', 'mdx-expression', 'mdx-component', 'html-element', 'html-event-handler', 'html-attribute', 'unsafe-url', 'path-escape']);

describe('the hostile corpus: every body the gate refuses, the renderer refuses too', () => {
  const bodyCases = HOSTILE_CASES.filter((hostile) => hostile.file.endsWith('.mdx') && BODY_RULES.has(hostile.rule)).flatMap((hostile) => {
    const source = parseMdxFile(hostile.file, readFileSync(path.join(HOSTILE_FIXTURES, hostile.file), 'utf8'));
    return hostile.line >= source.bodyLine ? [{ ...hostile, source }] : [];
  });

  test('the corpus has bodies of every body rule', () => {
    expect(new Set(bodyCases.map((hostile) => hostile.rule))).toEqual(BODY_RULES);
  });

  test.each(bodyCases.map((hostile) => [hostile.file, hostile] as const))('%s', (_, { source, folder }) => {
    const error = catchError(() => renderBody(source.body, { outline: NOTES.outline, folder, base: '/', firstLine: source.bodyLine }));
    expect(error).toBeInstanceOf(BodyRenderError);
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
