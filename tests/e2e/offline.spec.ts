/**
 * The binder works with the network down after a first visit: the service worker
 * (sw.js, made by src/integrations/offline.ts) precaches every page, its CSS and
 * scripts and the search index, and <offline-status> says so. In Chromium,
 * `context.setOffline` cuts the service worker's own fetches too, so a page that
 * opens offline really came from the precache.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveDeployableSite } from '../support/deployable-site.ts';
import { run } from '../support/processes.ts';
import { copyProject } from '../support/project-copy.ts';

const DIST = path.resolve(import.meta.dirname, '../../dist');

// Other tests keep service workers out (playwright.config.ts); these are about them.
test.use({ serviceWorkers: 'allow' });

/** First visit: wait until the worker has saved the binder and controls the page. */
async function visitUntilOffline(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // Workbox saves the files one at a time: with every test doing it at once, that takes a while.
  await expect(page.locator('offline-status [data-state]')).toHaveText('Available offline');
  // The page may learn it is saved while its worker is still finishing its activation: wait for that state too.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
}

test('after a first visit, a recipe never opened before reads with the network off', async ({ page, context }) => {
  // Registration runs under the reading pages' policy (worker-src falls back to script-src 'self').
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await visitUntilOffline(page, '/recipes/margherita/');
  expect(violations).toEqual([]);
  await context.setOffline(true);

  await page.goto('/recipes/quattro-formaggi/');
  await expect(page.getByRole('heading', { level: 1, name: 'Quattro formaggi' })).toBeVisible();
  await expect(page.locator('table.ingredients')).toContainText('Gorgonzola');
  // Styled: the binder's stylesheet came from the precache too.
  expect(await page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.href?.includes('/_astro/') && sheet.cssRules.length > 0))).toBe(true);
  await expect(page.locator('offline-status [data-state]')).toHaveText('Available offline');

  // A batch link carries its scale in the query: the page is the same precached file.
  await page.goto('/recipes/tiramisu/?scale=2');
  await expect(page.getByRole('heading', { level: 1, name: 'Tiramisù' })).toBeVisible();
});

test('offline, a search for an ingredient finds its recipe', async ({ page, context }) => {
  await visitUntilOffline(page, '/recipes/margherita/');
  await context.setOffline(true);

  await page.goto('/search/?q=gorgonzola');
  await expect(page.locator('[data-results] > li').filter({ hasText: 'Quattro formaggi' })).toBeVisible();
});

test('offline, an address that is not in the binder shows the 404 page', async ({ page, context }) => {
  await visitUntilOffline(page, '/recipes/margherita/');
  await context.setOffline(true);

  await page.goto('/recipes/no-such-recipe/');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('after a deployment, a non-blocking prompt offers the new version, and Reload switches to it', async ({ page }) => {
  // Its own server, whose sw.js changes when the test deploys (see tests/support/deployable-site.ts).
  const site = await serveDeployableSite(DIST);
  try {
    await visitUntilOffline(page, `${site.url}recipes/margherita/`);
    const prompt = page.locator('offline-status [data-prompt]');
    await expect(prompt).toBeHidden();

    site.redeploy();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    await expect(prompt).toBeVisible();
    // Announced politely (a status, not an alert), with a real button.
    await expect(page.getByRole('status').filter({ hasText: 'A new version of the binder is available' })).toBeVisible();
    await expect(prompt.getByRole('button', { name: 'Reload' })).toBeVisible();
    // Not a modal: the page underneath still takes taps, and the new version waits for the cook.
    expect(await page.locator('[aria-modal="true"], dialog[open]').count()).toBe(0);
    await page.getByRole('link', { name: 'Credits' }).click();
    await expect(page).toHaveURL(/\/credits\/$/);
    await expect(prompt).toBeVisible();
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);
    expect(await controllingDeployment(page), 'the first deployment still controls the page').toBe(0);

    await page.evaluate(() => ((window as unknown as { beforeReload: boolean }).beforeReload = true));
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);

    // A fresh page (reloaded once), controlled by the new worker, with nothing left waiting.
    expect(await page.evaluate(() => (window as unknown as { beforeReload?: boolean }).beforeReload)).toBeUndefined();
    await expect(page.locator('offline-status [data-state]')).toHaveText('Available offline');
    await expect(prompt).toBeHidden();
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);
    await expect.poll(() => controllingDeployment(page)).toBe(1);
  } finally {
    await site.close();
  }
});

test('under a base path (BASE_PATH=/binder/), the offline copy is scoped to it and works the same', async ({ page, context }) => {
  test.setTimeout(600_000);
  const project = await copyProject('offline-base');
  try {
    const build = await run(project, 'npm', ['run', 'build'], { BASE_PATH: '/binder/' });
    expect(build.status, build.output).toBe(0);
    expect(build.stdout).toMatch(/Offline: \d+ files, [\d.]+ MB precached/);
    const site = await serveDeployableSite(path.join(project, 'dist'), '/binder/');
    try {
      await visitUntilOffline(page, `${site.url}recipes/margherita/`);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(site.url);
      await context.setOffline(true);

      await page.goto(`${site.url}recipes/quattro-formaggi/?scale=2`);
      await expect(page.getByRole('heading', { level: 1, name: 'Quattro formaggi' })).toBeVisible();
      await page.goto(`${site.url}search/?q=gorgonzola`);
      const result = page.locator('[data-results] > li').filter({ hasText: 'Quattro formaggi' });
      await expect(result).toBeVisible();
      // Pagefind indexed the pages without the base path: the result still links under it.
      await expect(result.getByRole('link')).toHaveAttribute('href', '/binder/recipes/quattro-formaggi/');
      await page.goto(`${site.url}no-such-page/`);
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    } finally {
      await site.close();
    }
  } finally {
    await rm(project, { recursive: true, force: true });
  }
});

/** Which deployment of sw.js controls the page, as its worker answers (tests/support/deployable-site.ts): 0 first, 1 after the redeploy. */
async function controllingDeployment(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        navigator.serviceWorker.addEventListener('message', (event) => resolve((event.data as { deployment: number }).deployment), { once: true });
        navigator.serviceWorker.controller?.postMessage('deployment?');
      }),
  );
}

test('the service worker loads nothing from another site and ships no source map', async () => {
  const worker = await readFile(path.join(DIST, 'sw.js'), 'utf8');
  expect(worker).not.toMatch(/importScripts\s*\(/);
  expect(worker).not.toMatch(/\bimport\s*\(/);
  expect(worker).not.toContain('sourceMappingURL');
  // Workbox's runtime is inlined, and the manifest names pages, the search index, and never the editor.
  expect(worker).toContain('precache');
  expect(worker).toContain('"recipes/margherita/index.html"');
  expect(worker).toContain('"pagefind/pagefind-entry.json"');
  expect(worker).not.toContain('"admin/');
});
