/**
 * The binder in several languages, as a cook meets it: the same page in each
 * language a tap away, Spanish read, searched, printed and read offline, and in
 * Italian (recipes only) the fallback to the original with a notice and a recipe
 * whose notes are out of date. What the islands write in Spanish is in
 * i18n-kitchen.spec.ts, the pages' own words in i18n-site.spec.ts.
 */
import { expect, test } from '@playwright/test';

test('the language switcher opens the same page in each language, named in its own', async ({ page }) => {
  await page.goto('/recipes/pizza-dough/');
  const switcher = page.getByRole('navigation', { name: 'Language' });
  await expect(switcher.getByRole('link')).toHaveText(['English', 'Español', 'Italiano', 'Translations']);
  await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  await switcher.getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL(/\/es\/recipes\/pizza-dough\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Masa de pizza');
  // Numbers come from the one entry, written as Spanish writes them.
  await expect(page.locator('[data-batch]')).toHaveText('2,5 kg');
  await expect(page.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'Español' })).toHaveAttribute('aria-current', 'true');
  // Links stay in the language: the station, the equipment, the home page.
  await page.getByRole('link', { name: 'Amasadora de espiral' }).first().click();
  await expect(page).toHaveURL(/\/es\/equipment\/spiral-mixer\/$/);
  const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => `${link.getAttribute('hreflang')} ${new URL(link.getAttribute('href')!).pathname}`));
  expect(alternates).toEqual(['en-US /open-franchise/equipment/spiral-mixer/', 'es /open-franchise/es/equipment/spiral-mixer/', 'it /open-franchise/it/equipment/spiral-mixer/', 'x-default /open-franchise/equipment/spiral-mixer/']);
});

test('a Spanish recipe reads in Spanish with the original\'s numbers, and scales', async ({ page }) => {
  await page.goto('/es/recipes/margherita/?scale=2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Margherita');
  const mozzarella = page.locator('.mention', { hasText: 'Mozzarella' }).locator('.mention-qty');
  await expect(mozzarella).toHaveText('200 g');
  await expect(page.locator('ol.steps > li').first()).toContainText('Enharina ligeramente la mesa.');
  await expect(page.locator('.allergen-panel')).toContainText('Leche');
  // Fully translated and current: no notice.
  await expect(page.locator('.translation-notice')).toHaveCount(0);
});

test('search in Spanish finds Spanish pages', async ({ page }) => {
  await page.goto('/es/search/?q=masa');
  const results = page.locator('[data-results] > li');
  const dough = results.filter({ has: page.getByRole('link', { name: 'Masa de pizza', exact: true }) });
  await expect(dough).toBeVisible();
  await expect(dough.getByRole('link', { name: 'Masa de pizza', exact: true })).toHaveAttribute('href', '/es/recipes/pizza-dough/');
});

test('printed in Spanish, the page keeps its words and drops the switcher', async ({ page }) => {
  await page.goto('/es/recipes/margherita/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Idioma' })).toBeHidden();
  await expect(page.locator('.allergen-sources li').first()).toContainText('Gluten: Harina 00 (en Masa de pizza)');
  await expect(page.locator('print-qr')).toContainText('Escanea');
});

test('in Italian, an ingredient not translated yet is the original, said so and marked as English', async ({ page }) => {
  const response = await page.goto('/it/ingredients/mozzarella-fior-di-latte/');
  expect(response?.status()).toBe(200);
  const notice = page.getByRole('note').filter({ hasText: 'non è ancora tradotta' });
  await expect(notice).toHaveText('Questa pagina non è ancora tradotta in italiano: è mostrata in inglese. Leggi l’originale');
  await expect(page.locator('main > div[lang="en-US"] h1')).toHaveText('Mozzarella (fior di latte)');
  await notice.getByRole('link', { name: 'Leggi l’originale' }).click();
  await expect(page).toHaveURL(/\/ingredients\/mozzarella-fior-di-latte\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
});

test('in Italian, the names of entries not translated yet are marked as English, and the Italian words are not', async ({ page }) => {
  await page.goto('/it/recipes/margherita/');
  // The ingredients are not translated into Italian: their names are the original's, said to be English (WCAG 3.1.2).
  const basil = page.locator('table.ingredients a', { hasText: 'Fresh basil' });
  await expect(basil).toHaveAttribute('lang', 'en-US');
  await expect(page.locator('article h1')).not.toHaveAttribute('lang', /.*/);
  await expect(page.locator('ol.steps > li').first().locator('[lang]')).toHaveCount(0);
  // In Spanish, where everything is translated, nothing is marked.
  await page.goto('/es/recipes/margherita/');
  await expect(page.locator('main article [lang="en-US"]')).toHaveCount(0);
});

test('in Italian, a recipe whose notes changed since they were translated says it may be out of date', async ({ page }) => {
  await page.goto('/it/recipes/margherita/');
  const notice = page.getByRole('note');
  await expect(notice).toHaveAttribute('data-translation-state', 'stale');
  await expect(notice).toContainText('potrebbero non essere aggiornate');
  await expect(notice.getByRole('link', { name: 'Leggi l’originale' })).toHaveAttribute('href', '/recipes/margherita/');
  // The out-of-date notes still show, in Italian; the steps are current.
  await expect(page.locator('.prose')).toContainText('Formaggio bagnato');
  await expect(page.locator('ol.steps > li').first()).toContainText('Infarina leggermente il banco.');

  await page.goto('/it/translations/');
  const italian = page.getByRole('region', { name: 'Italiano' });
  await expect(italian.locator('tr[data-collection="recipes"] td[data-state="stale"]')).toHaveText('1');
  await expect(italian.locator('tr[data-collection="ingredients"] td[data-state="missing"]')).toHaveText('49');
  await expect(italian.locator('li[data-entry="recipes/margherita"]')).toContainText('body');
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after a first visit in English, a Spanish page never opened reads with the network off', async ({ page, context }) => {
    await page.goto('/recipes/margherita/');
    await expect(page.locator('offline-status [data-state]')).toHaveText('Available offline');
    await context.setOffline(true);
    await page.goto('/es/recipes/tiramisu/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tiramisù');
    await expect(page.locator('offline-status [data-state]')).toHaveText('Disponible sin conexión');
  });
});
