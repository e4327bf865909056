import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { frontMatterHtml } from '../../src/print/front-matter.ts';
import { setOutline } from '../../src/print/pdf-outline.ts';
import { fileFor } from '../../src/browser/static-server.ts';
import { EmptyEntryError, footerLine, numberPages, sectionEntries, type PrintedSection } from '../../src/print/table-of-contents.ts';

const entry = (title: string, pages: number) => ({ title, url: `https://binder.example/${title}/`, pages });

describe('numberPages', () => {
  test.each([
    {
      name: 'one section after a cover and one page of contents',
      sections: [{ name: 'recipes', title: 'Recipes', entries: [entry('a', 1), entry('b', 2), entry('c', 1)] }],
      front: 2,
      starts: [[3, 4, 6]],
      sectionStarts: [3],
      total: 6,
    },
    {
      name: 'a longer contents pushes every number',
      sections: [{ name: 'recipes', title: 'Recipes', entries: [entry('a', 1), entry('b', 2)] }],
      front: 4,
      starts: [[5, 6]],
      sectionStarts: [5],
      total: 7,
    },
    {
      name: 'sections follow each other; an empty one starts where the next would',
      sections: [
        { name: 'recipes', title: 'Recipes', entries: [entry('a', 3)] },
        { name: 'setup', title: 'Setup', entries: [] },
        { name: 'stations', title: 'Stations', entries: [entry('x', 1), entry('y', 1)] },
      ],
      front: 2,
      starts: [[3], [], [6, 7]],
      sectionStarts: [3, 6, 6],
      total: 7,
    },
  ])('$name', ({ sections, front, starts, sectionStarts, total }) => {
    const contents = numberPages(sections, front);
    expect(contents.sections.map((section) => section.entries.map((e) => e.page))).toEqual(starts);
    expect(contents.sections.map((section) => section.page)).toEqual(sectionStarts);
    expect(contents.totalPages).toBe(total);
  });

  test('keeps the order and the live addresses', () => {
    const sections: PrintedSection[] = [{ name: 'procedures', title: 'Procedures', entries: [entry('opening', 2), entry('closing', 1)] }];
    const [section] = numberPages(sections, 2).sections;
    expect(section!.entries.map((e) => [e.title, e.url])).toEqual([
      ['opening', 'https://binder.example/opening/'],
      ['closing', 'https://binder.example/closing/'],
    ]);
  });

  test('an entry that printed on no page is an error naming it', () => {
    expect(() => numberPages([{ name: 'recipes', title: 'Recipes', entries: [entry('Margherita', 0)] }], 2)).toThrow(EmptyEntryError);
    expect(() => numberPages([{ name: 'recipes', title: 'Recipes', entries: [entry('Margherita', 0)] }], 2)).toThrow(/Margherita/);
  });
});

describe('sectionEntries', () => {
  const origin = 'http://127.0.0.1:5000';
  test.each([
    {
      name: 'keeps the listing order and only the section’s entries',
      base: '/',
      links: ['/recipes/margherita/', '/recipes/pizza-dough/', '/ingredients/basil/', '/recipes/2/', '/recipes/margherita/referenced-by/', '/recipes/'],
      expected: ['/recipes/margherita/', '/recipes/pizza-dough/'],
    },
    {
      name: 'lists an entry linked twice once',
      base: '/',
      links: ['/recipes/b/', '/recipes/a/', '/recipes/b/'],
      expected: ['/recipes/b/', '/recipes/a/'],
    },
    {
      name: 'honours the base path the site was built with',
      base: '/binder',
      links: ['/binder/recipes/focaccia/', '/recipes/focaccia/'],
      expected: ['/binder/recipes/focaccia/'],
    },
  ])('$name', ({ base, links, expected }) => {
    const found = sectionEntries(
      links.map((href) => ({ href: `${origin}${href}`, title: ` ${href}\n ` })),
      'recipes',
      base,
    );
    expect(found.map((link) => new URL(link.href).pathname)).toEqual(expected);
    expect(found.map((link) => link.title)).toEqual(expected);
  });
});

test('footerLine says where the page is in the binder', () => {
  expect(footerLine('Corner Forno', 3, 32)).toBe('Corner Forno · page 3 of 32');
});

describe('frontMatterHtml', () => {
  const identity = {
    name: 'Corner <Forno>',
    tagline: 'Pies & cups',
    licenseName: 'CC BY-SA 4.0',
    licenseUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
    liveUrl: 'https://binder.example/',
    locale: 'en-US',
  };
  const contents = numberPages(
    [
      { name: 'recipes', title: 'Recipes', entries: [entry('Margherita', 1), entry('Pizza dough', 2)] },
      { name: 'stations', title: 'Stations', entries: [entry('Oven', 1)] },
    ],
    2,
  );
  const html = frontMatterHtml({ identity, subtitle: 'The binder', contents, printedOn: new Date('2026-11-29T12:00:00Z') });

  test('puts the identity, the date and the licence on the cover, escaped', () => {
    expect(html).toContain('<h1>Corner &#60;Forno&#62;</h1>');
    expect(html).toContain('Pies &#38; cups');
    expect(html).toContain('November 29, 2026');
    expect(html).toContain('CC BY-SA 4.0');
    expect(html).toContain('https://binder.example/');
    expect(html).toContain('<svg');
  });

  test('lists every entry with the page it starts on, under its section', () => {
    expect(html).toMatch(/Margherita<\/a><span class="page">3</);
    expect(html).toMatch(/Pizza dough<\/a><span class="page">4</);
    expect(html).toMatch(/<h2><span>Stations<\/span><span class="page">6</);
    expect(html).toMatch(/Oven<\/a><span class="page">6</);
  });
});

describe('fileFor (the print server)', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'binder-pdf-'));
  await mkdir(path.join(root, 'recipes', 'margherita'), { recursive: true });
  await writeFile(path.join(root, 'recipes', 'margherita', 'index.html'), 'ok');
  await writeFile(path.join(root, 'theme.css'), 'ok');

  test.each([
    ['/recipes/margherita/', path.join(root, 'recipes', 'margherita', 'index.html')],
    ['/recipes/margherita/?scale=2', path.join(root, 'recipes', 'margherita', 'index.html')],
    ['/theme.css', path.join(root, 'theme.css')],
    ['/recipes/nothing/', undefined],
    ['/../../etc/passwd', undefined],
    ['/%2e%2e/%2e%2e/etc/passwd', undefined],
    ['/recipes/%00/', undefined],
  ])('%s', async (url, expected) => {
    expect(await fileFor(root, '/', url)).toBe(expected);
  });

  test('serves nothing outside the base path', async () => {
    expect(await fileFor(root, '/binder/', '/theme.css')).toBeUndefined();
    expect(await fileFor(root, '/binder/', '/binder/theme.css')).toBe(path.join(root, 'theme.css'));
  });
});

test('without a built site, binder:pdf says to build first', async () => {
  const { MissingBuildError, writeBinderPdfs } = await import('../../src/print/binder-pdf.ts');
  const empty = await mkdtemp(path.join(tmpdir(), 'binder-pdf-dist-'));
  const attempt = writeBinderPdfs({ distDir: empty, outDir: path.join(empty, 'out'), sections: ['recipes'], wholeBinder: false, format: 'a4' });
  await expect(attempt).rejects.toThrow(MissingBuildError);
  await expect(attempt).rejects.toThrow(/run `npm run build` first/);
});

describe('setOutline', () => {
  /** The outline read back: title, page number (from 1) and depth of every bookmark, in order. */
  function readOutline(doc: PDFDocument): Array<[string, number, number]> {
    const pageNumber = new Map(doc.getPages().map((page, i) => [page.ref.toString(), i + 1]));
    const found: Array<[string, number, number]> = [];
    const walk = (first: PDFRef | undefined, depth: number) => {
      for (let ref = first; ref; ref = doc.context.lookup(ref, PDFDict).get(PDFName.of('Next')) as PDFRef | undefined) {
        const item = doc.context.lookup(ref, PDFDict);
        const title = (item.lookup(PDFName.of('Title')) as PDFHexString).decodeText();
        const page = pageNumber.get(item.lookup(PDFName.of('Dest'), PDFArray).get(0).toString()) ?? 0;
        found.push([title, page, depth]);
        walk(item.get(PDFName.of('First')) as PDFRef | undefined, depth + 1);
      }
    };
    walk(doc.catalog.lookup(PDFName.of('Outlines'), PDFDict).get(PDFName.of('First')) as PDFRef, 0);
    return found;
  }

  test('writes sections and their entries as bookmarks to their pages', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 6; i++) doc.addPage();
    setOutline(doc, [
      { title: 'Contents', pageIndex: 1 },
      { title: 'Recipes', pageIndex: 2, children: [{ title: 'Margherita', pageIndex: 2 }, { title: 'Tiramisù', pageIndex: 4 }] },
      { title: 'Stations', pageIndex: 5, children: [{ title: 'Oven', pageIndex: 5 }] },
    ]);
    const reloaded = await PDFDocument.load(await doc.save());
    expect(readOutline(reloaded)).toEqual([
      ['Contents', 2, 0],
      ['Recipes', 3, 0],
      ['Margherita', 3, 1],
      ['Tiramisù', 5, 1],
      ['Stations', 6, 0],
      ['Oven', 6, 1],
    ]);
    const outlines = reloaded.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    expect(outlines.lookup(PDFName.of('Count'), PDFNumber).asNumber()).toBe(6);
  });
});
