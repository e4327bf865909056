/**
 * Every browser test runs at the tablet's width; a test whose outcome can differ by the
 * screen's width (layout, overflow, tap targets, swipe, what is shown and reachable) is
 * tagged so that the phone project runs it too (playwright.config.ts):
 *
 *   test('the recipe page fits the screen', EACH_WIDTH, async ({ page }) => { … });
 */
export const EACH_WIDTH = { tag: '@width' } as const;

/** What the phone project selects by. */
export const EACH_WIDTH_PATTERN = /@width\b/;
