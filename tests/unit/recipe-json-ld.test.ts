/** The schema.org Recipe built from a recipe's data: each field as search engines read it. */
import { expect, test } from 'vitest';
import { recipeJsonLd, serializeJsonLd } from '../../src/domain/recipe-json-ld.ts';
import { recipe, site as siteIdentity } from './builders.ts';

const site = siteIdentity();
const titleOf = (_collection: string, id: string) => ({ flour: 'Bread flour', water: 'Water', dough: 'Pizza dough' })[id] ?? id;
const url = 'https://binder.example.com/recipes/test/';

function ld(overrides: Parameters<typeof recipe>[0]) {
  return recipeJsonLd({ recipe: recipe(overrides), url, site, titleOf });
}

test.each([
  { name: 'a weighed batch with portions', yield: { quantity: 1.8, unit: 'kg' as const, portions: 6 }, expected: ['1.8 kg', '6 portions'] },
  { name: 'one piece, one portion', yield: { quantity: 1, unit: 'each' as const, portions: 1 }, expected: ['1 piece', '1 portion'] },
  { name: 'several pieces, no portions', yield: { quantity: 12, unit: 'each' as const }, expected: ['12 pieces'] },
])('recipeYield of $name', ({ yield: made, expected }) => {
  expect(ld({ yield: made }).recipeYield).toEqual(expected);
});

test('ingredients, steps, times, diet and licence', () => {
  const data = ld({
    title: 'Focaccia',
    summary: 'Oily, airy bread.',
    category: 'Bread',
    prepMinutes: 20,
    cookMinutes: 25,
    restMinutes: 24 * 60,
    diets: ['vegan', 'dairy-free'],
    ingredients: [
      { ingredient: 'flour', quantity: 1000, unit: 'g' },
      { ingredient: 'water', quantity: 780, unit: 'ml', preparation: 'cold' },
      { recipe: 'dough', quantity: 2, unit: 'portion', optional: true },
    ],
    steps: [{ text: 'Mix @flour with @water.' }, { text: 'Bake.', timerMinutes: 25 }],
  });
  expect(data).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'Recipe',
    name: 'Focaccia',
    description: 'Oily, airy bread.',
    recipeCategory: 'Bread',
    prepTime: 'PT20M',
    cookTime: 'PT25M',
    totalTime: 'P1DT45M',
    // Only diets schema.org names: dairy-free has no RestrictedDiet.
    suitableForDiet: 'https://schema.org/VeganDiet',
    license: 'https://creativecommons.org/licenses/by-sa/4.0/',
  });
  expect(data['recipeIngredient']).toEqual(['1,000 g Bread flour', '780 ml Water, cold', '2 portions Pizza dough (optional)']);
  expect(data['recipeInstructions']).toEqual([
    { '@type': 'HowToStep', position: 1, text: 'Mix 1,000 g Bread flour with 780 ml Water.', url: `${url}#step-1` },
    { '@type': 'HowToStep', position: 2, text: 'Bake.', url: `${url}#step-2` },
  ]);
});

test('no text can close the script element it is written into', () => {
  const json = serializeJsonLd(ld({ title: '</script><script>alert(1)</script>' }));
  expect(json).not.toContain('<');
  expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script>');
});
