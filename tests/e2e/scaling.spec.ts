/**
 * A cook makes a different batch: the multiplier or target lives in the URL, every
 * quantity follows (table and step text), units and temperatures convert, and the
 * choice is remembered on the device.
 */
import { expect, test, type Page } from '@playwright/test';

const qty = (page: Page, ingredient: string) => page.locator('tr', { has: page.getByRole('link', { name: ingredient, exact: true }) }).locator('td.qty').first();

test('?scale=2 doubles the quantities in the table and in the step text', async ({ page }) => {
  await page.goto('/recipes/margherita/?scale=2');
  await expect(qty(page, 'Mozzarella (fior di latte)')).toHaveText('200 g');
  await expect(page.locator('.mention', { hasText: 'Mozzarella' }).locator('.mention-qty')).toHaveText('200 g');
  await expect(page.locator('[data-batch]')).toHaveText('2 pieces');
  await expect(page.getByRole('button', { name: '2×' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: '2 × the batch' })).toBeVisible();
  // The sub-recipe opens at the amount this batch needs.
  const dough = page.locator('a[data-sub-line]', { hasText: 'Pizza dough' });
  await expect(dough).toHaveAttribute('href', /\/recipes\/pizza-dough\/\?portions=2$/);
  await dough.click();
  await expect(page.locator('[data-portions]')).toHaveText('2');
  await expect(qty(page, '00 flour')).toHaveText('300 g');
});

test('a multiplier chosen by tap goes into the URL and is remembered for the next visit', async ({ page }) => {
  await page.goto('/recipes/margherita/');
  await expect(qty(page, 'Mozzarella (fior di latte)')).toHaveText('100 g');
  await page.getByRole('button', { name: '3×' }).click();
  await expect(qty(page, 'Mozzarella (fior di latte)')).toHaveText('300 g');
  await expect(page).toHaveURL(/\?scale=3$/);
  // The printed QR code follows at once: a print right after the tap opens this batch.
  await expect(page.locator('print-qr')).toHaveAttribute('data-drawn-for', /\/recipes\/margherita\/\?scale=3$/);
  await page.goto('/recipes/margherita/');
  await expect(qty(page, 'Mozzarella (fior di latte)')).toHaveText('300 g');
  await expect(page).toHaveURL(/\?scale=3$/);
  await page.getByRole('button', { name: '1×' }).click();
  await expect(qty(page, 'Mozzarella (fior di latte)')).toHaveText('100 g');
  await expect(page).toHaveURL(/\/margherita\/$/);
});

test('a target yield: 25 dough balls of 280 g, split into mixes when the mixer is too small', async ({ page }) => {
  await page.goto('/recipes/pizza-dough/');
  await page.getByLabel('Make').fill('25');
  await page.getByLabel('of', { exact: true }).selectOption('portions');
  await page.getByLabel('each').fill('280');
  await page.getByRole('button', { name: 'Scale', exact: true }).click();
  await expect(page).toHaveURL(/portions=25&size=280g/);
  await expect(page.locator('[data-batch]')).toHaveText('7 kg');
  await expect(page.locator('[data-portion-size]')).toHaveText('280 g');
  await expect(qty(page, '00 flour')).toHaveText('4,200 g');

  await page.goto('/recipes/pizza-dough/?yield=30kg');
  await expect(page.locator('[data-mixes]')).toHaveText(/make 2 equal mixes of 15 kg/);
  await expect(page.locator('[data-note-for="0"]')).toContainText('9,000 g per mix');
});

test('metric to US customary: weights, volumes and temperatures convert, and back', async ({ page }) => {
  await page.goto('/recipes/margherita/');
  await page.getByRole('button', { name: 'US · °F' }).click();
  await expect(page).toHaveURL(/units=us/);
  await expect(qty(page, 'Mozzarella (fior di latte)')).toHaveText('3 ½ oz');
  await expect(page.locator('.step-meta').filter({ hasText: 'At ' }).first()).toContainText('698 °F (370 °C)');
  await page.getByRole('button', { name: 'Metric · °C' }).click();
  await expect(qty(page, 'Mozzarella (fior di latte)')).toHaveText('100 g');
  await expect(page.locator('.step-meta').filter({ hasText: 'At ' }).first()).toContainText('370 °C (698 °F)');
});

test('counted ingredients round to whole pieces and say so; tiny amounts are flagged', async ({ page }) => {
  await page.goto('/recipes/spinach-frittata/?scale=0.45');
  await expect(qty(page, 'Eggs')).toHaveText('5');
  await expect(page.locator('tr', { has: page.getByRole('link', { name: 'Eggs', exact: true }) }).locator('.scale-note')).toContainText('rounded to whole pieces');
  await page.goto('/recipes/pizza-dough/?scale=0.1');
  await expect(page.locator('tr', { has: page.getByRole('link', { name: 'Instant dry yeast', exact: true }) }).locator('.scale-note')).toContainText('precision scale');
});

test('a sauce scales its salt by a reduced factor and says where', async ({ page }) => {
  await page.goto('/recipes/pizza-sauce/?scale=4');
  await expect(page.locator('tr', { has: page.getByRole('link', { name: 'Fine sea salt', exact: true }) }).locator('.scale-note')).toContainText('reduced factor ×3.25, not ×4');
});

test('a scale that cannot be made says why and shows one batch', async ({ page }) => {
  await page.goto('/recipes/pizza-dough/?yield=10l');
  await expect(page.locator('recipe-scaler').getByRole('status')).toContainText('Cannot scale: the batch is measured in kg');
  await expect(qty(page, '00 flour')).toHaveText('1,500 g');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the recipe reads as written, and the controls do not pretend to work', async ({ page }) => {
    await page.goto('/recipes/margherita/?scale=2');
    await expect(qty(page, 'Mozzarella (fior di latte)')).toHaveText('100 g');
    await expect(page.getByRole('button', { name: '2×' })).toBeDisabled();
  });
});

test('cook mode opens at the batch and in the units of the recipe page it came from', async ({ page }) => {
  await page.goto('/recipes/margherita/?scale=2&units=us');
  await page.getByRole('link', { name: /cook mode/i }).first().click();
  await expect(page).toHaveURL(/\/recipes\/margherita\/cook\/\?scale=2&units=us$/);
  await expect(page.locator('[data-batch]')).toHaveText('2 pieces');
  // The mise en place and the step's own list both show the doubled, converted mozzarella.
  await expect(page.locator('.cook-qty[data-line="2"]').first()).toHaveText('7 oz');
  await expect(page.locator('.mention[data-line="2"] .mention-qty').first()).toHaveText('7 oz');
});

test('a timer can be started from the recipe page itself', async ({ page }) => {
  await page.clock.install();
  await page.goto('/recipes/margherita/');
  await page.getByRole('button', { name: /Start timer · 3 min/ }).click();
  await expect(page.locator('[data-timer-tray]')).toBeVisible();
  await page.clock.fastForward('03:05');
  await expect(page.getByRole('alert').filter({ hasText: 'Margherita' })).toBeVisible();
});
