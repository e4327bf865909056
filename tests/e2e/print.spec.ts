/**
 * A printed page is a binder page: no navigation or editor chrome, allergens with
 * where each comes from (folded on screen, unfolded on paper), a recipe's
 * ingredients and method on its first sheet, and on every entry a QR code to its
 * live page. `npm run binder:pdf` prints a section with a cover and contents.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { run } from '../support/processes.ts';

/** How many pages Chromium's own PDF engine lays a page out on. */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test('print hides the chrome and unfolds where each allergen comes from', async ({ page }) => {
  await page.goto('/recipes/margherita/');
  const sources = page.locator('.allergen-sources li').first();
  await expect(sources, 'folded on screen').toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(sources).toBeVisible();
  await expect(sources).toContainText('Gluten: 00 flour (in Pizza dough)');
  for (const chrome of ['.site-header', '.site-footer', '.propose-change', '.change-history', '.back-links']) {
    await expect(page.locator(chrome).first(), chrome).toBeHidden();
  }
  await expect(page.locator('.allergen-badge').first()).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
});

test.describe('on A4', () => {
  test.use({ javaScriptEnabled: false });

  // The recipe or checklist itself on the first sheet, the chef's notes (two columns) on the next.
  for (const [path, most] of [
    ['/recipes/margherita/', 2],
    ['/procedures/two-stage-cooling/', 2],
    // The menu's costs for 16 dishes, without the sales tool (on screen only).
    ['/menu/', 2],
  ] as const) {
    test(`${path} prints on at most ${most} pages`, async ({ page }) => {
      await page.goto(path);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pageCount(pdf)).toBeLessThanOrEqual(most);
    });
  }
});

/** One page of every type the binder has. */
const PAGE_TYPES = {
  home: '/',
  'section listing': '/recipes/',
  recipe: '/recipes/margherita/',
  'sub-recipe': '/recipes/pizza-dough/',
  procedure: '/procedures/opening-checklist/',
  'setup guide': '/setup/site-and-layout/',
  ingredient: '/ingredients/arugula/',
  equipment: '/equipment/deck-oven/',
  station: '/stations/oven/',
  'allergen matrix': '/allergens/',
  menu: '/menu/',
  'menu dish': '/menu/margherita/',
  'prep list': '/prep/',
  search: '/search/?q=mozzarella',
  credits: '/credits/',
} as const;

const ENTRY_TYPES = ['recipe', 'sub-recipe', 'procedure', 'setup guide', 'ingredient', 'equipment', 'station', 'menu dish'] as const;

for (const [type, url] of Object.entries(PAGE_TYPES)) {
  test(`the printed ${type} page has no navigation chrome`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('.site-nav')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.site-nav', '.site-footer', '.search-form', '.pagination', '.propose-change']) {
      for (const element of await page.locator(chrome).all()) await expect(element, chrome).toBeHidden();
    }
    await expect(page.locator('h1')).toBeVisible();
    // Ink on paper: nothing in the brand or warning colours.
    await expect(page.locator('h1')).toHaveCSS('color', 'rgb(0, 0, 0)');
  });
}

for (const type of ENTRY_TYPES) {
  test(`the printed ${type} carries a QR code to its live page, never shown on screen`, async ({ page }) => {
    await page.goto(PAGE_TYPES[type]);
    const qr = page.locator('print-qr');
    await expect(qr).toHaveCount(1);
    await expect(qr, 'hidden on screen').toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(qr.locator('svg')).toBeVisible();
    await expect(qr).toContainText('Scan for the live page');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/^https?:\/\//);
    await expect(qr).toHaveAttribute('data-url', canonical!);
    const box = await qr.locator('svg').boundingBox();
    expect(box!.width, 'large enough to scan').toBeGreaterThan(70);
  });
}

test('the allergen matrix prints in black and white', async ({ page }) => {
  await page.goto('/allergens/');
  await page.emulateMedia({ media: 'print' });
  const contains = page.locator('.matrix td.contains').first();
  await expect(contains).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await expect(contains).toHaveCSS('color', 'rgb(0, 0, 0)');
});

test('a page printed from a scaled link gets a QR code to that scale', async ({ page }) => {
  await page.goto('/recipes/margherita/');
  const qr = page.locator('print-qr');
  const plain = await qr.locator('svg').innerHTML();
  const live = await qr.getAttribute('data-url');

  await page.goto('/recipes/margherita/?scale=2');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  // The live address keeps the published host, with the batch printed.
  await expect(qr).toHaveAttribute('data-drawn-for', `${live}?scale=2`);
  const scaled = await qr.locator('svg').innerHTML();
  expect(scaled).not.toBe(plain);
  await page.emulateMedia({ media: 'print' });
  await expect(qr.locator('svg')).toBeVisible();
});

test('a page printed without a choice keeps the QR code the build drew, and loads no encoder', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/recipes/margherita/');
  const before = await page.locator('print-qr svg').innerHTML();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('print-qr')).not.toHaveAttribute('data-drawn-for');
  expect(await page.locator('print-qr svg').innerHTML()).toBe(before);
  expect(scripts.filter((url) => url.includes('qr-code'))).toEqual([]);
});

test.describe('npm run binder:pdf', () => {
  let outDir = '';
  test.beforeEach(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'binder-pdf-'));
  });
  test.afterEach(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  test('prints a section: cover, contents listing every entry, then each entry on its own pages', async () => {
    const projectRoot = path.resolve(import.meta.dirname, '../..');
    const { status, stdout, stderr } = await run(projectRoot, process.execPath, ['src/cli/binder-pdf.ts', '--section', 'procedures', '--out', outDir]);
    expect(status, stderr).toBe(0);
    expect(await readdir(outDir)).toEqual(['procedures.pdf']);

    // Every procedure the build made (one folder with an index.html each).
    const built = (await readdir(path.join(projectRoot, 'dist/procedures'), { withFileTypes: true })).filter((d) => d.isDirectory() && /[a-z]/.test(d.name));
    const slugs = built.map((d) => d.name);
    expect(slugs.length).toBeGreaterThan(5);
    expect(stdout).toContain(`Procedures: ${slugs.length} entries`);
    expect(stdout.match(/^ {2}\d+\/\d+ .+ — \d+ pages?$/gm), 'a progress line per entry').toHaveLength(slugs.length);

    const pdf = await PDFDocument.load(await readFile(path.join(outDir, 'procedures.pdf')));
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(slugs.length + 2);
    expect(pdf.getTitle()).toContain('Procedures');

    // The contents (page 2 on) links every entry to its live page.
    const linked = new Set<string>();
    for (const sheet of pdf.getPages().slice(1, 3)) {
      const annotations = sheet.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
      for (const ref of annotations?.asArray() ?? []) {
        const action = pdf.context.lookupMaybe(ref, PDFDict)?.lookupMaybe(PDFName.of('A'), PDFDict);
        const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString);
        if (uri) linked.add(new URL(uri.decodeText()).pathname.split('/').filter(Boolean).at(-1)!);
      }
    }
    for (const slug of slugs) expect(linked, `contents links ${slug}`).toContain(slug);

    // The bookmarks: the contents, then one per entry, each at a later page than the one before.
    const bookmarks: number[] = [];
    const pageIndex = new Map(pdf.getPages().map((sheet, i) => [sheet.ref.toString(), i]));
    const outlines = pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    for (let ref = outlines.get(PDFName.of('First')); ref; ref = pdf.context.lookup(ref, PDFDict).get(PDFName.of('Next'))) {
      const destination = pdf.context.lookup(ref, PDFDict).lookup(PDFName.of('Dest'), PDFArray);
      bookmarks.push(pageIndex.get(destination.get(0).toString()) ?? -1);
    }
    expect(bookmarks).toHaveLength(slugs.length + 1);
    expect(bookmarks[0], 'contents on page 2').toBe(1);
    expect(bookmarks.slice(1).every((page, i) => page > bookmarks[i]!), `${bookmarks.join(', ')} rise`).toBe(true);
    // Page numbers add up: the summary's count matches the file.
    expect(stdout).toContain(`${pdf.getPageCount()} pages`);
  });

  test('an unknown section is a usage error that lists the sections', async () => {
    const projectRoot = path.resolve(import.meta.dirname, '../..');
    const { status, stderr } = await run(projectRoot, process.execPath, ['src/cli/binder-pdf.ts', '--section', 'nope', '--out', outDir]);
    expect(status).toBe(2);
    expect(stderr).toContain('There is no section `nope` — use one of recipes, procedures');
  });
});
