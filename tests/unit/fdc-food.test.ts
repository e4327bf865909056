/**
 * Nutrition from a FoodData Central download: the eight figures by their nutrient
 * numbers (Foundation foods' Atwater energy, FDC's units checked), the food's id, data
 * type and date; `npm run nutrition` writing it into the ingredient's file, canonical and
 * checked, or refusing with what to do and writing nothing.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { findFdcFood, nutritionFromFdc } from '../../src/domain/nutrition/fdc-food.ts';
import { importFdcNutrition, readFdcNutrition } from '../../src/nutrition/fdc-import.ts';
import { NutritionSchema } from '../../src/schemas/nutrition.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const FOUNDATION = path.join(FIXTURES, 'fdc', 'foundation-foods.json');
const ONE_FOOD = path.join(FIXTURES, 'fdc', 'one-food-abridged.json');

describe('a food from FoodData Central', () => {
  test.each([
    {
      what: 'a Foundation food: energy by Atwater specific factors, the kJ figure ignored, a US date',
      file: FOUNDATION,
      fdcId: 900001,
      expected: {
        per100g: { energy: 362, fat: 1.5, carbohydrate: 75.2, sugars: 0.4, protein: 11.9, sodium: 2 },
        source: { database: 'usda-fdc', id: '900001', description: 'Test flour, wheat, milled', dataType: 'Foundation', published: '2019-04-01' },
      },
    },
    {
      what: 'a food with two figures: the others are left out, never 0',
      file: FOUNDATION,
      fdcId: 900002,
      expected: { per100g: { energy: 0, sodium: 38758 }, source: { database: 'usda-fdc', id: '900002', description: 'Test salt, table', dataType: 'Foundation', published: '2021-10-28' } },
    },
    {
      what: 'one food in the API’s abridged format',
      file: ONE_FOOD,
      fdcId: 900010,
      expected: { per100g: { energy: 0, sodium: 4 }, source: { database: 'usda-fdc', id: '900010', description: 'Test water, tap', dataType: 'SR Legacy', published: '2019-04-01' } },
    },
  ])('$what', async ({ file, fdcId, expected }) => {
    const nutrition = await readFdcNutrition({ ingredient: 'x', fdcId, file });
    expect(nutrition).toEqual(expected);
    expect(NutritionSchema.safeParse(nutrition).success).toBe(true);
  });

  test.each([
    ['an id the file does not hold', { FoundationFoods: [] }, 1, 'no food with FDC id 1 in the file'],
    ['a file that is no FDC download', { hello: 'world' }, 1, 'not a FoodData Central download'],
    ['one food of another id', { fdcId: 5, description: 'x', foodNutrients: [] }, 1, 'holds one food, FDC id 5, not 1'],
  ])('%s is refused', (_, json, fdcId, message) => {
    expect(() => findFdcFood(json, fdcId)).toThrow(message);
  });

  test('a figure in another unit than FDC’s own is refused, not read as mg', () => {
    expect(() => nutritionFromFdc({ fdcId: 900003, description: 'x', foodNutrients: [{ nutrient: { number: '307', unitName: 'g' }, amount: 0.4 }] })).toThrow('sodium is given in g, not mg');
  });

  test('a food with none of the eight figures is refused', () => {
    expect(() => nutritionFromFdc({ fdcId: 7, description: 'x', foodNutrients: [] })).toThrow('has none of the eight figures');
  });
});

describe('npm run nutrition', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'nutrition-'));
    await cp(path.join(FIXTURES, 'binder'), path.join(root, 'content'), { recursive: true });
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  test('writes the block into the ingredient’s file, keeping the rest, with how the food differs', async () => {
    const before = parse(await readFile(path.join(root, 'content/ingredients/flour.yaml'), 'utf8')) as Record<string, unknown>;
    const file = await importFdcNutrition(root, { ingredient: 'flour', fdcId: 900001, file: FOUNDATION, match: 'US flour, not Italian 00' });
    expect(path.relative(root, file)).toBe(path.join('content', 'ingredients', 'flour.yaml'));
    const after = parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    expect(after).toEqual({ ...before, nutrition: expect.objectContaining({ source: expect.objectContaining({ id: '900001', match: 'US flour, not Italian 00' }) }) });
  });

  test('an unknown ingredient, or upstream’s ingredient in a fork, is refused and nothing is written', async () => {
    await expect(importFdcNutrition(root, { ingredient: 'saffron', fdcId: 900001, file: FOUNDATION })).rejects.toThrow('`saffron` is not an ingredient of this binder');
    await mkdir(path.join(root, 'layers', 'brooklyn'), { recursive: true });
    await writeFile(path.join(root, 'layers', 'brooklyn', 'layer.yaml'), 'extends: content\n');
    const before = await readFile(path.join(root, 'content/ingredients/flour.yaml'), 'utf8');
    await expect(importFdcNutrition(root, { ingredient: 'flour', fdcId: 900001, file: FOUNDATION })).rejects.toThrow('npm run customise -- ingredients/flour --patch');
    expect(await readFile(path.join(root, 'content/ingredients/flour.yaml'), 'utf8')).toBe(before);
  });

  test('a file that is not JSON says so', async () => {
    const csv = path.join(root, 'food.csv');
    await writeFile(csv, 'fdc_id,description\n1,x\n');
    await expect(readFdcNutrition({ ingredient: 'flour', fdcId: 1, file: csv })).rejects.toThrow('is not JSON');
  });
});
