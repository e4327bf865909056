/** The recipe page carries a schema.org Recipe that matches what the page shows. */
import { expect, test } from '@playwright/test';

const ISO_DURATION = /^P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$/;

for (const slug of ['margherita', 'pizza-dough', 'tiramisu']) {
  test(`${slug} has valid Recipe JSON-LD`, async ({ page }) => {
    await page.goto(`/recipes/${slug}/`);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0]!);

    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Recipe');
    expect(data.name).toBe(await page.getByRole('heading', { level: 1 }).textContent());
    expect(typeof data.description).toBe('string');
    expect(data.recipeCategory).toBeTruthy();
    expect(data.recipeYield.length).toBeGreaterThan(0);
    expect(data.license).toBe('https://creativecommons.org/licenses/by-sa/4.0/');

    const rows = await page.locator('table.ingredients tbody tr[id^="ingredient-"]').count();
    expect(data.recipeIngredient).toHaveLength(rows);
    for (const line of data.recipeIngredient) expect(line).not.toMatch(/@|undefined/);

    const steps = await page.locator('ol.steps > li').count();
    expect(data.recipeInstructions).toHaveLength(steps);
    data.recipeInstructions.forEach((step: { '@type': string; text: string; position: number }, i: number) => {
      expect(step['@type']).toBe('HowToStep');
      expect(step.position).toBe(i + 1);
      expect(step.text.length).toBeGreaterThan(0);
      expect(step.text).not.toMatch(/(^|\s)@[a-z]/);
    });

    for (const key of ['prepTime', 'cookTime', 'totalTime']) {
      if (data[key] !== undefined) expect(data[key]).toMatch(ISO_DURATION);
    }
    expect(data.totalTime).toBeDefined();
  });
}

test('a vegan recipe says so in schema.org terms', async ({ page }) => {
  await page.goto('/recipes/marinara/');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect([data.suitableForDiet].flat()).toContain('https://schema.org/VeganDiet');
});
