/**
 * A printed page is a binder page: no navigation or editor chrome, allergens with
 * where each comes from (folded on screen, unfolded on paper), and a recipe's
 * ingredients and method on its first sheet.
 */
import { expect, test } from '@playwright/test';

test.skip(({ viewport }) => viewport?.width !== 1024, 'print is the same from any screen: runs once');

/** How many pages Chromium's own PDF engine lays a page out on. */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test('print hides the chrome and unfolds where each allergen comes from', async ({ page }) => {
  await page.goto('/recipes/margherita/');
  const sources = page.locator('.allergen-sources li').first();
  await expect(sources, 'folded on screen').toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(sources).toBeVisible();
  await expect(sources).toContainText('Gluten: 00 flour (in Pizza dough)');
  for (const chrome of ['.site-header', '.site-footer', '.propose-change', '.change-history', '.back-links']) {
    await expect(page.locator(chrome).first(), chrome).toBeHidden();
  }
  await expect(page.locator('.allergen-badge').first()).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
});

test.describe('on A4', () => {
  test.use({ javaScriptEnabled: false });

  // The recipe or checklist itself on the first sheet, the chef's notes (two columns) on the next.
  for (const [path, most] of [
    ['/recipes/margherita/', 2],
    ['/procedures/two-stage-cooling/', 2],
  ] as const) {
    test(`${path} prints on at most ${most} pages`, async ({ page }) => {
      await page.goto(path);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pageCount(pdf)).toBeLessThanOrEqual(most);
    });
  }
});
