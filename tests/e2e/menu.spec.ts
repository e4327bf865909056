/**
 * The menu a manager reads: every dish with its price, plate cost, food cost, margin and
 * the price at the target, as the costing domain computes them from the sample binder's
 * prices (so the page cannot drift from the arithmetic); a dish above target flagged in
 * words; the same figures as CSV; a dish's own page with its plate, component by
 * component; and the menu in Spanish, with the language's numbers and money. Under it,
 * menu engineering from a till's sales file (mapped, matched, classed; bad files refused
 * by row), and calories per dish with the statements 21 CFR 101.11 asks for.
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { checkBinder } from '../../src/binder/check-binder.ts';
import { menuSections, type MenuRow } from '../../src/domain/costing/menu-costing.ts';
import { engineerMenu } from '../../src/domain/costing/menu-engineering.ts';
import { roundCalories, roundNutrient } from '../../src/domain/nutrition/label-rounding.ts';
import { plateNutrients, portionNutrients } from '../../src/domain/nutrition/nutrient-sum.ts';
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
  const sections = page.locator('main section:has(table.menu-costs) h2');
  await expect(sections.first()).toHaveText('Pizzas');
  await expect(sections.last()).toHaveText('Coffee');
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

/** The sales a till exported, as the menu-engineering domain reads them: each dish's units, price and plate cost. */
function salesOf(rows: MenuRow[], sold: Record<string, number>) {
  return engineerMenu(rows.map(({ id, item, costing }) => ({ item: id, sold: sold[id] ?? 0, price: item.price, plateCost: costing.plateCost.missing.length > 0 ? undefined : costing.plateCost.amount })));
}

test('a sales file, mapped to its columns: each dish’s mix, margin and class, and the ideal food cost, as the engineering domain computes them', async ({ page }) => {
  const { rows } = await sampleMenu();
  const sold: Record<string, number> = { margherita: 1204, marinara: 310, 'pizza-verde': 95, affogato: 12, tiramisu: 402 };
  const expected = salesOf(rows, sold);
  const nameOf = (id: string) => rows.find((row) => row.id === id)!.item.name;
  // An export whose columns nobody would guess: the dish is under "Description", the first column a code.
  const csv = ['Article code,Description,Sold (units),Gross', ...Object.entries(sold).map(([id, count], n) => `A-${n},"${nameOf(id).toUpperCase()}",${count},0`)].join('\n');

  await page.goto('/menu/');
  await page.getByLabel('Sales export (CSV)').setInputFiles({ name: 'november.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  // The guess takes the code column for the dish: every row is refused, by row, and nothing is shown.
  await expect(page.locator('[data-sales-problems]')).toContainText('Nothing was loaded from november.csv:');
  await expect(page.locator('[data-sales-problems] li').first()).toHaveText(/^Row 2: “A-0” is not on this menu\./);
  await expect(page.locator('[data-sales-result]')).toBeEmpty();

  await page.getByLabel('Column with the dish').selectOption({ label: 'Description' });
  await expect(page.getByLabel('Column with the units sold')).toHaveValue('2');
  await expect(page.locator('[data-sales-problems]')).toBeEmpty();
  for (const item of expected.items) {
    const row = page.locator(`[data-sales-dish="${item.item}"]`);
    await expect(row.locator('td').nth(0), item.item).toHaveText(item.sold.toLocaleString('en-US'));
    await expect(row.locator('td').nth(1)).toHaveText(`${(item.mix * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })}%`);
    if (item.class) await expect(row.locator('td').nth(3)).toHaveText({ star: 'Star', plowhorse: 'Plowhorse', puzzle: 'Puzzle', dog: 'Dog' }[item.class]);
  }
  // The worked case: the margherita sells most, so it is popular; its class follows its margin against the average.
  expect(expected.items.find((item) => item.item === 'margherita')!.popular).toBe(true);
  const summary = page.locator('[data-sales-summary]');
  await expect(summary).toContainText(`${expected.totalSold.toLocaleString('en-US')} sold`);
  await expect(summary).toContainText(`Ideal food cost: ${(expected.idealFoodCostPercent! / 100).toLocaleString('en-US', { style: 'percent', maximumFractionDigits: 1 })}`);
  await expect(summary).toContainText(`average margin, ${usd(expected.averageMargin!)}`);
});

test('a bad sales file names each problem by row and what to do, and shows no figures until it is right', async ({ page }) => {
  await page.goto('/menu/');
  const file = page.getByLabel('Sales export (CSV)');
  const problems = page.locator('[data-sales-problems] li');

  await file.setInputFiles({ name: 'sales.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]) });
  await expect(problems).toHaveText(['This is not a CSV file (a spreadsheet saved as .xlsx?). Export or save it as CSV and load that.']);

  await file.setInputFiles({ name: 'sales.csv', mimeType: 'text/csv', buffer: Buffer.from('Item,Items Sold\nMargherita,30\nNegroni,4\nTiramisù,ten\nMarinara,-2\n') });
  await expect(problems).toHaveText([
    /^Row 3: “Negroni” is not on this menu\./,
    /^Row 4: “ten” is not a number of units sold\./,
    /^Row 5: -2 units sold is negative \(a refund\?\)\./,
  ]);
  await expect(page.locator('[data-sales-result]')).toBeEmpty();
  // Leaving out what is not on the menu is a choice the manager makes; the other rows still stop it.
  await page.getByLabel('Leave out rows for items not on this menu').check();
  await expect(problems).toHaveCount(2);
  await expect(page.locator('[data-sales-result]')).toBeEmpty();

  await file.setInputFiles({ name: 'sales.csv', mimeType: 'text/csv', buffer: Buffer.from('Item,Items Sold\nMargherita,30\nNegroni,4\nTiramisù,10\n') });
  await expect(problems).toHaveCount(0);
  await expect(page.locator('[data-sales-left-out]')).toHaveText('1 row left out, not on this menu: Negroni.');
  await expect(page.locator('[data-sales-dish="margherita"] td').first()).toHaveText('30');

  // Money in another currency is refused, never converted; choosing no money column uses the menu's prices.
  await file.setInputFiles({ name: 'sales-eur.csv', mimeType: 'text/csv', buffer: Buffer.from('Item,Items Sold,Net Sales\nMargherita,30,€480.00\n') });
  await expect(problems).toHaveText([/^Row 2: “€480.00” is in EUR, but this binder’s prices are in USD\./]);
  await expect(page.locator('[data-sales-result]')).toBeEmpty();
  await page.getByLabel('Column with the money taken (optional)').selectOption({ label: 'None: use the menu’s prices' });
  await expect(problems).toHaveCount(0);
  await expect(page.locator('[data-sales-prices]')).toHaveCount(0);
  await expect(page.locator('[data-sales-dish="margherita"] td').first()).toHaveText('30');

  // In dollars, the money taken gives the price the dish really sold at: $1,440 ÷ 30 = $48.00 a plate, so its margin is $48 less its plate cost.
  const { rows } = await sampleMenu();
  const plateCost = rows.find((row) => row.id === 'margherita')!.costing.plateCost.amount;
  await file.setInputFiles({ name: 'sales-usd.csv', mimeType: 'text/csv', buffer: Buffer.from('Item,Items Sold,Net Sales\nMargherita,30,"$1,440.00"\n') });
  await expect(page.locator('[data-sales-prices]')).toBeVisible();
  await expect(page.getByLabel('Column with the money taken (optional)')).toHaveValue('2');
  await expect(page.locator('[data-sales-dish="margherita"] td').nth(2)).toHaveText(usd(48 - plateCost));
});

test('calories per dish as a US menu rounds them, with the two statements the rule asks for; nutrition per plate and per portion on the pages', async ({ page }) => {
  const { binder, rows } = await sampleMenu();
  await page.goto('/menu/');
  for (const { id, item } of rows) {
    const sum = plateNutrients(item, binder);
    const shown = sum.missing.energy.length === 0 ? roundCalories(sum.amounts.energy).toLocaleString('en-US') : '—';
    await expect(page.locator(`tr[data-menu-item="${id}"] [data-calories]`), id).toHaveText(shown);
  }
  await expect(page.locator('main')).toContainText('2,000 calories a day is used for general nutrition advice, but calorie needs vary.');
  await expect(page.locator('main')).toContainText('Additional nutrition information available upon request.');

  const margherita = plateNutrients(binder.menu.get('margherita')!, binder);
  await page.goto('/menu/margherita/');
  await expect(page.locator('#nutrition')).toHaveText('Nutrition per plate');
  await expect(page.locator('[data-nutrition]')).toContainText(`Calories ${roundCalories(margherita.amounts.energy).toLocaleString('en-US')} kcal`);

  const ball = portionNutrients('pizza-dough', binder)!;
  await page.goto('/recipes/pizza-dough/');
  await expect(page.locator('[data-nutrition]')).toContainText(`Calories ${roundCalories(ball.amounts.energy)} kcal`);
  await expect(page.locator('[data-nutrition]')).toContainText(`Sodium ${roundNutrient('sodium', ball.amounts.sodium).toLocaleString('en-US')} mg`);
});

test('without the dishes’ data (offline before it was ever cached), menu engineering says so and shows no figures', async ({ page }) => {
  await page.route('**/menu/dishes.json', (route) => route.abort());
  await page.goto('/menu/');
  await page.getByLabel('Sales export (CSV)').setInputFiles({ name: 'sales.csv', mimeType: 'text/csv', buffer: Buffer.from('Item,Items Sold\nMargherita,30\n') });
  await expect(page.locator('[data-sales-problems]')).toHaveText('Menu engineering could not load what it needs: reload the page once you are online.');
  await expect(page.locator('[data-sales-result]')).toBeEmpty();
});
