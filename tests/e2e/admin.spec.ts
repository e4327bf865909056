/**
 * The proposal editor at /admin/: Decap CMS loads from this site alone (no CDN, no
 * other host but the local proxy Decap probes for), starts with the config built
 * from the schemas, and every entry page links into it at the right entry.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { decapAssetFiles } from '../../src/integrations/decap-admin.ts';

/** The only other address /admin/ may call: Decap's probe for the local proxy (cms/config.ts LOCAL_BACKEND_URL). */
const LOCAL_PROXY = 'http://localhost:8081/api/v1';

/** Records every request that leaves this site, CSP violations, failed responses and uncaught errors. */
function watch(page: Page, origin: string) {
  const foreign: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
    if (new URL(url).origin !== origin && url !== LOCAL_PROXY) foreign.push(url);
  });
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  // A missing chunk or wasm file (not copied into dist/admin/) shows up as a 404 here.
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  return { foreign, problems };
}

test('the editor loads from this site only and shows its login', async ({ page, baseURL }) => {
  const { foreign, problems } = watch(page, new URL(baseURL!).origin);
  // The local backend may be up (npm start, or the propose test): make Decap find none, as on the published site.
  await page.route('http://localhost:8081/**', (route) => route.abort());
  const response = await page.goto('/admin/');
  expect(response?.status()).toBe(200);

  await expect(page.getByRole('button', { name: /Login with GitHub/i })).toBeVisible();
  expect(await page.evaluate(() => typeof window.CMS?.init)).toBe('function');
  await expect(page.getByText('Error loading the CMS configuration')).toHaveCount(0);
  await expect(page.locator('#admin-status')).toHaveCount(0);

  // Decap loads its chunks lazily; give them a moment, then nothing may have left the site.
  await page.waitForLoadState('networkidle');
  expect(foreign, 'requests to other hosts').toEqual([]);
  expect(problems, 'CSP violations, failed responses and page errors').toEqual([]);
});

test('every Decap file the bundle may load lazily is served from /admin/', async ({ request }) => {
  const names = decapAssetFiles(readdirSync(path.dirname(createRequire(import.meta.url).resolve('decap-cms'))));
  expect(names.length).toBeGreaterThan(10);
  for (const name of names) {
    const response = await request.get(`/admin/${name}`);
    expect(response.status(), name).toBe(200);
  }
});

test('the editor page stays out of search engines and the search index', async ({ page }) => {
  await page.goto('/admin/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.locator('body')).toHaveAttribute('data-pagefind-ignore', 'all');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self'/);
});

test('the editor serves the previews their binder data and stylesheet', async ({ request }) => {
  const binder = await (await request.get('/admin/binder.json')).json();
  expect(binder.ingredients['flour-00'].allergens).toEqual(['gluten', 'wheat']);
  expect(binder.recipes['margherita'].contains).toEqual(expect.arrayContaining(['gluten', 'milk']));
  expect(binder.titles.stations['pizza-bench']).toBe('Pizza bench');
  const css = await request.get('/admin/preview.css');
  expect(css.headers()['content-type']).toContain('text/css');
  expect(await css.text()).toContain('.critical-limit');
});

test('a recipe page links "Propose a change" to that recipe in the editor', async ({ page }) => {
  await page.goto('/recipes/margherita/');
  const link = page.getByRole('link', { name: 'Propose a change' });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', '/admin/#/collections/recipes/entries/margherita');
});

for (const { path: pagePath, name, href } of [
  { path: '/', name: "Propose a change to the franchise's name, tagline or settings", href: '/admin/#/collections/site/entries/identity' },
  { path: '/allergens/', name: "Propose a change to an ingredient's allergens", href: '/admin/#/collections/ingredients' },
  { path: '/search/', name: 'Propose an improvement', href: '/admin/' },
  { path: '/404.html', name: 'Propose an improvement', href: '/admin/' },
]) {
  test(`${pagePath}, which is no single entry, still leads to the editor`, async ({ page }) => {
    await page.goto(pagePath);
    await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  });
}

test('a section listing links "Propose a new …" to a new entry in the editor', async ({ page }) => {
  await page.goto('/recipes/');
  await expect(page.getByRole('link', { name: 'Propose a new recipe' })).toHaveAttribute('href', '/admin/#/collections/recipes/new');
  await page.goto('/equipment/');
  await expect(page.getByRole('link', { name: 'Propose new equipment' })).toHaveAttribute('href', '/admin/#/collections/equipment/new');
});
