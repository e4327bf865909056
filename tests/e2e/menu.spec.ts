/**
 * The menu a manager reads: every dish with its price, plate cost, food cost, margin and
 * the price at the target, as the costing domain computes them from the sample binder's
 * prices (so the page cannot drift from the arithmetic); a dish above target flagged in
 * words; the same figures as CSV; a dish's own page with its plate, component by
 * component; and the menu in Spanish, with the language's numbers and money.
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { checkBinder } from '../../src/binder/check-binder.ts';
import { menuSections, type MenuRow } from '../../src/domain/costing/menu-costing.ts';
import type { Binder } from '../../src/domain/binder.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

async function sampleMenu(): Promise<{ binder: Binder; rows: MenuRow[] }> {
  const check = await checkBinder(path.join(PROJECT_ROOT, 'content'));
  expect(check.problems).toEqual([]);
  const binder: Binder = { site: check.site!, ...check.entries };
  const rows = menuSections(binder.menu, binder, binder.site.currency, binder.site.costing?.targetFoodCostPercent, 'en-US').flatMap((section) => section.rows);
  return { binder, rows };
}

const usd = (amount: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount);
const percent = (value: number) => `${value.toFixed(1)}%`;

test('the menu shows every dish’s costs as the costing domain computes them, and flags a dish above its target', async ({ page }) => {
  const { binder, rows } = await sampleMenu();
  await page.goto('/menu/');
  await expect(page.locator('h1')).toHaveText('Menu');
  await expect(page.locator('tr[data-menu-item]')).toHaveCount(binder.menu.size);
  expect(rows.some((row) => row.costing.overTarget)).toBe(true);
  for (const { id, item, costing } of rows) {
    const row = page.locator(`tr[data-menu-item="${id}"]`);
    const cells = row.locator('td');
    await expect(row.locator('th a')).toHaveText(item.name);
    await expect(cells.nth(0)).toHaveText(usd(item.price));
    await expect(cells.nth(1)).toHaveText(usd(costing.plateCost.amount));
    await expect(cells.nth(2)).toContainText(percent(costing.foodCostPercent!));
    await expect(cells.nth(3)).toHaveText(usd(costing.margin!));
    await expect(cells.nth(4)).toHaveText(usd(costing.targetPrice!));
    if (costing.overTarget) await expect(cells.nth(2)).toContainText('Above target');
    else await expect(cells.nth(2)).not.toContainText('Above target');
  }
  // Dishes in menu order: the pizzas first, the coffee last.
  await expect(page.locator('main h2').first()).toHaveText('Pizzas');
  await expect(page.locator('main h2').last()).toHaveText('Coffee');
});

test('the menu’s CSV holds the page’s figures as plain numbers a spreadsheet sums', async ({ page, request }) => {
  const { rows } = await sampleMenu();
  await page.goto('/menu/');
  const href = await page.getByRole('link', { name: 'Download the menu’s costs as CSV' }).getAttribute('href');
  const response = await request.get(href!);
  expect(response.headers()['content-type']).toContain('text/csv');
  const lines = (await response.text()).trimEnd().split('\r\n');
  expect(lines[0]).toBe('Section,Dish,Price,Plate cost,Food cost %,Target %,Margin,Price at target,Above target,Missing');
  expect(lines).toHaveLength(rows.length + 1);
  const affogato = rows.find((row) => row.id === 'affogato')!;
  expect(lines).toContain(['Desserts', 'Affogato', affogato.item.price.toFixed(2), affogato.costing.plateCost.amount.toFixed(2), affogato.costing.foodCostPercent!.toFixed(1), '20.0', affogato.costing.margin!.toFixed(2), affogato.costing.targetPrice!.toFixed(2), 'yes', ''].join(','));
});

test('a dish’s page shows its plate component by component, the costs adding up to the plate', async ({ page }) => {
  const { rows } = await sampleMenu();
  const { item, costing } = rows.find((row) => row.id === 'minestrone-and-focaccia')!;
  await page.goto('/menu/minestrone-and-focaccia/');
  await expect(page.locator('h1')).toHaveText(item.name);
  const plate = page.locator('table.plate tbody tr');
  await expect(plate).toHaveCount(3);
  await expect(plate.nth(0).locator('a')).toHaveAttribute('href', /\/recipes\/minestrone\/$/);
  await expect(plate.nth(2).locator('a')).toHaveText('Pecorino Romano');
  for (const [index, cost] of costing.components.entries()) await expect(plate.nth(index).locator('td').last()).toHaveText(usd(cost.amount));
  await expect(page.locator('.facts')).toContainText(`Plate cost${usd(costing.plateCost.amount)}`);
  // Milk from the pecorino and celery from the soup: the plate's allergens come through its recipes.
  await expect(page.locator('.allergen-panel')).toContainText('Contains Milk');
  await expect(page.locator('.allergen-panel')).toContainText('Contains Celery');
});

test('the menu in Spanish: its dishes’ names, and money and percentages as Spanish writes them', async ({ page }) => {
  await page.goto('/es/menu/');
  await expect(page.locator('h1')).toHaveText('Carta');
  const margherita = page.locator('tr[data-menu-item="margherita"]');
  await expect(margherita.locator('td').first()).toHaveText(/^16,00\sUS\$$/);
  await expect(page.locator('tr[data-menu-item="caesar-salad"] th a')).toHaveText('Ensalada César');
  await expect(page.locator('tr[data-menu-item="affogato"]')).toContainText('Por encima del objetivo');
});
