/**
 * The prep list a cook works through in the morning: covers and the day in, counts of
 * what is on hand, and each line's par and what to make in whole batches, as the
 * prep-quantity domain computes them from the sample's pars (so the page cannot drift
 * from the arithmetic); a link opens the recipe at that batch; the counts are still there
 * after a reload; it prints with "prepared by / checked by"; and it fits a phone.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { checkBinder } from '../../src/binder/check-binder.ts';
import { prepItems, prepLinkQuery } from '../../src/domain/costing/prep-items.ts';
import { orderList } from '../../src/domain/costing/order-packs.ts';
import { prepQuantity } from '../../src/domain/costing/prep-quantity.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';
import { EACH_WIDTH } from '../support/width.ts';

const SATURDAY = 5;
const COVERS = 120;
const COUNTS: Record<string, number> = { 'recipes/pizza-sauce': 5, 'recipes/pizza-dough': 20, 'ingredients/mozzarella-fior-di-latte': 30 };

test('covers, the day and the counts in; each par and what to make out, in whole batches, with the recipe at that batch', async ({ page }) => {
  const check = await checkBinder(path.join(PROJECT_ROOT, 'content'));
  expect(check.problems).toEqual([]);
  const items = prepItems(check.entries);
  expect(items.length).toBeGreaterThanOrEqual(10);

  await page.goto('/prep/');
  await page.getByLabel('Expected covers').fill(String(COVERS));
  await page.getByLabel('Day', { exact: true }).selectOption(String(SATURDAY));
  for (const [key, count] of Object.entries(COUNTS)) await page.locator(`[data-on-hand="${key}"]`).fill(String(count));

  // Worked by hand for the sauce: 0.06 kg a cover × 120 covers × 2 days + 1 kg safety = 15.4 kg; 5 kg on hand
  // leaves 10.4 kg short, which is 4 batches of 3 kg: 12 kg.
  const sauce = page.locator('[data-prep-row="recipes/pizza-sauce"]');
  await expect(sauce.locator('td[data-par]')).toHaveText('15.4 kg');
  await expect(sauce.locator('[data-make]')).toHaveText('12 kg · 4 batches');
  await expect(sauce.locator('[data-open]')).toHaveAttribute('href', /\/recipes\/pizza-sauce\/\?yield=12kg$/);

  for (const item of items) {
    const key = `${item.collection}/${item.id}`;
    const result = prepQuantity(item.rule, { covers: COVERS, weekday: SATURDAY }, COUNTS[key] ?? 0);
    const row = page.locator(`[data-prep-row="${key}"]`);
    if (result.make > 0) await expect(row, key).toHaveAttribute('data-to-make', '');
    else await expect(row, key).not.toHaveAttribute('data-to-make');
    const query = prepLinkQuery(item, result.make);
    if (query) await expect(row.locator('[data-open]'), key).toHaveAttribute('href', new RegExp(`\\?${query.replace(/[.?]/g, '\\$&')}$`));
  }

  // The dough by weekday: Saturday's 140 balls + 10 safety, 20 on hand: 130, in batches of 10.
  await page.locator('[data-prep-row="recipes/pizza-dough"] [data-open]').click();
  await expect(page).toHaveURL(/\/recipes\/pizza-dough\/\?portions=130$/);
  await expect(page.locator('[data-portions]').first()).toHaveText('130');
});

test('under the prep, the order it needs: as purchased, in whole packs by supplier, with its cost, as the order domain computes it; and as CSV', async ({ page }) => {
  const check = await checkBinder(path.join(PROJECT_ROOT, 'content'));
  const items = prepItems(check.entries);
  const needs = items.flatMap((item) => {
    const { make } = prepQuantity(item.rule, { covers: COVERS, weekday: SATURDAY }, COUNTS[`${item.collection}/${item.id}`] ?? 0);
    return item.purchases.map((need) => ({ ingredient: need.ingredient, amount: { quantity: need.amount.quantity * make, unit: need.amount.unit } }));
  });
  const expected = orderList(needs, check.entries.ingredients, check.site!.currency);
  expect(expected.suppliers.length).toBeGreaterThanOrEqual(2);

  await page.goto('/prep/');
  await page.getByLabel('Expected covers').fill(String(COVERS));
  await page.getByLabel('Day', { exact: true }).selectOption(String(SATURDAY));
  for (const [key, count] of Object.entries(COUNTS)) await page.locator(`[data-on-hand="${key}"]`).fill(String(count));

  const order = page.locator('[data-order]');
  await expect(order.locator('h3')).toHaveText(expected.suppliers.map((supplier) => supplier.supplier ?? 'No supplier named'));
  for (const line of expected.suppliers.flatMap((supplier) => supplier.lines)) {
    await expect(order.locator(`[data-order-line="${line.ingredient}"] [data-packs]`), line.name).toContainText(`${line.packs} ×`);
  }
  const usd = (amount: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount);
  await expect(order.locator('[data-order-total]')).toHaveText(`Total: ${usd(expected.cost)}`);
  // The mozzarella is bought ready: 0.07 kg × 120 covers × 2 days + 1 kg = 17.8 kg par, 30 kg on hand, and no prep item uses it: none to order.
  await expect(order.locator('[data-order-line="mozzarella-fior-di-latte"]')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the order as CSV' }).click();
  const file = await readFile(await (await download).path(), 'utf8');
  // A byte-order mark first, so a spreadsheet reads the accents of a supplier's name right.
  expect(file.startsWith('\uFEFF')).toBe(true);
  const lines = file.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('Supplier,Ingredient,Item code,Needed,Unit,Order,Pack size,Cost');
  expect(lines).toHaveLength(1 + expected.suppliers.reduce((sum, supplier) => sum + supplier.lines.length, 0));
});

test('the counts are still there after a reload, and the list prints with its signature lines', async ({ page }) => {
  await page.goto('/prep/');
  await page.getByLabel('Expected covers').fill('80');
  await page.locator('[data-on-hand="recipes/pizza-sauce"]').fill('7.5');
  await page.reload();
  await expect(page.getByLabel('Expected covers')).toHaveValue('80');
  await expect(page.locator('[data-on-hand="recipes/pizza-sauce"]')).toHaveValue('7.5');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.prep-signatures')).toContainText('Prepared by');
  await expect(page.locator('.prep-signatures')).toContainText('Checked by');
  await expect(page.getByRole('button', { name: 'Print the prep list' })).toBeHidden();
});

test('in Spanish, with the language’s numbers and words', async ({ page }) => {
  await page.goto('/es/prep/');
  await expect(page.locator('h1')).toHaveText('Lista de producción');
  await page.getByLabel('Cubiertos previstos').fill(String(COVERS));
  await page.getByLabel('Día', { exact: true }).selectOption(String(SATURDAY));
  await page.locator('[data-on-hand="recipes/pizza-sauce"]').fill('5');
  await expect(page.locator('[data-prep-row="recipes/pizza-sauce"] td[data-par]')).toHaveText('15,4 kg');
  await expect(page.locator('[data-prep-row="recipes/pizza-sauce"] [data-make]')).toHaveText('12 kg · 4 tandas');
});

test('on a phone the par folds under the name and nothing is wider than the screen', EACH_WIDTH, async ({ page }) => {
  await page.goto('/prep/');
  await page.locator('[data-on-hand="recipes/pizza-sauce"]').fill('5');
  const overflow = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((el) => el.tagName));
  expect(overflow).toEqual([]);
  await expect(page.locator('[data-prep-row="recipes/pizza-sauce"] [data-par]').filter({ visible: true })).toHaveCount(1);
});

test('without the order’s data the prep list still works, and the order says why it is missing', async ({ page }) => {
  await page.route('**/prep/order.json', (route) => route.abort());
  await page.goto('/prep/');
  await page.getByLabel('Expected covers').fill('120');
  await expect(page.locator('[data-order]')).toHaveText('The order could not be loaded: reload the page once you are online.');
  // 0.06 kg a cover for two days and 1 kg of safety stock: 15.4 kg, worked out with no order at all.
  await expect(page.locator('[data-prep-row="recipes/pizza-sauce"] td[data-par]')).toHaveText('15.4 kg');
});
