/**
 * The rules that span entries: each case builds a small binder with one mistake and
 * asserts the exact problem reported (where, what, how to fix).
 */
import { describe, expect, test } from 'vitest';
import { validateBinder } from '../../src/domain/validate-binder.ts';
import { entries, type EntriesInput, ingredient, procedure, recipe } from './builders.ts';

function problemsOf(input: EntriesInput): string[] {
  return validateBinder(entries(input)).problems.map((p) => `${p.collection}/${p.id} ${p.path.join('.')}: ${p.message} — ${p.fix}`);
}

const flour = ingredient({ name: 'Flour', allergens: ['gluten', 'wheat'], density: 0.55 });
const milk = ingredient({ name: 'Milk', category: 'dairy', allergens: ['milk'], storage: { zone: 'refrigerated', temperature: { value: 4, unit: 'C' } } });
const water = ingredient({ name: 'Water', density: 1 });
const eggs = ingredient({ name: 'Eggs', category: 'eggs', allergens: ['eggs'], storage: { zone: 'refrigerated', temperature: { value: 5, unit: 'C' } } });

test('a consistent binder has no problems', () => {
  expect(
    problemsOf({
      ingredients: { flour, milk, water },
      recipes: {
        dough: recipe({ yield: { quantity: 1, unit: 'kg', portions: 4, portionSize: { quantity: 250, unit: 'g' } }, ingredients: [{ ingredient: 'flour', quantity: 600, unit: 'g' }, { ingredient: 'water', quantity: 400, unit: 'ml' }], steps: [{ text: 'Mix @flour and @water.' }] }),
        pizza: recipe({ ingredients: [{ recipe: 'dough', quantity: 1, unit: 'portion' }, { ingredient: 'milk', quantity: 100, unit: 'ml' }], steps: [{ text: 'Stretch @dough, pour @milk.' }], allergens: ['gluten', 'wheat', 'milk'] }),
      },
    }),
  ).toEqual([]);
});

describe('references', () => {
  test.each([
    {
      name: 'a misspelt ingredient, with the likely one',
      input: { recipes: { r: recipe({ ingredients: [{ ingredient: 'flor' }], steps: [{ text: 'Mix.' }] }) } },
      expected: 'recipes/r ingredients.0.ingredient: `flor` is not in ingredients — did you mean `flour`? Otherwise add content/ingredients/flor.yaml',
    },
    {
      name: 'an unknown sub-recipe',
      input: { recipes: { r: recipe({ ingredients: [{ recipe: 'pizza-sauce' }], steps: [{ text: 'Spread.' }] }) } },
      expected: 'recipes/r ingredients.0.recipe: `pizza-sauce` is not in recipes — use the slug (file name) of an existing entry in content/recipes/, or add content/recipes/pizza-sauce.mdx',
    },
    {
      name: 'an unknown station in a step',
      input: { recipes: { r: recipe({ steps: [{ text: 'Bake.', station: 'oven' }] }) } },
      expected: 'recipes/r steps.0.station: `oven` is not in stations — use the slug (file name) of an existing entry in content/stations/, or add content/stations/oven.yaml',
    },
    {
      name: 'an unknown procedure on equipment',
      input: { equipment: { oven: { name: 'Oven', category: 'cooking' as const, procedures: ['oven-care'] } } },
      expected: 'equipment/oven procedures.0: `oven-care` is not in procedures — use the slug (file name) of an existing entry in content/procedures/, or add content/procedures/oven-care.mdx',
    },
    {
      name: 'an unknown recipe in a procedure',
      input: { procedures: { cool: procedure({ recipes: ['stock'] }) } },
      expected: 'procedures/cool recipes.0: `stock` is not in recipes — use the slug (file name) of an existing entry in content/recipes/, or add content/recipes/stock.mdx',
    },
  ])('$name', ({ input, expected }) => {
    expect(problemsOf(input as EntriesInput)).toEqual([expected]);
  });
});

test('a cycle of sub-recipes is reported on every recipe in it', () => {
  expect(
    problemsOf({
      recipes: {
        a: recipe({ ingredients: [{ recipe: 'b' }], steps: [{ text: 'Mix.' }] }),
        b: recipe({ ingredients: [{ recipe: 'a' }], steps: [{ text: 'Mix.' }] }),
      },
    }),
  ).toEqual([
    'recipes/a ingredients.0.recipe: sub-recipes form a cycle (a → b → a), so none of them can be made — remove the line that uses `b`, or the line in another recipe of the cycle',
    'recipes/b ingredients.0.recipe: sub-recipes form a cycle (a → b → a), so none of them can be made — remove the line that uses `a`, or the line in another recipe of the cycle',
  ]);
});

describe('allergens', () => {
  test.each([
    {
      name: 'a declared list missing an allergen the ingredients carry',
      input: { ingredients: { flour, milk }, recipes: { r: recipe({ ingredients: [{ ingredient: 'flour' }, { ingredient: 'milk' }], steps: [{ text: 'Mix.' }], allergens: ['gluten', 'wheat'] }) } },
      expected: ['recipes/r allergens: does not declare milk, which comes from milk — add `milk` to `allergens` (or remove `allergens` and let the binder derive the list)'],
    },
    {
      name: 'an allergen missing that comes through a sub-recipe',
      input: {
        ingredients: { flour, milk },
        recipes: {
          sauce: recipe({ ingredients: [{ ingredient: 'milk' }], steps: [{ text: 'Heat.' }] }),
          r: recipe({ ingredients: [{ recipe: 'sauce' }], steps: [{ text: 'Pour.' }], allergens: [] }),
        },
      },
      expected: ['recipes/r allergens: does not declare milk, which comes from milk (in sauce) — add `milk` to `allergens` (or remove `allergens` and let the binder derive the list)'],
    },
    {
      name: 'a declared allergen nothing carries',
      input: { ingredients: { flour }, recipes: { r: recipe({ allergens: ['gluten', 'wheat', 'sesame'] }) } },
      expected: ['recipes/r allergens.2: declares sesame, but no ingredient or sub-recipe carries it — remove `sesame`, or add `sesame` to the allergens of the ingredient that contains it'],
    },
    {
      name: 'a vegan claim with milk in it',
      input: { ingredients: { flour, milk }, recipes: { r: recipe({ ingredients: [{ ingredient: 'milk' }], steps: [{ text: 'Pour.' }], diets: ['vegan'] }) } },
      expected: ['recipes/r diets.0: claims vegan but contains milk (from milk) — remove `vegan`, or replace the ingredients that carry milk'],
    },
    {
      name: 'a gluten-free claim with flour in a sub-recipe',
      input: { ingredients: { flour }, recipes: { dough: recipe(), r: recipe({ ingredients: [{ recipe: 'dough' }], steps: [{ text: 'Bake.' }], diets: ['gluten-free'] }) } },
      expected: ['recipes/r diets.0: claims gluten-free but contains gluten (from flour (in dough)), wheat (from flour (in dough)) — remove `gluten-free`, or replace the ingredients that carry gluten and wheat'],
    },
    {
      name: 'wheat declared without gluten',
      input: { ingredients: { flour: ingredient({ allergens: ['wheat'] }) } },
      expected: ['ingredients/flour allergens: lists wheat but not gluten, which wheat always contains — add `gluten` to `allergens`'],
    },
    {
      name: 'an allergen both contained and "may contain"',
      input: { ingredients: { flour: ingredient({ allergens: ['gluten', 'wheat'], mayContain: ['sesame', 'gluten'] }) } },
      expected: ['ingredients/flour mayContain.1: gluten is listed as both contained and "may contain" — remove `gluten` from `mayContain`: it is contained'],
    },
  ])('$name', ({ input, expected }) => {
    expect(problemsOf(input as EntriesInput)).toEqual(expected);
  });
});

describe('units and measurements', () => {
  test.each([
    {
      name: 'an ingredient weighed in one recipe and measured by volume in another needs a density',
      input: {
        ingredients: { flour: ingredient({ name: 'Flour' }) },
        recipes: {
          a: recipe({ ingredients: [{ ingredient: 'flour', quantity: 500, unit: 'g' }] }),
          b: recipe({ ingredients: [{ ingredient: 'flour', quantity: 2, unit: 'cup' }] }),
        },
      },
      expected: [
        'ingredients/flour density: is missing: `flour` is measured by volume (recipes/b ingredients.0.unit) and by weight (recipes/a ingredients.0.unit) — add `density:` in grams per millilitre (weigh 100 ml and divide by 100), or use one kind of unit everywhere',
      ],
    },
    {
      name: 'an ingredient counted and weighed needs a weight per piece',
      input: {
        ingredients: { flour, eggs },
        recipes: { a: recipe({ ingredients: [{ ingredient: 'eggs', quantity: 2, unit: 'each' }, { ingredient: 'eggs', quantity: 50, unit: 'g', mentionAs: 'yolk' }], steps: [{ text: 'Beat @eggs.' }] }) },
      },
      expected: [
        'ingredients/eggs gramsEach: is missing: `eggs` is counted (recipes/a ingredients.0.unit) and also weighed or measured (recipes/a ingredients.1.unit) — add `gramsEach:` with the weight of one piece in grams, or use one kind of unit everywhere',
      ],
    },
    {
      name: 'an ingredient measured in portions',
      input: { recipes: { a: recipe({ ingredients: [{ ingredient: 'flour', quantity: 1, unit: 'portion' }] }) } },
      expected: ['recipes/a ingredients.0.unit: `portion` is only for sub-recipes — measure the ingredient in mass (g, kg, oz, lb), volume or `each`'],
    },
    {
      name: 'a sub-recipe measured in a unit its batch cannot give',
      input: {
        recipes: {
          sauce: recipe({ yield: { quantity: 2, unit: 'kg' } }),
          pizza: recipe({ ingredients: [{ recipe: 'sauce', quantity: 2, unit: 'each' }], steps: [{ text: 'Spread @sauce.' }] }),
        },
      },
      expected: ['recipes/pizza ingredients.0.unit: `each` cannot measure `sauce`, whose batch is counted in kilograms — use `g`, `kg`, `oz` or `lb`'],
    },
    {
      name: 'a sub-recipe taken in portions when it has none',
      input: {
        recipes: {
          sauce: recipe({ yield: { quantity: 2, unit: 'kg' } }),
          pizza: recipe({ ingredients: [{ recipe: 'sauce', quantity: 1, unit: 'portion' }], steps: [{ text: 'Spread @sauce.' }] }),
        },
      },
      expected: ['recipes/pizza ingredients.0.unit: `sauce` does not say how many portions a batch makes — add `yield.portions` to sauce, or use its yield unit (kg)'],
    },
    {
      name: 'more portions than the batch makes',
      input: { recipes: { dough: recipe({ yield: { quantity: 1, unit: 'kg', portions: 6, portionSize: { quantity: 250, unit: 'g' } } }) } },
      expected: ['recipes/dough yield.portions: 6 portions of 250 g need 1.5 kg, more than the 1 kg one batch makes — correct the portion count, the portion size or the batch quantity'],
    },
  ])('$name', ({ input, expected }) => {
    expect(problemsOf(input as EntriesInput)).toEqual(expected);
  });
});

describe('recipe structure', () => {
  test.each([
    {
      name: 'a mention that names no line',
      recipe: recipe({ steps: [{ text: 'Add @sugar.' }] }),
      expected: ['recipes/r steps.0.text: `@sugar` names no ingredient line of this recipe — mention one of `@flour`, or add the ingredient to the list'],
    },
    {
      name: 'a mention that could mean two lines',
      recipe: recipe({ ingredients: [{ ingredient: 'flour', group: 'Dough' }, { ingredient: 'flour', group: 'Dusting' }], steps: [{ text: 'Dust with @flour.' }] }),
      expected: ['recipes/r steps.0.text: `@flour` could mean ingredient lines 1 and 2 — give one of those lines `mentionAs: flour-<group>` and mention that name'],
    },
    {
      name: 'two lines with the same mention name',
      recipe: recipe({ ingredients: [{ ingredient: 'flour', mentionAs: 'dust' }, { ingredient: 'flour', mentionAs: 'dust' }], steps: [{ text: 'Mix.' }] }),
      expected: ['recipes/r ingredients.1.mentionAs: `dust` is already the mention name of ingredient line 1 — give each line its own `mentionAs`'],
    },
    {
      name: 'a group split by other lines',
      recipe: recipe({ ingredients: [{ ingredient: 'flour', group: 'Dough', mentionAs: 'a' }, { ingredient: 'flour', group: 'Top', mentionAs: 'b' }, { ingredient: 'flour', group: 'Dough', mentionAs: 'c' }], steps: [{ text: 'Mix.' }] }),
      expected: ['recipes/r ingredients.2.group: group "Dough" is split by other lines — move this line up to the other "Dough" lines'],
    },
    {
      name: "a step at a station the recipe does not list",
      recipe: recipe({ steps: [{ text: 'Bake.', station: 'oven' }] }),
      stations: { line: { name: 'Line', summary: 'x', order: 1 }, oven: { name: 'Oven', summary: 'x', order: 2 } },
      expected: ["recipes/r steps.0.station: `oven` is not one of the recipe's stations — add `oven` to `stations`, or use one of `line`"],
    },
  ])('$name', ({ recipe: r, stations, expected }) => {
    expect(problemsOf({ recipes: { r }, ...(stations && { stations }) })).toEqual(expected);
  });
});

describe('food safety', () => {
  test.each([
    {
      name: 'refrigerated storage above 5 °C',
      input: { ingredients: { flour, milk: ingredient({ storage: { zone: 'refrigerated', temperature: { value: 45, unit: 'F' } } }) } },
      expected: ['ingredients/milk storage.temperature: 45 °F (7 °C) is outside safe refrigerated storage — keep it at or below 5 °C (FDA Food Code 2022)'],
    },
    {
      name: 'frozen storage with no temperature',
      input: { ingredients: { flour, peas: ingredient({ storage: { zone: 'frozen' } }) } },
      expected: ['ingredients/peas storage.temperature: is missing: frozen storage needs a temperature — add `temperature:` at or below -18 °C (FDA Food Code 2022)'],
    },
    {
      name: 'hot holding in the danger zone',
      input: { recipes: { soup: recipe({ holding: { method: 'hot', temperature: { value: 50, unit: 'C' } } }) } },
      expected: ['recipes/soup holding.temperature: 50 °C (122 °F) is in the danger zone for hot holding — hold at or above 57 °C (FDA Food Code 2022)'],
    },
    {
      name: 'a critical limit whose unit cannot measure it',
      input: { procedures: { sanitise: procedure({ steps: [{ text: 'Test.', criticalLimit: { measure: 'sanitizer-concentration', comparison: 'at-least', value: 50, unit: 'C', correctiveAction: 'Remake.' } }] }) } },
      expected: ['procedures/sanitise steps.0.criticalLimit.unit: `C` does not measure sanitizer-concentration — use `ppm`'],
    },
    {
      name: 'an equipment range upside down',
      input: { equipment: { fridge: { name: 'Fridge', category: 'refrigeration' as const, temperatureRange: { min: { value: 5, unit: 'C' as const }, max: { value: 1, unit: 'C' as const } } } } },
      expected: ['equipment/fridge temperatureRange.min: the minimum 5 °C (41 °F) is above the maximum 1 °C (34 °F) — swap `min` and `max`'],
    },
  ])('$name', ({ input, expected }) => {
    expect(problemsOf(input as EntriesInput)).toEqual(expected);
  });
});
