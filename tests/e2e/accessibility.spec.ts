/**
 * Ergonomics and access, measured in the browser: axe-core finds no WCAG 2.1 A/AA
 * violation on any page type in the light theme, the dark theme or with large text
 * (and body text reaches AAA contrast); every control is at least 48 × 48 px; the theme
 * and text-size choices work, persist and apply before any module script runs; the
 * device's dark preference applies with no script at all; print stays black on white;
 * and the keyboard reaches everything with a visible focus ring.
 */
import { expect, test, type Page } from '@playwright/test';
import { checkWithAxe, describeViolations } from '../support/axe.ts';
import { EACH_WIDTH } from '../support/width.ts';

/** Every page type, as in pages.spec.ts and html-valid.spec.ts; the search page with results showing. */
const PAGES = [
  { type: 'home', path: '/' },
  { type: 'recipe listing', path: '/recipes/' },
  { type: 'ingredient listing', path: '/ingredients/' },
  { type: 'procedure listing', path: '/procedures/' },
  { type: 'setup guide listing', path: '/setup/' },
  { type: 'equipment listing', path: '/equipment/' },
  { type: 'station listing', path: '/stations/' },
  { type: 'recipe', path: '/recipes/margherita/' },
  { type: 'longest recipe', path: '/recipes/minestrone/' },
  { type: 'sub-recipe', path: '/recipes/pizza-dough/' },
  { type: 'ingredient', path: '/ingredients/mozzarella-fior-di-latte/' },
  { type: 'procedure', path: '/procedures/two-stage-cooling/' },
  { type: 'setup guide', path: '/setup/opening-timeline/' },
  { type: 'equipment', path: '/equipment/deck-oven/' },
  { type: 'referenced-by listing', path: '/equipment/digital-scale/referenced-by/' },
  { type: 'station', path: '/stations/pizza-bench/' },
  { type: 'menu', path: '/menu/' },
  { type: 'menu item', path: '/menu/minestrone-and-focaccia/' },
  { type: 'prep list', path: '/prep/' },
  { type: 'allergen matrix', path: '/allergens/' },
  { type: 'search', path: '/search/?q=flour' },
  { type: 'credits', path: '/credits/' },
  { type: 'network', path: '/network/' },
  { type: 'not found', path: '/404.html' },
  { type: 'translation status', path: '/translations/' },
  { type: 'recipe in Spanish', path: '/es/recipes/margherita/' },
  { type: 'home in Spanish', path: '/es/' },
  { type: 'procedure in Spanish', path: '/es/procedures/two-stage-cooling/' },
  { type: 'recipe in Italian, out of date', path: '/it/recipes/margherita/' },
  { type: 'ingredient in Italian, not translated', path: '/it/ingredients/mozzarella-fior-di-latte/' },
];

/** What the Display dropdown saves, set before the page loads as a returning cook's device would have it. */
const MODES = [
  { name: 'light theme', stored: { 'binder:theme': 'light' } },
  { name: 'dark theme', stored: { 'binder:theme': 'dark' } },
  { name: 'large text', stored: { 'binder:text-size': 'large' } },
] as const;

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The sample palettes' paper, as the browser reports it. */
const LIGHT_PAPER = 'rgb(255, 255, 255)';
const DARK_PAPER = 'rgb(21, 20, 19)';

async function remember(page: Page, stored: Record<string, string>): Promise<void> {
  await page.addInitScript((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, stored);
}

/** The header's "Display" dropdown button. */
function displayButton(page: Page) {
  return page.locator('.reading-preferences summary', { hasText: 'Display' });
}

/** Opens a page ready to measure: the search page once its results are drawn. */
async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  if (path.startsWith('/search/')) await expect(page.locator('.search-results > li').first()).toBeVisible();
}

for (const mode of MODES) {
  // What sits over what, and what is shown at all, changes with the width: the light theme is judged at each.
  const widths = mode.name === 'light theme' ? EACH_WIDTH : {};
  test.describe(`axe, ${mode.name}`, widths, () => {
    for (const { type, path } of PAGES) {
      test(`${type} page has no WCAG 2.1 AA violation, and AAA contrast for its text`, async ({ page }) => {
        await remember(page, mode.stored);
        await open(page, path);
        const expectedPaper = 'binder:theme' in mode.stored && mode.stored['binder:theme'] === 'dark' ? DARK_PAPER : LIGHT_PAPER;
        await expect(page.locator('html'), 'the saved theme is the one measured').toHaveCSS('background-color', expectedPaper);

        // And AAA (7:1) for what the cook reads: the page's own text, outside the brand header.
        const report = await checkWithAxe(page, { tags: WCAG_AA, rules: ['color-contrast-enhanced'], within: { 'color-contrast-enhanced': 'main' } });
        expect(describeViolations(report.violations)).toEqual([]);
        expect(report.passes, 'contrast was measured').toContain('color-contrast');
        expect(report.passes, 'AAA contrast was measured').toContain('color-contrast-enhanced');
      });
    }
  });
}

test('axe does catch text too faint for the dark theme', async ({ page }) => {
  await remember(page, { 'binder:theme': 'dark' });
  await open(page, '/recipes/margherita/');
  await page.evaluate(() => {
    const faint = document.createElement('p');
    faint.textContent = 'Grey on near-black';
    faint.style.color = '#555555';
    document.querySelector('main')?.append(faint);
  });
  const results = await checkWithAxe(page, { tags: WCAG_AA });
  expect(results.violations.map((v) => v.id)).toEqual(['color-contrast']);
});

test('the AAA contrast check judges the page\'s own text, and only that', async ({ page }) => {
  await open(page, '/recipes/margherita/');
  // Grey on white: above 4.5:1 (AA), below 7:1 (AAA).
  await page.evaluate(() => {
    for (const [parent, text] of [['main', 'Faint in the page'], ['.site-header', 'Faint in the header']] as const) {
      const faint = document.createElement('p');
      faint.textContent = text;
      faint.style.cssText = 'color:#707070;background:#ffffff';
      document.querySelector(parent)?.append(faint);
    }
  });
  const results = await checkWithAxe(page, { tags: WCAG_AA, rules: ['color-contrast-enhanced'], within: { 'color-contrast-enhanced': 'main' } });
  const enhanced = results.violations.find((v) => v.id === 'color-contrast-enhanced');
  expect(results.violations.map((v) => v.id)).toEqual(['color-contrast-enhanced']);
  expect(enhanced?.nodes.map((n) => n.html)).toEqual([expect.stringContaining('Faint in the page')]);
});

test.describe('the Display dropdown, open', EACH_WIDTH, () => {
  for (const mode of MODES.slice(0, 2)) {
    test(`has no WCAG 2.1 AA violation in the ${mode.name}`, async ({ page }) => {
      await remember(page, mode.stored);
      await open(page, '/recipes/margherita/');
      await displayButton(page).click();
      await expect(page.getByRole('radio', { name: 'Dark' })).toBeVisible();
      const results = await checkWithAxe(page, { tags: WCAG_AA, include: '.site-header' });
      expect(describeViolations(results.violations)).toEqual([]);
    });
  }
});

/**
 * Links inside running sentences keep their line height: WCAG 2.5.5/2.5.8's inline
 * exception. Each is named here, and the test checks it really sits in a sentence.
 */
const INLINE_PROSE_LINKS = [
  // Chef's notes and guides written in MDX.
  '.prose a',
  // The footer's sentences: licence, repository, credits, "Propose an improvement".
  '.site-footer p a',
  // "Gluten: 00 flour (in Pizza dough)".
  '.allergen-sources li a',
  // "Local variant of …, adapted from … under CC BY-SA".
  '.variant-note a',
  // A page's opening sentence: "licensed CC BY-SA 4.0: share it and adapt it…".
  '.lede a',
  // A paragraph of the page's own: "follow the allergen handling procedure", "Stations: Pizza bench, Oven".
  'main > p:not([class]) > a',
  'article > p:not([class]) > a',
];

/** Tap target of each visible control: a radio or checkbox is tapped through its label. */
async function smallTargets(page: Page): Promise<{ small: string[]; inline: string[]; notInSentence: string[] }> {
  return page.evaluate((inlineSelectors) => {
    const describe = (el: Element, box: DOMRect): string =>
      `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().replace(/\s+/g, '.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`;
    const controls = document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])');
    const small: string[] = [];
    const inline: string[] = [];
    const notInSentence: string[] = [];
    for (const control of controls) {
      const target = control.matches('input[type="radio"], input[type="checkbox"]') ? (control.closest('label') ?? control) : control;
      const box = target.getBoundingClientRect();
      // Not shown: folded away in a closed <details>, hidden, or the skip link parked off-screen until focused.
      if (!target.checkVisibility({ visibilityProperty: true }) || box.width === 0 || box.height === 0 || box.right <= 0) continue;
      if (inlineSelectors.some((selector) => control.matches(selector))) {
        inline.push(describe(control, box));
        const sentence = (control.parentElement?.textContent ?? '').trim();
        if (sentence.length <= (control.textContent ?? '').trim().length + 2) notInSentence.push(describe(control, box));
        continue;
      }
      // 0.01 px of slack for sub-pixel layout.
      if (box.width < 47.99 || box.height < 47.99) small.push(describe(target, box));
    }
    return { small, inline, notInSentence };
  }, INLINE_PROSE_LINKS);
}

test.describe('tap targets', () => {
  for (const { type, path } of PAGES) {
    test(`every control on the ${type} page is at least 48 × 48 px`, EACH_WIDTH, async ({ page }) => {
      await open(page, path);
      // The Display dropdown's switches count too (named in the page's language).
      await page.locator('.reading-preferences summary').click();
      await expect(page.locator('.reading-preferences').getByRole('radio').first()).toBeVisible();
      const { small, notInSentence } = await smallTargets(page);
      expect(small).toEqual([]);
      expect(notInSentence, 'links excused as inline prose really sit in a sentence').toEqual([]);
    });
  }

  test('the measurement does catch a small control and only excuses links in sentences', async ({ page }) => {
    await open(page, '/recipes/margherita/');
    await page.evaluate(() => {
      const small = document.createElement('button');
      small.textContent = 'x';
      small.style.cssText = 'min-height:0;min-width:0;padding:0;font-size:10px';
      document.querySelector('main')?.append(small);
    });
    const { small, inline } = await smallTargets(page);
    expect(small).toEqual([expect.stringMatching(/^button "x"/)]);
    // The allergen sources are folded, so their links do not count; the stations line does.
    expect(inline).toEqual(expect.arrayContaining([expect.stringMatching(/^a "Pizza bench"/)]));
  });
});

test.describe('theme', () => {
  test('the Display dropdown switches to dark, and the choice survives a reload', async ({ page }) => {
    await open(page, '/recipes/margherita/');
    await expect(page.locator('html')).toHaveCSS('background-color', LIGHT_PAPER);
    await displayButton(page).click();
    await expect(page.getByRole('radio', { name: 'System' })).toBeChecked();
    await page.getByText('Dark', { exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveCSS('background-color', DARK_PAPER);
    expect(await page.evaluate(() => localStorage.getItem('binder:theme'))).toBe('dark');

    await page.reload();
    await expect(page.locator('html')).toHaveCSS('background-color', DARK_PAPER);
    await displayButton(page).click();
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();

    // Back to following the device: nothing stays stored or set.
    await page.getByText('System', { exact: true }).click();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
    await expect(page.locator('html')).toHaveCSS('background-color', LIGHT_PAPER);
    expect(await page.evaluate(() => localStorage.getItem('binder:theme'))).toBeNull();
  });

  test('a saved choice applies from the head, before (and without) the module script', async ({ page }) => {
    // With every bundled module refused, only /reading-preferences.js in the head can apply it.
    await page.route('**/_astro/*.js', (route) => route.abort());
    await remember(page, { 'binder:theme': 'dark', 'binder:text-size': 'large' });
    await page.goto('/recipes/margherita/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
    await expect(page.locator('html')).toHaveCSS('background-color', DARK_PAPER);
    // And the switches that could not work stay hidden.
    await expect(page.locator('reading-preferences')).toBeHidden();
  });

  test('a chosen light theme wins over a dark device', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await remember(page, { 'binder:theme': 'light' });
    await open(page, '/');
    await expect(page.locator('html')).toHaveCSS('background-color', LIGHT_PAPER);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the device’s dark preference applies, and no switch shows that could not work', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await open(page, '/recipes/margherita/');
      await expect(page.locator('html')).toHaveCSS('background-color', DARK_PAPER);
      await expect(page.locator('html')).toHaveCSS('color', 'rgb(243, 240, 235)');
      await expect(page.locator('reading-preferences')).toBeHidden();
      await expect(displayButton(page)).toBeHidden();

      await page.emulateMedia({ colorScheme: 'light' });
      await expect(page.locator('html')).toHaveCSS('background-color', LIGHT_PAPER);
    });
  });

  test('print is black on white even in the dark theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await remember(page, { 'binder:theme': 'dark' });
    await open(page, '/recipes/margherita/');
    await expect(page.locator('html')).toHaveCSS('background-color', DARK_PAPER);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('html')).toHaveCSS('background-color', LIGHT_PAPER);
    // Ink: black or the light palette's near-black, never the dark theme's light text.
    const ink = /^rgb\((\d|[1-2]\d), (\d|[1-2]\d), (\d|[1-2]\d)\)$/;
    await expect(page.locator('html')).toHaveCSS('color', ink);
    await expect(page.locator('.step-text').first()).toHaveCSS('color', ink);
    await expect(page.locator('.allergen-badge').first()).toHaveCSS('color', ink);
  });
});

test.describe('large text', () => {
  test('the switch enlarges the body text and is remembered', async ({ page }) => {
    await open(page, '/recipes/margherita/');
    const step = page.locator('.step-text').first();
    const before = Number.parseFloat(await step.evaluate((el) => getComputedStyle(el).fontSize));
    await displayButton(page).click();
    await page.getByText('Large text', { exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
    const after = Number.parseFloat(await step.evaluate((el) => getComputedStyle(el).fontSize));
    expect(after / before).toBeGreaterThanOrEqual(1.2);
    await page.reload();
    expect(Number.parseFloat(await step.evaluate((el) => getComputedStyle(el).fontSize))).toBeCloseTo(after, 1);
  });

  for (const { type, path } of PAGES) {
    test(`the ${type} page fits the screen with large text`, EACH_WIDTH, async ({ page }) => {
      await remember(page, { 'binder:text-size': 'large' });
      await open(page, path);
      await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
      const { scrollWidth, innerWidth, wide } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        wide: [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
          .slice(0, 5),
      }));
      expect(wide).toEqual([]);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      // A phone's layout viewport widens to fit overflowing content: it must stay the device's width.
      expect(innerWidth).toBe(page.viewportSize()?.width);
    });
  }
});

test.describe('keyboard', () => {
  /** Tabs through the page once, noting each stop and whether it shows a focus ring. */
  async function tabThrough(page: Page, stops: number): Promise<Array<{ name: string; ring: boolean }>> {
    const seen: Array<{ name: string; ring: boolean }> = [];
    for (let i = 0; i < stops; i += 1) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        // A radio or checkbox may show its ring on its label instead.
        const ringed = (candidate: Element | null): boolean => {
          if (!candidate) return false;
          const style = getComputedStyle(candidate);
          return style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
        };
        const ring = ringed(el) || (el.matches('input[type="radio"], input[type="checkbox"]') && ringed(el.closest('label')));
        const name = el.matches('input') ? `${(el as HTMLInputElement).type}:${(el as HTMLInputElement).value || el.id}` : (el.textContent ?? '').trim();
        return { name: `${el.tagName.toLowerCase()} ${name}`, ring };
      });
      if (!stop) break;
      seen.push(stop);
    }
    return seen;
  }

  test('Tab reaches the search box, the sections and the Display switches, each with a visible focus ring', EACH_WIDTH, async ({ page }) => {
    await open(page, '/recipes/margherita/');
    const header = await tabThrough(page, 13);
    const names = header.map((stop) => stop.name);
    expect(names).toEqual(
      expect.arrayContaining(['a Skip to content', 'summary Aa Display', 'input search:site-search', 'button Search', 'a Recipes', 'a Allergen matrix']),
    );
    expect(header.filter((stop) => !stop.ring)).toEqual([]);

    // Open Display from the keyboard: the theme switches and large text follow it.
    await page.locator('.reading-preferences summary').focus();
    await page.keyboard.press('Enter');
    const panel = await tabThrough(page, 2);
    expect(panel.map((stop) => stop.name)).toEqual(['input radio:system', 'input checkbox:large']);
    expect(panel.filter((stop) => !stop.ring)).toEqual([]);
    // Arrow keys move between themes and choose one, as radio buttons do.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeHidden();
    await expect(page.locator('.reading-preferences summary')).toBeFocused();
  });

  for (const path of ['/recipes/margherita/', '/search/?q=flour']) {
    test(`every control on ${path} is reached by Tab, with a visible focus ring`, EACH_WIDTH, async ({ page }) => {
      await open(page, path);
      const controls = await page.evaluate(() =>
        [...document.querySelectorAll('a[href], button, input, summary')].filter((el) => {
          const box = el.getBoundingClientRect();
          return el.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.height > 0 && box.right > 0;
        }).length,
      );
      const stops = await tabThrough(page, controls + 20);
      // Every shown control, plus the skip link (shown only when focused).
      expect(stops.length).toBeGreaterThanOrEqual(controls);
      expect(stops.filter((stop) => !stop.ring)).toEqual([]);
    });
  }
});
