/**
 * Every page type renders at phone and tablet widths with nothing wider than the
 * screen, reads without JavaScript, and shows what a cook needs first.
 */
import { expect, type Locator, type Page, test } from '@playwright/test';
import { EACH_WIDTH } from '../support/width.ts';

const PAGES = [
  { type: 'home', path: '/', heading: 'Corner Forno' },
  { type: 'recipe listing', path: '/recipes/', heading: 'Recipes' },
  { type: 'ingredient listing', path: '/ingredients/', heading: 'Ingredients' },
  { type: 'procedure listing', path: '/procedures/', heading: 'Procedures' },
  { type: 'setup guide listing', path: '/setup/', heading: 'Setup guides' },
  { type: 'equipment listing', path: '/equipment/', heading: 'Equipment' },
  { type: 'station listing', path: '/stations/', heading: 'Stations' },
  { type: 'recipe', path: '/recipes/margherita/', heading: 'Margherita' },
  { type: 'longest recipe', path: '/recipes/minestrone/', heading: 'Minestrone' },
  { type: 'sub-recipe', path: '/recipes/pizza-dough/', heading: 'Pizza dough' },
  { type: 'ingredient', path: '/ingredients/mozzarella-fior-di-latte/', heading: /Mozzarella/ },
  { type: 'procedure', path: '/procedures/two-stage-cooling/', heading: 'Two-stage cooling of cooked food' },
  { type: 'setup guide', path: '/setup/opening-timeline/', heading: 'Opening timeline' },
  { type: 'equipment', path: '/equipment/deck-oven/', heading: 'Deck pizza oven' },
  { type: 'referenced-by listing', path: '/equipment/digital-scale/referenced-by/', heading: 'Referring to Digital scale' },
  { type: 'station', path: '/stations/pizza-bench/', heading: 'Pizza bench' },
  { type: 'menu', path: '/menu/', heading: 'Menu' },
  { type: 'prep list', path: '/prep/', heading: 'Prep list' },
  { type: 'menu item of several components', path: '/menu/minestrone-and-focaccia/', heading: 'Minestrone with focaccia' },
  { type: 'allergen matrix', path: '/allergens/', heading: 'Allergen matrix' },
  { type: 'search', path: '/search/', heading: 'Search the binder' },
  { type: 'credits', path: '/credits/', heading: 'Credits' },
  { type: 'network', path: '/network/', heading: 'Forks of this binder' },
  { type: 'not found', path: '/404.html', heading: 'Page not found' },
  { type: 'translation status', path: '/translations/', heading: 'Translations' },
  // The same pages in Spanish, whose words run longer: they must fit the phone too.
  { type: 'Spanish longest recipe', path: '/es/recipes/minestrone/', heading: 'Minestrone' },
  { type: 'Spanish sub-recipe', path: '/es/recipes/pizza-dough/', heading: 'Masa de pizza' },
  { type: 'Spanish procedure', path: '/es/procedures/two-stage-cooling/', heading: 'Enfriamiento en dos etapas de alimentos cocidos' },
  { type: 'Spanish menu', path: '/es/menu/', heading: 'Carta' },
  { type: 'Spanish ingredient', path: '/es/ingredients/mozzarella-fior-di-latte/', heading: /Mozzarella/ },
  { type: 'Italian ingredient, not translated', path: '/it/ingredients/mozzarella-fior-di-latte/', heading: /Mozzarella/ },
];

for (const { type, path, heading } of PAGES) {
  test(`${type} page fits the screen`, EACH_WIDTH, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > width + 1)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      return { scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5) };
    });
    expect(overflow.wide).toEqual([]);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a recipe reads in full: allergens, ingredients, steps, critical limits', async ({ page }) => {
    await page.goto('/recipes/sausage-crumble/');
    await expect(page.locator('.allergen-panel')).toBeVisible();
    await expect(page.locator('table.ingredients tbody tr').first()).toBeVisible();
    expect(await page.locator('ol.steps > li').count()).toBeGreaterThan(2);
    await expect(page.locator('.critical-limit').first()).toContainText(/Core ≥ 68 °C \(155 °F\) for 17 s/);
  });
});

test('reading pages load only the site\'s own script files, and no UI framework runtime', async ({ page }) => {
  const loaded: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') loaded.push(response.url());
  });
  for (const path of ['/', '/recipes/margherita/', '/procedures/handwashing/', '/allergens/']) {
    await page.goto(path);
    // Every executable script is a file from this site: nothing inline, nothing from elsewhere.
    const scripts = await page.locator('script').evaluateAll((elements) =>
      elements.map((element) => ({ type: element.getAttribute('type'), src: (element as HTMLScriptElement).src, inline: element.textContent !== '' })),
    );
    for (const script of scripts) {
      if (script.type === 'application/ld+json' || script.type === 'application/json') continue;
      expect(script.inline, `an inline script on ${path}`).toBe(false);
      expect(new URL(script.src).origin, `a script on ${path}`).toBe(new URL(page.url()).origin);
    }
  }
  expect(loaded.length).toBeGreaterThan(0);
  for (const url of loaded) expect(url, 'a framework runtime').not.toMatch(/react|preact|vue|svelte|solid-js|lit-html/i);
});

test('the recipe page puts allergens where nobody can miss them, with their sources', EACH_WIDTH, async ({ page }) => {
  await page.goto('/recipes/margherita/');
  const panel = page.locator('.allergen-panel');
  await expect(panel.getByText('Contains Milk')).toBeVisible();
  await expect(panel.getByText('Contains Gluten')).toBeVisible();
  // The allergen comes through the dough sub-recipe, and the page says so.
  await panel.getByText('Where each allergen comes from').click();
  await expect(panel.locator('details li', { hasText: 'Gluten:' })).toContainText('Pizza dough');
  // The panel sits above the ingredient list.
  const panelTop = (await panel.boundingBox())!.y;
  const tableTop = (await page.locator('table.ingredients').boundingBox())!.y;
  expect(panelTop).toBeLessThan(tableTop);
});

test('a sub-recipe lists the recipes it is used in', async ({ page }) => {
  await page.goto('/recipes/pizza-dough/');
  const usedIn = page.locator('section', { has: page.getByRole('heading', { name: 'Used in' }) });
  await expect(usedIn.getByRole('link', { name: 'Margherita' })).toBeVisible();
  await usedIn.getByRole('link', { name: 'Focaccia' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Focaccia');
});

test('a long list of back-links stops at a few and leads to all of them', async ({ page }) => {
  await page.goto('/equipment/digital-scale/');
  const usedBy = page.locator('section', { has: page.getByRole('heading', { name: 'Used by' }) });
  const recipeLinks = usedBy.locator('ul').first().getByRole('link');
  await expect(recipeLinks).toHaveCount(12);
  await usedBy.getByRole('link', { name: /^All \d+ recipes$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Referring to Digital scale');
  const all = page.locator('section', { has: page.getByRole('heading', { name: 'Recipes' }) }).getByRole('link');
  expect(await all.count()).toBeGreaterThan(12);
  await expect(all.filter({ hasText: 'Tiramisù' })).toHaveCount(1);
});

test('step text shows the quantity of each mentioned ingredient', async ({ page }) => {
  await page.goto('/recipes/pizza-dough/');
  await expect(page.locator('#step-1 .mention').first()).toContainText('1,500 g');
});

test('the credits page names the binder and the people who wrote it, from git history', async ({ page }) => {
  await page.goto('/credits/');
  await expect(page.getByRole('main').getByRole('link', { name: 'Corner Forno', exact: true })).toHaveAttribute('href', 'https://open-franchise.github.io/open-franchise');
  // The sample binder's history has at least one author of content/.
  await expect(page.locator('.contributors li').first()).toContainText(/\(\d+ changes?\)/);
  await page.goto('/recipes/margherita/');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Credits' })).toHaveAttribute('href', '/credits/');
});

test('a recipe names its stations as a sentence reads: "Stations: Pizza bench, Oven"', async ({ page }) => {
  await page.goto('/recipes/margherita/');
  await expect(page.locator('p', { has: page.locator('strong', { hasText: 'Stations:' }) })).toContainText('Stations: Pizza bench, Oven');
});

// The pages a cook keeps open, and what shows once their scripts have started.
const STARTED: Record<string, (page: Page) => Locator> = {
  '/': (page) => page.locator('reading-preferences'),
  '/recipes/margherita/': (page) => page.locator('reading-preferences'),
  '/procedures/two-stage-cooling/': (page) => page.getByRole('button', { name: 'Export CSV' }),
  '/recipes/margherita/cook/': (page) => page.getByRole('button', { name: 'Next' }),
};

for (const [path, started] of Object.entries(STARTED)) {
  test(`nothing on ${path} moves while its scripts start, even beside a long franchise name`, EACH_WIDTH, async ({ page }) => {
    // A franchise's name as long as a location's ("Corner Forno Riverside"): where the Display
    // button once wrapped to a header row of its own when its script showed it (CLS 0.061).
    await page.route(`**${path}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('<a class="brand" href="/">Corner Forno</a>', '<a class="brand" href="/">Corner Forno Riverside</a>');
      expect(html).toContain('Corner Forno Riverside');
      await route.fulfill({ response, body: html });
    });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.assign(window, { layoutShifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // A slow phone runs the page's modules after its first paint: hold them until the page has painted.
    let releaseScripts = () => {};
    const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
    await page.route('**/_astro/*.js', async (route) => {
      await scriptsHeld;
      await route.continue();
    });
    await page.goto(path, { waitUntil: 'commit' });
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length)).toBe(1);
    releaseScripts();
    // The scripts have started, and two frames have been drawn since.
    await expect(started(page)).toBeVisible();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts)).toEqual([]);
  });
}

test('a recipe says which kitchens cooked it, and which revision each trial cooked', async ({ page }) => {
  await page.goto('/recipes/pizza-dough/');
  await expect(page.locator('.cooked-in')).toHaveText('Cooked in 3 kitchens, latest Harbour Lane on Nov 20, 2026: adjust');
  await page.locator('.cooked-in').getByRole('link').click();
  const trials = page.locator('section', { has: page.getByRole('heading', { name: 'Cooked in kitchens' }) });
  await expect(trials).toBeInViewport();
  await expect(trials.locator('> p').first()).toContainText('2 of 3 kitchens have cooked it as it is now');
  const items = trials.locator('ol > li');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('Harbour Lane: adjusted, 1 batch');
  await expect(items.nth(0).locator('ul li')).toHaveText(['Fine sea salt: 42 g → 40 g']);
  await expect(items.nth(2)).toContainText(/Lakeside Forno: adopted, 1 batch, an earlier revision \([0-9a-f]{12}\)/);
});

test('an entry changed after the revision every kitchen cooked says so', async ({ page }) => {
  await page.goto('/recipes/sausage-crumble/');
  await expect(page.locator('.cooked-in')).toContainText('Changed since it was last cooked');
  await expect(page.locator('section', { has: page.getByRole('heading', { name: 'Cooked in kitchens' }) }).locator('> p').first()).toContainText('No kitchen has cooked it as it is now');
  // An entry cooked as it is has no such warning.
  await page.goto('/recipes/margherita/');
  await expect(page.locator('.cooked-in')).toHaveText(/^Cooked in 2 kitchens, latest Lakeside Forno on Nov 28, 2026: adopt$/);
});
