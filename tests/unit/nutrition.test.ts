/**
 * Nutrition as the menu and the recipe pages show it: figures per 100 g added up through
 * sub-recipes, missing figures named per nutrient and never counted as 0, and the FDA's
 * label rounding.
 */
import { describe, expect, test } from 'vitest';
import { roundCalories, roundNutrient } from '../../src/domain/nutrition/label-rounding.ts';
import { batchNutrients, isComplete, plateNutrients, portionNutrients, type NutrientLookups } from '../../src/domain/nutrition/nutrient-sum.ts';
import { NutritionSchema } from '../../src/schemas/nutrition.ts';

const source = { database: 'usda-sr24', id: '00000', description: 'Test food' } as const;

const lookups: NutrientLookups = {
  recipes: new Map([
    // 1 kg of dough in 4 balls: 600 g flour (364 kcal/100 g), 400 g water, 12 g salt.
    [
      'dough',
      {
        title: 'Dough',
        yield: { quantity: 1, unit: 'kg', portions: 4 },
        ingredients: [
          { ingredient: 'flour', quantity: 600, unit: 'g' },
          { ingredient: 'water', quantity: 400, unit: 'ml' },
          { ingredient: 'salt', quantity: 12, unit: 'g' },
          { ingredient: 'salt', unit: 'g' },
        ],
      },
    ],
    [
      'pizza',
      {
        title: 'Pizza',
        yield: { quantity: 1, unit: 'each', portions: 1 },
        ingredients: [
          { recipe: 'dough', quantity: 1, unit: 'portion' },
          { ingredient: 'mozzarella', quantity: 120, unit: 'g' },
          { ingredient: 'basil', quantity: 2, unit: 'g' },
        ],
      },
    ],
    ['oily', { title: 'Oily', yield: { quantity: 1, unit: 'l' }, ingredients: [{ ingredient: 'oil', quantity: 100, unit: 'ml' }] }],
  ]),
  ingredients: new Map([
    ['flour', { name: 'Flour', nutrition: { per100g: { energy: 364, fat: 1, saturatedFat: 0.2, carbohydrate: 76, sugars: 0.3, fibre: 2.7, protein: 10, sodium: 2 }, source } }],
    ['water', { name: 'Water', density: 1, nutrition: { per100g: { energy: 0, fat: 0, saturatedFat: 0, carbohydrate: 0, sugars: 0, fibre: 0, protein: 0, sodium: 4 }, source } }],
    ['salt', { name: 'Salt', nutrition: { per100g: { energy: 0, sodium: 38758 }, source } }],
    ['mozzarella', { name: 'Mozzarella', nutrition: { per100g: { energy: 300, fat: 22, saturatedFat: 13, carbohydrate: 2, sugars: 1, protein: 22, sodium: 627 }, source } }],
    ['basil', { name: 'Basil' }],
    ['oil', { name: 'Oil', nutrition: { per100g: { energy: 884, fat: 100 }, source } }],
  ]),
};

describe('sums through sub-recipes, missing figures named', () => {
  test('a batch adds each line by its weight; a volume weighs by density; "to taste" is listed apart', () => {
    const dough = batchNutrients('dough', lookups);
    expect(dough.amounts.energy).toBeCloseTo(6 * 364, 10);
    expect(dough.amounts.sodium).toBeCloseTo(6 * 2 + 4 * 4 + 0.12 * 38758, 10);
    // Salt's source has only energy and sodium: every other nutrient names it.
    expect(dough.missing.fat).toEqual(['Salt']);
    expect(isComplete(dough, 'energy')).toBe(true);
    expect(dough.unmeasured).toEqual(['Salt']);
  });

  test('a portion is the batch ÷ its portions; a plate adds its components', () => {
    const ball = portionNutrients('dough', lookups)!;
    expect(ball.amounts.energy).toBeCloseTo(546, 10);
    const pizza = portionNutrients('pizza', lookups)!;
    expect(pizza.amounts.energy).toBeCloseTo(546 + 360, 10);
    // Basil has no figures at all: it is missing from every nutrient, never 0.
    expect(pizza.missing.energy).toEqual(['Basil']);
    expect(pizza.missing.fibre).toEqual(['Salt', 'Mozzarella', 'Basil']);
    const plate = plateNutrients({ plate: [{ recipe: 'dough', quantity: 2, unit: 'portion' }, { ingredient: 'mozzarella', quantity: 50, unit: 'g' }] }, lookups);
    expect(plate.amounts.energy).toBeCloseTo(2 * 546 + 150, 10);
    expect(plate.missing.energy).toEqual([]);
  });

  test('an amount that cannot be weighed (a volume without a density) is missing, named', () => {
    const oily = batchNutrients('oily', lookups);
    expect(oily.amounts.energy).toBe(0);
    expect(oily.missing.energy).toEqual(['Oil']);
    expect(portionNutrients('oily', lookups)).toBeUndefined();
  });
});

describe('the FDA’s rounding', () => {
  test.each([
    [0, 0],
    [4.9, 0],
    [5, 5],
    [47, 45],
    [48, 50],
    [50, 50],
    [50.1, 50],
    [54.9, 50],
    [55, 60],
    [612, 610],
    [615, 620],
  ])('%s kcal → %s', (kcal, rounded) => expect(roundCalories(kcal)).toBe(rounded));

  test.each([
    ['fat', 0.4, 0],
    ['fat', 2.3, 2.5],
    ['saturatedFat', 7.6, 8],
    ['protein', 0.49, 0],
    ['protein', 22.5, 23],
    ['sodium', 4, 0],
    ['sodium', 137, 135],
    ['sodium', 1106, 1110],
  ] as const)('%s %s → %s', (nutrient, amount, rounded) => expect(roundNutrient(nutrient, amount)).toBe(rounded));
});

describe('the schema refuses figures in the wrong unit', () => {
  test.each([
    [{ energy: 1500 }, 'energy', 'kcal, not kJ'],
    [{ fat: 120 }, 'fat', 'over 100 g in 100 g'],
    [{ sodium: 50000 }, 'sodium', 'more than salt itself'],
  ])('%o', (per100g, field, message) => {
    const result = NutritionSchema.safeParse({ per100g, source });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['per100g', field]);
    expect(result.error!.issues[0]!.message).toContain(message);
  });
});
