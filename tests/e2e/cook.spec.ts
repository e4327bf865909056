/**
 * Cook mode: one step at a time, turned by button, keyboard and swipe, with the
 * ingredients each step uses; progress kept on the device; timers that ring (driven by
 * Playwright's clock, never real waiting) and keep running across pages; the screen
 * kept on with the Wake Lock; and every step readable without JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';
import { checkWithAxe } from '../support/axe.ts';
import { EACH_WIDTH } from '../support/width.ts';

const COOK = '/recipes/margherita/cook/';
const STEPS = 5;

const progress = (page: Page) => page.locator('[data-cook-progress]');
const visibleStep = (page: Page) => page.locator('[data-cook-step]:visible');

/** Counts wake-lock requests and releases; each request returns a fresh sentinel. */
function stubWakeLock(page: Page) {
  return page.addInitScript(() => {
    const calls = { requests: 0, releases: 0 };
    Object.assign(window, { wakeLockCalls: calls });
    const wakeLock = {
      request: async (type: string) => {
        if (type !== 'screen') throw new TypeError(`unexpected wake lock type ${type}`);
        calls.requests++;
        return {
          type,
          released: false,
          release: async () => {
            calls.releases++;
          },
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
        };
      },
    };
    Object.defineProperty(Navigator.prototype, 'wakeLock', { configurable: true, get: () => wakeLock });
  });
}

const wakeLockCalls = (page: Page) => page.evaluate(() => (window as unknown as { wakeLockCalls: { requests: number; releases: number } }).wakeLockCalls);

async function setVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
  await page.evaluate((visibility) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => visibility === 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

async function swipe(page: Page, direction: 'left' | 'right'): Promise<void> {
  const box = (await visibleStep(page).boundingBox())!;
  const y = box.y + Math.min(box.height / 2, 150);
  const [from, to] = direction === 'left' ? [box.x + box.width * 0.85, box.x + box.width * 0.15] : [box.x + box.width * 0.15, box.x + box.width * 0.85];
  await page.mouse.move(from, y);
  await page.mouse.down();
  await page.mouse.move(to, y, { steps: 8 });
  await page.mouse.up();
}

test.beforeEach(async ({ page }) => {
  await stubWakeLock(page);
});

test('cook mode opens on the mise en place and turns by button, keyboard and swipe, showing what each step uses', EACH_WIDTH, async ({ page }) => {
  await page.goto(COOK);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Margherita');
  await expect(progress(page)).toHaveText(`${STEPS} steps to go`);
  await expect(visibleStep(page)).toHaveCount(1);
  await expect(visibleStep(page).getByRole('heading', { level: 2 })).toHaveText('Mise en place');
  await expect(visibleStep(page).getByRole('checkbox')).toHaveCount(5);
  await expect(visibleStep(page).getByText('100 g', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Previous' })).toBeDisabled();

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(progress(page)).toHaveText(`Step 1 of ${STEPS}`);
  await expect(visibleStep(page)).toContainText('Press 1 portion Pizza dough from the center');

  await page.keyboard.press('ArrowRight');
  await expect(progress(page)).toHaveText(`Step 2 of ${STEPS}`);
  await expect(visibleStep(page).locator('.cook-uses li')).toHaveText(['80 g Pizza sauce']);

  await swipe(page, 'left');
  await expect(progress(page)).toHaveText(`Step 3 of ${STEPS}`);
  const uses = visibleStep(page).locator('.cook-uses li');
  await expect(uses).toHaveCount(1);
  await expect(uses).toContainText('100 g Mozzarella (fior di latte)');
  // The quantity is marked with its line, for the batch scaler to rewrite.
  await expect(uses.locator('[data-line="2"]')).toHaveText('100 g');

  await swipe(page, 'right');
  await expect(progress(page)).toHaveText(`Step 2 of ${STEPS}`);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(progress(page)).toHaveText(`Step ${STEPS} of ${STEPS}`);
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
  await page.keyboard.press('ArrowLeft');
  await expect(progress(page)).toHaveText(`Step 4 of ${STEPS}`);
  await expect(visibleStep(page)).toContainText('At 370 °C');
});

test('the step and the ticked mise en place survive a reload', async ({ page }) => {
  await page.goto(COOK);
  await page.getByRole('checkbox', { name: /Pizza sauce/ }).check();
  await page.getByRole('checkbox', { name: /Fresh basil/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(progress(page)).toHaveText(`Step 2 of ${STEPS}`);

  await page.reload();
  await expect(progress(page)).toHaveText(`Step 2 of ${STEPS}`);
  await expect(visibleStep(page)).toContainText('Spread 80 g Pizza sauce');
  await page.getByRole('button', { name: 'Previous' }).click();
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(page.getByRole('checkbox', { name: /Pizza sauce/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Fresh basil/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Mozzarella/ })).not.toBeChecked();

  // Another batch is another record: it starts at the mise en place, nothing ticked.
  await page.goto(`${COOK}?scale=2`);
  await expect(progress(page)).toHaveText(`${STEPS} steps to go`);
  await expect(page.getByRole('checkbox', { name: /Pizza sauce/ })).not.toBeChecked();
});

test('the way into cook mode and back keeps the batch in the query string', async ({ page }) => {
  await page.goto('/recipes/margherita/?scale=2');
  // Each link carries the batch once the page's script has started (a cook's tap before that is a plain link).
  const cookMode = page.getByRole('link', { name: /Cook mode/ });
  await expect(cookMode).toHaveAttribute('href', /\/cook\/\?scale=2$/);
  await cookMode.click();
  await expect(page).toHaveURL(/\/recipes\/margherita\/cook\/\?scale=2$/);
  const recipePage = page.getByRole('link', { name: /Recipe page/ });
  await expect(recipePage).toHaveAttribute('href', /\/recipes\/margherita\/\?scale=2$/);
  await recipePage.click();
  await expect(page).toHaveURL(/\/recipes\/margherita\/\?scale=2$/);
});

test('a step timer rings when it ends: an alert naming the recipe and the step, until dismissed', async ({ page }) => {
  await page.clock.install();
  await page.goto(COOK);
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Next' }).click();
  await expect(progress(page)).toHaveText(`Step 4 of ${STEPS}`);
  await page.getByRole('button', { name: 'Start timer · 3 min' }).click();

  const tray = page.getByRole('region', { name: 'Running timers' });
  await expect(tray).toContainText('Margherita, step 4');
  await expect(tray.locator('.timer-tray__time')).toHaveText('3:00');
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.clock.fastForward('01:00');
  await expect(tray.locator('.timer-tray__time')).toHaveText(/^[12]:\d\d$/);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.clock.fastForward('12:00');
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Time is up');
  await expect(alert).toContainText('Margherita, step 4: Shake the peel');
  await expect(tray).toBeHidden();

  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Dismissed for good: a reload does not ring it again.
  await page.reload();
  await page.clock.fastForward('00:05');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('timers keep running on another page, several at once, and ring there', async ({ page }) => {
  await page.clock.install();
  await page.goto('/recipes/pizza-dough/cook/');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Start timer · 3 min' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Start timer · 6 min' }).click();

  await page.goto('/recipes/margherita/');
  const tray = page.getByRole('region', { name: 'Running timers' });
  await expect(tray.getByRole('listitem')).toHaveCount(2);
  await expect(tray.getByRole('listitem').first()).toContainText('Pizza dough, step 2');
  await expect(tray.getByRole('listitem').nth(1)).toContainText('Pizza dough, step 3');
  await expect(tray.getByRole('link', { name: /Pizza dough, step 2/ })).toHaveAttribute('href', '/recipes/pizza-dough/cook/');

  await page.clock.fastForward('04:00');
  await expect(page.getByRole('alert')).toContainText('Pizza dough, step 2');
  await expect(tray.getByRole('listitem')).toHaveCount(1);
  await expect(tray.getByRole('listitem')).toContainText('Pizza dough, step 3');

  // Cancelling stops it everywhere: nothing rings later.
  await tray.getByRole('button', { name: /Cancel/ }).click();
  await expect(tray).toBeHidden();
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  await page.clock.fastForward('10:00');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the screen is kept on, and asked for again when the page is shown after being hidden', async ({ page }) => {
  await page.goto(COOK);
  await expect(progress(page)).toBeVisible();
  await expect.poll(() => wakeLockCalls(page)).toEqual({ requests: 1, releases: 0 });
  await expect(page.locator('[data-wake-note]')).toBeHidden();

  await setVisibility(page, 'hidden');
  await expect.poll(() => wakeLockCalls(page)).toEqual({ requests: 1, releases: 1 });
  await setVisibility(page, 'visible');
  await expect.poll(() => wakeLockCalls(page)).toEqual({ requests: 2, releases: 1 });
});

test('without a wake lock, the cook is told to set the screen timeout', async ({ page }) => {
  await page.addInitScript(() => {
    delete (Navigator.prototype as { wakeLock?: unknown }).wakeLock;
  });
  await page.goto(COOK);
  await expect(page.getByText('Your browser cannot keep the screen on: set the screen timeout yourself.')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every step reads on one long page', async ({ page }) => {
    await page.goto(COOK);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Mise en place', ...Array.from({ length: STEPS }, (_, i) => `Step ${i + 1} of ${STEPS}`)]);
    const steps = page.locator('[data-cook-step]');
    for (let i = 0; i <= STEPS; i++) await expect(steps.nth(i)).toBeVisible();
    await expect(steps.nth(4)).toContainText('Timer 3 min');
    await expect(steps.nth(5)).toContainText('3 g Fresh basil');
    // Controls that need the script stay out of the way.
    await expect(page.getByRole('button', { name: /Start timer|Next|Previous/ })).toHaveCount(0);
    // (In a <noscript>, which Playwright's text search skips: found by its class.)
    await expect(page.locator('.cook-note').filter({ visible: true })).toHaveText(['Your browser cannot keep the screen on: set the screen timeout yourself.']);
  });
});

test('cook mode has no accessibility violations, stepping or ringing', EACH_WIDTH, async ({ page }) => {
  await page.clock.install();
  await page.goto('/recipes/pizza-dough/cook/');
  const violations = async () => (await checkWithAxe(page)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(await violations()).toEqual([]);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Start timer · 3 min' }).click();
  await expect(page.getByRole('region', { name: 'Running timers' })).toBeVisible();
  expect(await violations()).toEqual([]);
  await page.clock.fastForward('04:00');
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await violations()).toEqual([]);
});
