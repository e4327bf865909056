/**
 * Search works from the built files alone: it finds a recipe by an ingredient it
 * contains, shows the entry type, and "free from" removes what contains the allergen.
 */
import { expect, test } from '@playwright/test';

test('the search box on any page leads to results', async ({ page }) => {
  await page.goto('/recipes/pizza-dough/');
  await page.getByRole('searchbox', { name: 'Search the binder' }).fill('gorgonzola');
  await page.getByRole('searchbox', { name: 'Search the binder' }).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=gorgonzola/);
  const results = page.locator('[data-results] > li');
  await expect(results.filter({ hasText: 'Quattro formaggi' })).toBeVisible();
  await expect(results.filter({ hasText: 'Quattro formaggi' }).locator('.tag')).toHaveText('Recipe');
});

test('search finds a recipe by an ingredient, and "free from" excludes what contains the allergen', async ({ page }) => {
  await page.goto('/search/?q=tomatoes');
  const results = page.locator('[data-results] > li');
  await expect(results.filter({ hasText: 'Margherita' })).toBeVisible();
  await expect(results.filter({ hasText: 'Marinara' })).toBeVisible();

  await page.locator('fieldset', { hasText: 'Free from' }).getByLabel('Milk', { exact: true }).check();
  await expect(results.filter({ hasText: 'Margherita' })).toHaveCount(0);
  await expect(results.filter({ hasText: 'Marinara' })).toBeVisible();
  await expect(page).toHaveURL(/free=Milk/);
  // Nothing left in the list carries milk.
  await expect.poll(async () => (await results.locator('.allergen-badges').allTextContents()).filter((badges) => badges.includes('Milk'))).toEqual([]);
});

test('filters narrow by section, course and station', async ({ page }) => {
  await page.goto('/search/?q=oven');
  const results = page.locator('[data-results] > li');
  await expect(results.first()).toBeVisible();
  await page.locator('fieldset', { hasText: 'Section' }).getByLabel('Procedures').check();
  // The list re-renders after the click: poll until it has, rather than read the old one.
  await expect.poll(async () => new Set(await results.locator('.tag').allTextContents())).toEqual(new Set(['Procedure']));

  await page.goto('/search/?course=pizza');
  await expect(results.filter({ hasText: 'Diavola' })).toBeVisible();
  await expect.poll(async () => new Set(await results.locator('.tag').allTextContents())).toEqual(new Set(['Recipe']));

  await page.goto('/search/?station=Espresso%20bar');
  await expect(results.filter({ has: page.getByRole('link', { name: 'Cappuccino', exact: true }) })).toBeVisible();
  await expect(results.filter({ has: page.getByRole('link', { name: 'Margherita', exact: true }) })).toHaveCount(0);
});
