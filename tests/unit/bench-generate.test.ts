/**
 * The benchmark's binder generator, pure part: the same seed gives the same binder,
 * another seed another one; the mix and shape follow the sample binder; every
 * generated entry, the layer manifest and every patch pass their schemas.
 */
import { describe, expect, test } from 'vitest';
import { generateBinder } from '../../src/bench/generate/generate-binder.ts';
import { entryCounts, MIN_ENTRIES } from '../../src/bench/generate/proportions.ts';
import { seededRandom } from '../../src/bench/generate/random.ts';
import { BINDER_COLLECTIONS } from '../../src/schemas/collections.ts';
import { LayerSchema } from '../../src/schemas/layer.ts';
import { patchSchemaOf } from '../../src/schemas/patch.ts';
import type { Recipe } from '../../src/schemas/recipe.ts';
import { COLLECTION_NAMES } from '../../src/schemas/reference.ts';
import { SiteSchema } from '../../src/schemas/site.ts';

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

describe('seeded random', () => {
  test('the same seed gives the same sequence, another seed another', () => {
    const draw = (seed: string) => Array.from({ length: 5 }, ((random) => () => random.next())(seededRandom(seed)));
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
  });
});

describe('entry counts', () => {
  test.each([30, 100, 143, 1000, 10_000])('%i entries add up, in the sample binder’s mix', (total) => {
    const counts = entryCounts(total);
    expect(Object.values(counts).reduce((sum, n) => sum + n, 0)).toBe(total);
    for (const n of Object.values(counts)) expect(n).toBeGreaterThanOrEqual(1);
    // content/ has 49 ingredients and 25 recipes of 143 entries.
    expect(counts.ingredients / total).toBeCloseTo(49 / 143, 1);
    expect(counts.recipes / total).toBeCloseTo(25 / 143, 1);
  });

  test('the sample binder’s own size gives its own counts', () => {
    expect(entryCounts(143)).toEqual({ recipes: 25, procedures: 15, setup: 6, ingredients: 49, equipment: 25, stations: 7, menu: 16 });
  });

  test.each([0, MIN_ENTRIES - 1, 100.5])('refuses %s entries', (total) => {
    expect(() => entryCounts(total)).toThrow(RangeError);
  });
});

describe('determinism', () => {
  test('the same options give the same binder', () => {
    expect(JSON.stringify(generateBinder({ entries: 200, seed: 7 }))).toBe(JSON.stringify(generateBinder({ entries: 200, seed: 7 })));
  });

  test('another seed gives another binder of the same size', () => {
    const a = generateBinder({ entries: 200, seed: 7 });
    const b = generateBinder({ entries: 200, seed: 8 });
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
    expect(b.entries).toHaveLength(a.entries.length);
  });
});

describe('a generated binder of 1,000 entries', () => {
  const binder = generateBinder({ entries: 1000, seed: 'shape' });
  const byCollection = (collection: string) => binder.entries.filter((e) => e.collection === collection);
  const recipes = byCollection('recipes').map((e) => e.data as unknown as Recipe);
  const recipeById = new Map(byCollection('recipes').map((e) => [e.id, e.data as unknown as Recipe]));
  const depth = (id: string): number => Math.max(0, ...recipeById.get(id)!.ingredients.flatMap((line) => (line.recipe ? [1 + depth(line.recipe)] : [])));

  test('has exactly the requested entries, with unique slugs per collection', () => {
    expect(binder.entries).toHaveLength(1000);
    for (const collection of COLLECTION_NAMES) {
      const ids = byCollection(collection).map((e) => e.id);
      expect(ids.length).toBe(entryCounts(1000)[collection]);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  test('every entry passes its collection’s schema', () => {
    for (const entry of binder.entries) {
      const result = BINDER_COLLECTIONS[entry.collection].schema.safeParse(entry.data);
      expect(result.success ? [] : [`${entry.collection}/${entry.id}`, result.error.issues]).toEqual([]);
    }
    expect(SiteSchema.safeParse(binder.site).success).toBe(true);
  });

  test('the layer’s manifest, entries and patches pass their schemas', () => {
    expect(LayerSchema.safeParse(binder.layer.manifest).success).toBe(true);
    for (const entry of binder.layer.entries) expect(BINDER_COLLECTIONS[entry.collection].schema.safeParse(entry.data).success).toBe(true);
    for (const patch of binder.layer.patches) expect(patchSchemaOf(patch.collection).safeParse(patch.data).success).toBe(true);
    expect(binder.layer.patches.length).toBeGreaterThanOrEqual(1);
    expect((binder.layer.manifest['hide'] as string[]).length).toBeGreaterThanOrEqual(1);
  });

  // The sample binder (content/): 40 % components, 5.0 lines and 5.4 steps a recipe,
  // depth up to 3, a quarter of steps timed, ~6 % with a critical limit, bodies ~1,100 characters.
  test('recipes have the sample binder’s shape', () => {
    expect(recipes.filter((r) => r.course === 'component').length / recipes.length).toBeCloseTo(0.4, 1);
    expect(mean(recipes.map((r) => r.ingredients.length))).toBeGreaterThan(3.5);
    expect(mean(recipes.map((r) => r.ingredients.length))).toBeLessThan(6.5);
    expect(Math.max(...recipes.map((r) => r.ingredients.length))).toBeLessThanOrEqual(13);
    expect(mean(recipes.map((r) => r.ingredients.filter((l) => l.recipe).length))).toBeGreaterThan(0.5);
    expect(mean(recipes.map((r) => r.steps.length))).toBeGreaterThan(4);
    expect(mean(recipes.map((r) => r.steps.length))).toBeLessThan(7);
    const depths = [...recipeById.keys()].map(depth);
    expect(Math.max(...depths)).toBe(3);
    const steps = recipes.flatMap((r) => r.steps);
    expect(steps.filter((s) => s.timerMinutes).length / steps.length).toBeGreaterThan(0.15);
    expect(steps.filter((s) => s.timerMinutes).length / steps.length).toBeLessThan(0.4);
    expect(steps.filter((s) => s.criticalLimit).length / steps.length).toBeGreaterThan(0.02);
    expect(steps.filter((s) => s.criticalLimit).length / steps.length).toBeLessThan(0.12);
    const bodies = byCollection('recipes').map((e) => e.body!.length);
    expect(mean(bodies)).toBeGreaterThan(700);
    expect(mean(bodies)).toBeLessThan(1600);
  });

  test('allergens are spread over the catalogue, and every recipe says its diets', () => {
    const ingredients = byCollection('ingredients');
    const withAllergens = ingredients.filter((e) => e.data['allergens']).length / ingredients.length;
    expect(withAllergens).toBeGreaterThan(0.2);
    expect(withAllergens).toBeLessThan(0.6);
    expect(recipes.every((r) => r.diets !== undefined)).toBe(true);
  });

  test('bodies are plain Markdown: no tags, braces or imports', () => {
    for (const entry of [...binder.entries, ...binder.layer.entries]) {
      if (entry.body === undefined) continue;
      expect(entry.body).not.toMatch(/[<>{}]|^(?:import|export)\b/m);
    }
  });
});
