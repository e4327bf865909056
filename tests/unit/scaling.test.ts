/**
 * Scaling on the sample binder's own recipes: the figures a cook would check by hand
 * on a calculator, the rounding a kitchen can weigh, and the notes that go with it.
 */
import path from 'node:path';
import Fraction from 'fraction.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkBinder } from '../../src/binder/check-binder.ts';
import { bakersPercentages, flourGrams } from '../../src/domain/scaling/bakers-percentages.ts';
import { kitchenFractionText, nearestMeasure } from '../../src/domain/scaling/kitchen-fractions.ts';
import { kitchenMeasure } from '../../src/domain/scaling/kitchen-measure.ts';
import { scalableRecipe, type ScalableRecipe } from '../../src/domain/scaling/scalable-recipe.ts';
import { factorOf, parseScaleChoice, ScaleChoiceError, scaleChoiceParams } from '../../src/domain/scaling/scale-choice.ts';
import { scaleRecipe } from '../../src/domain/scaling/scale-recipe.ts';
import { portionsHaveWeight, scaleTargets } from '../../src/domain/scaling/scale-targets.ts';
import { lineNotes } from '../../src/domain/scaling/line-notes.ts';
import type { Dimension, UnitSystem } from '../../src/domain/units.ts';

const SITE = { locale: 'en-US', currency: 'USD', unitSystem: 'metric' as const };
let recipes: Map<string, ScalableRecipe>;

beforeAll(async () => {
  const check = await checkBinder(path.resolve(import.meta.dirname, '../../content'));
  expect(check.problems).toEqual([]);
  const { entries } = check;
  recipes = new Map([...entries.recipes].map(([slug, recipe]) => [slug, scalableRecipe(slug, recipe, entries, SITE)]));
});

const recipe = (slug: string): ScalableRecipe => {
  const found = recipes.get(slug);
  if (!found) throw new Error(`no sample recipe ${slug}`);
  return found;
};
const lineIndex = (slug: string, name: string): number => {
  const index = recipe(slug).lines.findIndex((_, i) => JSON.stringify(recipesRaw(slug)[i]).includes(`"${name}"`));
  if (index < 0) throw new Error(`${slug} has no line ${name}`);
  return index;
};
// The scalable lines drop names; the raw recipe order is the same.
const recipesRaw = (slug: string): unknown[] => rawLines.get(slug) ?? [];
const rawLines = new Map<string, unknown[]>();
beforeAll(async () => {
  const { entries } = await checkBinder(path.resolve(import.meta.dirname, '../../content'));
  for (const [slug, r] of entries.recipes) rawLines.set(slug, r.ingredients);
});

describe('kitchen fractions', () => {
  test.each([
    [1.5, ['1/4'], '1 ½'],
    [0.75, ['1/4'], '¾'],
    [0.3, ['1/4', '1/3'], '⅓'],
    [0.66, ['1/4', '1/3'], '⅔'],
    [2.01, ['1/8'], '2'],
    [0.12, ['1/8'], '⅛'],
    [1.375, ['1/8'], '1 ⅜'],
  ])('%s measured in steps of %j reads %s', (value, steps, text) => {
    expect(kitchenFractionText(nearestMeasure(value, steps))).toBe(text);
  });
  test('rounding is exact: a third stays a third', () => {
    expect(nearestMeasure(1 / 3, ['1/3']).equals(new Fraction(1, 3))).toBe(true);
  });
});

describe('kitchen rounding', () => {
  test.each<[number, Dimension, UnitSystem, Parameters<typeof kitchenMeasure>[3], string, string | undefined]>([
    [42.4, 'mass', 'metric', 'g', '42 g', undefined],
    [87.5, 'mass', 'metric', 'g', '88 g', undefined],
    [1950, 'mass', 'metric', 'g', '1,950 g', undefined],
    [1953, 'mass', 'metric', 'g', '1,955 g', undefined],
    [0.3, 'mass', 'metric', 'g', '0.3 g', 'too-small'],
    [1.46, 'mass', 'metric', 'g', '1.5 g', 'too-small'],
    [0.01, 'mass', 'metric', 'g', '0.1 g', 'too-small'],
    [5000, 'mass', 'metric', 'kg', '5 kg', undefined],
    [2551, 'mass', 'metric', 'kg', '2.55 kg', undefined],
    [250, 'volume', 'metric', 'ml', '250 ml', undefined],
    [2.67, 'count', 'metric', 'each', '3', 'rounded-count'],
    [0.4, 'count', 'metric', 'each', '1', 'rounded-count'],
    [4, 'count', 'us', 'each', '4', undefined],
    [2.5, 'portion', 'metric', 'portion', '2.5 portions', undefined],
    [1.2, 'portion', 'metric', 'portion', '1 portion', 'rounded-count'],
    [354.9, 'volume', 'us', 'ml', '1 ½ cup', undefined],
    [3.7, 'volume', 'us', 'ml', '¾ tsp', undefined],
    [0.2, 'volume', 'us', 'ml', '< ⅛ tsp', 'too-small'],
    [22.2, 'volume', 'us', 'ml', '1 ½ tbsp', undefined],
    [3785, 'volume', 'us', 'l', '1 gal', undefined],
    [1500, 'mass', 'us', 'g', '3 lb 5 oz', undefined],
    [100, 'mass', 'us', 'g', '3 ½ oz', undefined],
    [3, 'mass', 'us', 'g', '⅛ oz', undefined],
    [1, 'mass', 'us', 'g', '< ⅛ oz', 'too-small'],
  ])('%s (%s) in %s, written as %s, reads %s', (base, dimension, system, preferred, text, warning) => {
    const measure = kitchenMeasure(base, dimension, system, preferred, 'en-US');
    expect(measure.text).toBe(text);
    expect(measure.warning).toBe(warning);
  });
});

describe('scale choices in the URL', () => {
  test.each([
    ['scale=2', 2],
    ['scale=1/2', 0.5],
    ['scale=0,5', 0.5],
    ['yield=5kg', 2],
    ['yield=5000g', 2],
    ['yield=1.25', 0.5],
    ['portions=25', 2.5],
    ['portions=25&size=280g', 2.8],
    ['flour=3kg', 2],
  ])('pizza dough with ?%s is %s batches', (query, factor) => {
    const choice = parseScaleChoice(new URLSearchParams(query));
    expect(choice).not.toBeNull();
    expect(factorOf(choice!, recipe('pizza-dough'))).toBeCloseTo(factor, 9);
  });

  test.each([
    ['scale=abc', /scale=abc is not a multiplier: write scale=2/],
    ['scale=0', /not a multiplier/],
    ['scale=5000', /choose between/],
    ['yield=10l', /the batch is measured in kg: give the target in g, kg, oz, lb/],
    ['yield=10 furlongs', /not a unit here/],
    ['portions=-3', /not a number of portions/],
  ])('pizza dough with ?%s is refused with the fix', (query, message) => {
    expect(() => factorOf(parseScaleChoice(new URLSearchParams(query))!, recipe('pizza-dough'))).toThrow(ScaleChoiceError);
    expect(() => factorOf(parseScaleChoice(new URLSearchParams(query))!, recipe('pizza-dough'))).toThrow(message);
  });

  test('a recipe with no flour cannot be scaled by flour, and says what to do instead', () => {
    expect(() => factorOf(parseScaleChoice(new URLSearchParams('flour=1kg'))!, recipe('pizza-sauce'))).toThrow(/no flour to scale by/);
  });

  test.each(['scale=1/3', 'yield=10l', 'portions=25&size=280g', 'flour=3kg'])('?%s survives a round trip through the URL', (query) => {
    const choice = parseScaleChoice(new URLSearchParams(query))!;
    expect(new URLSearchParams(scaleChoiceParams(choice)).toString()).toBe(new URLSearchParams(query).toString());
  });

  test('no parameter is one batch', () => {
    expect(parseScaleChoice(new URLSearchParams('units=us'))).toBeNull();
  });
});

describe('scaling the sample recipes', () => {
  test('margherita at one batch reads exactly as written', () => {
    const scaled = scaleRecipe(recipe('margherita'), 1, 'metric');
    expect(scaled.lines.map((line) => line.text)).toEqual(['1 portion', '80 g', '100 g', '3 g', '5 g']);
    expect(scaled.batch).toBe('1 piece');
  });

  test('?scale=2 doubles margherita, and the sub-recipes open at the amount needed', () => {
    const scaled = scaleRecipe(recipe('margherita'), 2, 'metric');
    expect(scaled.lines.map((line) => line.text)).toEqual(['2 portions', '160 g', '200 g', '6 g', '10 g']);
    expect(scaled.lines[0]?.subRecipeQuery).toBe('portions=2');
    expect(scaled.lines[1]?.subRecipeQuery).toBe('yield=160g');
    expect(scaled.batch).toBe('2 pieces');
  });

  test('pizza dough at 2.5 batches: grams to the gram under 100 g, to 5 g above', () => {
    const scaled = scaleRecipe(recipe('pizza-dough'), 2.5, 'metric');
    expect(scaled.lines.map((line) => line.text)).toEqual(['3,750 g', '2,440 g', '105 g', '8 g', '75 g']);
    expect(scaled.batch).toBe('6.25 kg');
    expect(scaled.portions).toBe('25');
  });

  test("pizza dough's baker's percentages, from the flour", () => {
    const percentages = bakersPercentages(recipe('pizza-dough').lines).map((p) => (p === null ? null : Math.round(p * 10) / 10));
    expect(percentages).toEqual([100, 65, 2.8, 0.2, 2]);
    expect(flourGrams(recipe('pizza-dough').lines)).toBe(1500);
  });

  test("a baker's-percentage dough scales its salt linearly; a sauce's salt takes the reduced factor", () => {
    const dough = scaleRecipe(recipe('pizza-dough'), 4, 'metric');
    expect(dough.lines[lineIndex('pizza-dough', 'fine-sea-salt')]?.reducedFactor).toBeUndefined();
    const sauce = scaleRecipe(recipe('pizza-sauce'), 4, 'metric');
    const salt = sauce.lines[lineIndex('pizza-sauce', 'fine-sea-salt')];
    expect(salt?.reducedFactor).toBeCloseTo(4 ** 0.85, 9);
    const tomatoes = sauce.lines[lineIndex('pizza-sauce', 'whole-peeled-tomatoes')];
    expect(tomatoes?.reducedFactor).toBeUndefined();
  });

  test('a dough batch larger than the spiral mixer (25 kg) splits into equal mixes', () => {
    const scaled = scaleRecipe(recipe('pizza-dough'), 12, 'metric');
    expect(scaled.mixes).toEqual({ count: 2, noun: 'mixes', equipment: 'Spiral mixer', capacity: '25 kg', each: '15 kg' });
    expect(scaled.lines[0]?.perMix).toBe('9,000 g');
    expect(scaleRecipe(recipe('pizza-dough'), 10, 'metric').mixes).toBeUndefined();
  });

  test('count lines round to whole pieces and say so', () => {
    const eggs = [...recipes.values()].find((r) => r.lines.some((line) => line.unit === 'each'));
    expect(eggs).toBeDefined();
    const scaled = scaleRecipe(eggs!, 0.45, 'metric');
    const countLines = eggs!.lines.flatMap((line, i) => (line.unit === 'each' ? [scaled.lines[i]] : []));
    for (const line of countLines) expect(line?.text).toMatch(/^\d+$/);
    expect(countLines.some((line) => line?.warning === 'rounded-count')).toBe(true);
  });

  test('halved, the dough yeast is still weighable; at a tenth it is flagged', () => {
    const yeast = lineIndex('pizza-dough', 'instant-dry-yeast');
    expect(scaleRecipe(recipe('pizza-dough'), 0.5, 'metric').lines[yeast]).toMatchObject({ text: '1.5 g', warning: 'too-small' });
    expect(scaleRecipe(recipe('pizza-dough'), 2, 'metric').lines[yeast]).toMatchObject({ text: '6 g', warning: undefined });
    expect(scaleRecipe(recipe('pizza-dough'), 0.1, 'metric').lines[yeast]).toMatchObject({ text: '0.3 g', warning: 'too-small' });
  });

  test('in US customary units, weights read in pounds and ounces and the batch converts', () => {
    const scaled = scaleRecipe(recipe('pizza-dough'), 1, 'us');
    expect(scaled.lines[0]?.text).toBe('3 lb 5 oz');
    expect(scaled.batch).toBe('5 lb 8 oz');
  });

  test('a volume with a density shows its weight too', () => {
    const withDensity = [...recipes.values()].flatMap((r) => r.lines.map((line, i) => ({ r, line, i }))).find(({ line }) => line.density && (line.unit === 'ml' || line.unit === 'l' || line.unit === 'tbsp' || line.unit === 'tsp'));
    expect(withDensity).toBeDefined();
    const { r, line, i } = withDensity!;
    const scaled = scaleRecipe(r, 1, 'metric').lines[i];
    const grams = Math.round(line.quantity! * (line.unit === 'l' ? 1000 : line.unit === 'tbsp' ? 14.7868 : line.unit === 'tsp' ? 4.9289 : 1) * line.density!);
    expect(scaled?.equivalent).toBe(`≈ ${new Intl.NumberFormat('en-US').format(grams < 100 ? grams : Math.round(grams / 5) * 5)} g`);
  });

  test('the cost follows the scale, through the dough and the sauce, and names what has no price', () => {
    const one = scaleRecipe(recipe('margherita'), 1, 'metric').cost;
    const two = scaleRecipe(recipe('margherita'), 2, 'metric').cost;
    expect(one?.batch).toMatch(/^\$\d+\.\d\d$/);
    const amount = (text: string | undefined) => Number(text?.replace(/[^\d.]/g, ''));
    expect(amount(two?.batch)).toBeCloseTo(2 * amount(one?.batch), 1);
    expect(one?.portion).toBe(one?.batch);
    expect(Array.isArray(one?.uncosted)).toBe(true);
  });
});

describe('what a recipe can be scaled by', () => {
  test.each([
    ['pizza-dough', ['scale', 'yield', 'portions', 'flour'], ['× the batch', 'kg batch', 'portions', 'g of flour'], true],
    ['margherita', ['scale', 'yield', 'portions'], ['× the batch', 'pieces', 'portions'], false],
    ['pizza-sauce', ['scale', 'yield', 'portions'], ['× the batch', 'kg batch', 'portions'], true],
  ])('%s offers %j', (slug, params, labels, ballWeight) => {
    const targets = scaleTargets(recipe(slug));
    expect(targets.map((target) => target.param)).toEqual(params);
    expect(targets.map((target) => target.label)).toEqual(labels);
    expect(portionsHaveWeight(recipe(slug))).toBe(ballWeight);
  });
});

describe('the notes under a scaled line', () => {
  test.each([
    [{ text: '3', warning: 'rounded-count' as const }, 0.45, false, ['rounded to whole pieces']],
    [{ text: '0.3 g', warning: 'too-small' as const }, 0.1, true, ['too little for a 1 g scale: weigh on a 0.1 g precision scale']],
    [{ text: '< ⅛ tsp', warning: 'too-small' as const }, 0.1, false, ['too little to measure: a pinch']],
    [{ text: '32 g', reducedFactor: 3.249 }, 4, true, ['reduced factor ×3.25, not ×4: taste and adjust']],
    [{ text: '100 ml', equivalent: '≈ 92 g', perMix: '50 ml' }, 12, false, ['≈ 92 g', '50 ml per mix']],
    [{ text: '100 g' }, 1, true, []],
  ])('%j at ×%s', (line, factor, mass, notes) => {
    expect(lineNotes(line, factor, mass)).toEqual(notes);
  });
});
