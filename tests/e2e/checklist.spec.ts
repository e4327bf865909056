/**
 * A procedure is a working checklist on the cook's tablet: steps tick, a reading out
 * of limit shows its corrective action at once, the day's log survives a reload, the
 * next shift starts clean, the log downloads as CSV and prints with boxes to tick.
 * Without JavaScript the checklist still reads whole.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { EACH_WIDTH } from '../support/width.ts';

const COOLING = '/procedures/two-stage-cooling/';
// Late in the evening in Rome: the next day in local time, so the file and the times must be local.
const SHIFT_START = new Date('2026-11-29T23:30:00Z');
test.use({ timezoneId: 'Europe/Rome' });

/** The page with its checklist running (the toolbar appears only once the script has started). */
async function openCooling(page: Page): Promise<void> {
  await page.clock.setFixedTime(SHIFT_START);
  await page.goto(COOLING);
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeVisible();
}

const step = (page: Page, n: number) => page.locator(`#step-${n}`);
const reading = (page: Page, n: number) => page.getByLabel(`Reading, step ${n}`, { exact: true });
const progress = (page: Page) => page.locator('[data-progress]');

test('ticking steps counts progress, on targets a wet finger can hit', EACH_WIDTH, async ({ page }) => {
  await openCooling(page);
  await expect(progress(page)).toHaveText('0 of 6 done');
  await page.getByRole('checkbox', { name: /Divide the food into shallow hotel pans/ }).check();
  await expect(progress(page)).toHaveText('1 of 6 done');
  // Tapping the words ticks the box too: the whole label is the target.
  await step(page, 3).getByText('Stir in an ice bath').click();
  await expect(step(page, 3).getByRole('checkbox')).toBeChecked();
  await expect(progress(page)).toHaveText('2 of 6 done');
  await page.getByRole('checkbox', { name: /Divide the food/ }).uncheck();
  await expect(progress(page)).toHaveText('1 of 6 done');

  for (const target of [step(page, 3).locator('label.checklist-tick'), reading(page, 4), step(page, 4).getByLabel('Unit of the reading, step 4'), page.getByRole('button', { name: 'Print log' })]) {
    const box = await target.boundingBox();
    expect(box?.height, 'at least 48 px tall').toBeGreaterThanOrEqual(48);
    expect(box?.width, 'at least 48 px wide').toBeGreaterThanOrEqual(48);
  }
});

test('a reading out of limit shows the corrective action at once, and an in-limit one clears it', async ({ page }) => {
  await openCooling(page);
  const alert = step(page, 4).getByRole('alert');
  await expect(alert).toBeHidden();
  await expect(reading(page, 4)).toHaveAttribute('inputmode', 'decimal');

  await reading(page, 4).fill('30');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Out of limit: 30 °C is above Core ≤ 21 °C (70 °F) within 2 h.');
  await expect(alert).toContainText('Do this now: If the food is still above 21 °C after 2 hours, reheat it to 74 °C');
  await expect(reading(page, 4)).toHaveAttribute('aria-invalid', 'true');

  await reading(page, 4).fill('18');
  await expect(alert).toBeHidden();
  await expect(step(page, 4).getByRole('status')).toHaveText('Within limit: 18 °C meets Core ≤ 21 °C (70 °F) within 2 h.');

  // In °F against a °C limit: 72 °F is above the code's 70 °F, 68 °F is under it.
  await step(page, 4).getByLabel('Unit of the reading, step 4').selectOption('F');
  await reading(page, 4).fill('72');
  await expect(alert).toContainText('Out of limit: 72 °F (22.2 °C) is above Core ≤ 21 °C (70 °F) within 2 h.');
  await reading(page, 4).fill('68');
  await expect(alert).toBeHidden();

  // Emptying the field clears the verdict.
  await reading(page, 4).fill('');
  await expect(step(page, 4).getByRole('status')).toBeHidden();
});

test('a reload keeps the ticks, readings, notes and initials', async ({ page }) => {
  await openCooling(page);
  await page.getByLabel('Initials').fill('JB');
  await step(page, 1).getByRole('checkbox').check();
  await page.getByLabel('Record, step 1').fill('14:10, 57 °C');
  await step(page, 5).getByLabel('Unit of the reading, step 5').selectOption('F');
  await reading(page, 5).fill('48');
  await page.reload();

  await expect(step(page, 1).getByRole('checkbox')).toBeChecked();
  await expect(page.getByLabel('Record, step 1')).toHaveValue('14:10, 57 °C');
  await expect(page.getByLabel('Initials')).toHaveValue('JB');
  await expect(reading(page, 5)).toHaveValue('48');
  await expect(step(page, 5).getByLabel('Unit of the reading, step 5')).toHaveValue('F');
  await expect(step(page, 5).getByRole('alert')).toContainText('Out of limit: 48 °F (8.9 °C) is above Core ≤ 5 °C (41 °F) within 4 h.');
  await expect(progress(page)).toHaveText('1 of 6 done');
  // Each entry says when it was made (local time) and who had the log.
  await expect(step(page, 1).locator('[data-stamp]')).toHaveText('Logged 00:30 by JB');
  await expect(step(page, 2).locator('[data-stamp]')).toBeHidden();
});

test('"Start next shift" asks first, then clears the log and stamps a new start', async ({ page }) => {
  await openCooling(page);
  await expect(page.locator('[data-shift-start]')).toHaveAttribute('datetime', SHIFT_START.toISOString());
  await step(page, 2).getByRole('checkbox').check();
  await reading(page, 4).fill('30');

  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: 'Start next shift' }).click();
  await expect(step(page, 2).getByRole('checkbox'), 'kept when the cook says no').toBeChecked();

  await page.clock.setFixedTime(new Date('2026-11-30T07:00:00Z'));
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('clears every tick, reading and note');
    void dialog.accept();
  });
  await page.getByRole('button', { name: 'Start next shift' }).click();
  await expect(step(page, 2).getByRole('checkbox')).not.toBeChecked();
  await expect(reading(page, 4)).toHaveValue('');
  await expect(step(page, 4).getByRole('alert')).toBeHidden();
  await expect(step(page, 4).locator('[data-stamp]')).toBeHidden();
  await expect(progress(page)).toHaveText('0 of 6 done');
  await expect(page.locator('[data-shift-start]')).toHaveAttribute('datetime', '2026-11-30T07:00:00.000Z');

  await page.reload();
  await expect(step(page, 2).getByRole('checkbox'), 'the cleared log is what is kept').not.toBeChecked();
});

test('"Export CSV" downloads the day\'s log with its header and the reading', async ({ page }) => {
  await openCooling(page);
  await page.getByLabel('Initials').fill('JB');
  await step(page, 4).getByRole('checkbox').check();
  await reading(page, 4).fill('30');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('two-stage-cooling-2026-11-30.csv');
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.split('\r\n');
  expect(lines[0]).toBe('Procedure,Step,Step text,Done,Reading,Unit,Within limit,Corrective action shown,Time,Note,Initials,Shift started');
  expect(lines).toHaveLength(1 + 6 + 1);
  expect(lines[4]).toMatch(/^Two-stage cooling of cooked food,4,Probe the centre of the thickest pan after 2 hours and log the reading\.,yes,30,°C,no,"?If the food is still above 21 °C/);
  expect(lines[4]).toContain(',2026-11-30 00:30,,JB,2026-11-30 00:30');
});

test('printed, the checklist has boxes to tick and lines to write on, and no buttons', async ({ page }) => {
  await openCooling(page);
  await reading(page, 4).fill('30');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('checkbox')).toHaveCount(6);
  for (const box of await page.getByRole('checkbox').all()) await expect(box).toBeVisible();
  await expect(page.getByRole('checkbox').first()).toHaveCSS('border-top-style', 'solid');
  for (const name of ['Start next shift', 'Export CSV', 'Print log']) await expect(page.getByRole('button', { name })).toBeHidden();
  // An empty field is a line to write on; an entered one shows its value and its corrective action.
  await expect(reading(page, 5)).toHaveCSS('border-top-style', 'none');
  await expect(reading(page, 5)).toHaveCSS('border-bottom-style', 'solid');
  await expect(reading(page, 4)).toHaveValue('30');
  await expect(step(page, 4).getByRole('alert')).toBeVisible();
  await expect(step(page, 5).locator('.critical-limit__action')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the steps, limits and corrective actions all read, and the boxes still tick', async ({ page }) => {
    await page.goto(COOLING);
    await expect(page.getByRole('checkbox')).toHaveCount(6);
    await expect(step(page, 4)).toContainText('Probe the centre of the thickest pan after 2 hours');
    await expect(step(page, 4).locator('.critical-limit')).toContainText('Core ≤ 21 °C (70 °F) within 2 h');
    await expect(step(page, 4).locator('.critical-limit')).toContainText('If missed: If the food is still above 21 °C after 2 hours');
    await expect(step(page, 5).locator('.critical-limit')).toContainText('If missed: If the food is not at 5 °C or below within 6 hours');
    await expect(reading(page, 4)).toBeVisible();
    // Buttons that need the script are not offered.
    await expect(page.getByRole('button', { name: 'Export CSV' })).toBeHidden();
    await step(page, 2).getByRole('checkbox').check();
    await expect(step(page, 2).getByRole('checkbox')).toBeChecked();
  });
});
