/**
 * Recipe pages as saved from the web, read into an imported recipe: JSON-LD in all its
 * shapes, microdata, a recipe plugin's groups, another language's decimal commas; and
 * hostile or empty pages, which give a problem naming the page and never a recipe.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ImportedRecipe, ReadResult } from '../../src/domain/import/imported-recipe.ts';
import { MAX_PAGE_BYTES, nestingDepth, readRecipePage } from '../../src/import/read-recipe-page.ts';

const PAGES = path.resolve(import.meta.dirname, '../fixtures/import/pages');

function page(name: string): Promise<ReadResult> {
  return readRecipePage(readFileSync(path.join(PAGES, name), 'utf8'), name);
}

async function onlyRecipe(name: string): Promise<ImportedRecipe> {
  const result = await page(name);
  expect(result.recipes).toHaveLength(1);
  return result.recipes[0]!;
}

/** A line as "group|quantity|unit|name|preparation". */
function lineText(recipe: ImportedRecipe, index: number): string {
  const line = recipe.ingredients[index]!;
  return [line.group ?? '', line.quantityMax ? `${line.quantity}-${line.quantityMax}` : (line.quantity ?? ''), line.unit ?? '', line.name, line.preparation ?? ''].join('|');
}

describe('readRecipePage', () => {
  test('JSON-LD in @graph with an array of types, HowToSections, durations, entities and a licence', async () => {
    const recipe = await onlyRecipe('graph-howto.html');
    expect(recipe.title).toBe('Chicken & Potato Sauté Traybake');
    expect(recipe).toMatchObject({ language: 'en-US', yieldText: '6 servings', prepMinutes: 20, cookMinutes: 45, categories: ['Main course', 'French-inspired'] });
    expect(recipe.credit).toEqual({ author: 'Ruth Okafor', licence: 'https://creativecommons.org/licenses/by/4.0/', publisher: 'The Weeknight Pan', url: expect.stringMatching(/^https:\/\//) });
    expect(lineText(recipe, 1)).toBe('|900|g|waxy potatoes|halved lengthwise');
    expect(recipe.steps.map((step) => step.section)).toEqual([...Array(4).fill('Roast the chicken and potatoes'), ...Array(2).fill('Make the dressing')]);
    expect(recipe.steps[3]!.segments.join('')).toMatch(/^Bake at 220°C \(425°F\) for 25 minutes/);
  });

  test('microdata only, with no licence', async () => {
    const recipe = await onlyRecipe('microdata.html');
    expect(recipe).toMatchObject({ title: 'Brown Butter Oat Biscuits', yieldText: 'Makes 12', prepMinutes: 15, cookMinutes: 12 });
    expect(recipe.credit?.licence).toBeUndefined();
    expect(recipe.ingredients).toHaveLength(10);
    expect(recipe.ingredients.at(-1)).toMatchObject({ name: 'raisins', optional: true });
  });

  test('ingredients as one string of lines, grouped as the recipe plugin shows them', async () => {
    const recipe = await onlyRecipe('grouped.html');
    expect(recipe.ingredients.map((_, index) => lineText(recipe, index))).toEqual([
      'For the dough|500|g|bread flour|',
      'For the dough|400|g|lukewarm water|',
      'For the dough|10|g|fine sea salt|',
      'For the dough|4|g|instant yeast|',
      'For the dough|30|g|olive oil|',
      'For the pan and topping|40|g|olive oil|for the pan',
      'For the pan and topping|2|sprigs|rosemary|leaves picked',
      'For the pan and topping|1|tsp|flaky sea salt|',
      'For the pan and topping|1|tbsp|olive oil|for drizzling',
    ]);
    expect(recipe.steps).toHaveLength(7);
  });

  test('an Italian page: decimal commas, a range, "q.b." and its own yield words', async () => {
    const recipe = await onlyRecipe('italian-decimal-comma.html');
    expect(recipe).toMatchObject({ language: 'it-IT', yieldText: '4 porzioni', prepMinutes: 20, cookMinutes: 90 });
    expect(lineText(recipe, 0)).toBe('|250|g|farina 00|setacciata');
    expect(lineText(recipe, 1)).toBe('|0.5|l|latte intero|');
    expect(lineText(recipe, 4)).toBe('|2-3|cucchiai|olio extravergine|');
    expect(recipe.ingredients.at(-1)).toEqual({ raw: 'sale q.b.', name: 'sale' });
  });

  test('a hostile page: nothing of its markup comes through, and the deep JSON-LD is refused by its depth', async () => {
    const result = await page('hostile.html');
    expect(result.problems).toEqual([expect.objectContaining({ message: expect.stringMatching(/JSON-LD block 2 is nested 5000 levels deep/) })]);
    const recipe = result.recipes[0]!;
    const everything = JSON.stringify(recipe);
    expect(everything).not.toMatch(/<script|<img|onerror=|data:image/i);
    // A `javascript:` address survives only as words in a step, never as an address anything follows.
    expect(JSON.stringify({ credit: recipe.credit, image: recipe.image })).not.toMatch(/javascript:/i);
    // Text is text: the would-be expression is kept as words, to be escaped where it is written.
    expect(recipe.summary).toContain("{import('fs')");
    expect(recipe.credit?.url).toBeUndefined();
    expect(recipe.image).toBeUndefined();
    expect(recipe.ingredients).toHaveLength(7);
  });

  test.each([
    ['no-recipe.html', /has no schema\.org Recipe \(neither JSON-LD nor microdata\)/],
    ['no-ingredients.html', /has a Recipe \("Stovetop Steamed Rice"\) with no ingredients/],
    ['not-json.html', /JSON-LD block 1 is not valid JSON/],
  ])('%s gives a problem and no recipe', async (name, message) => {
    const result = await page(name);
    expect(result.recipes).toEqual([]);
    expect(result.problems.map((problem) => problem.message).join('\n')).toMatch(message);
    for (const problem of result.problems) expect(problem.where).toBe(name);
  });

  test('a page over the limit is refused with its size, unread', async () => {
    const huge = `<html><body>${'x'.repeat(MAX_PAGE_BYTES + 1)}</body></html>`;
    const result = await readRecipePage(huge, 'huge.html');
    expect(result.recipes).toEqual([]);
    expect(result.problems[0]!.message).toMatch(/^is 5\.0 MB, over the 5\.0 MB a recipe page may be/);
  });

  test.each([
    ['{"a":[1,{"b":[]}]}', 4],
    ['"[[[[ in a string ]]]]"', 0],
    ['[["\\"]"]]', 2],
  ])('nesting depth of %s is %i', (json, depth) => {
    expect(nestingDepth(json)).toBe(depth);
  });
});
