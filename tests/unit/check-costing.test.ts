/**
 * The checker on prices and yields: a line's preparation yield must be one its
 * ingredient declares, every price is in the binder's currency, and an old or undated
 * price is a warning (never an error) once the identity sets a limit.
 */
import { describe, expect, test } from 'vitest';
import type { BinderProblem } from '../../src/domain/binder.ts';
import { checkCosting } from '../../src/domain/checks/costing.ts';
import type { Ingredient } from '../../src/schemas/ingredient.ts';
import type { IngredientLine } from '../../src/schemas/recipe.ts';
import { entries, ingredient, recipe, site } from './builders.ts';

const onion = ingredient({
  name: 'Yellow onion',
  cost: { amount: 25, per: { quantity: 50, unit: 'lb' }, supplier: 'Hudson Valley Produce', seen: '2026-11-02' },
  yields: [{ prep: 'diced', percent: 88 }, { prep: 'peeled', percent: 90 }],
});

function check(lines: IngredientLine[], ingredients: Record<string, Ingredient> = { onion }, costing = { targetFoodCostPercent: 28, priceMaxAgeDays: 120 }) {
  const problems: BinderProblem[] = [];
  const warnings: BinderProblem[] = [];
  const binder = entries({ ingredients, recipes: { soup: recipe({ ingredients: lines }), stock: recipe({ title: 'Stock' }) } });
  checkCosting(binder, site({ costing }), '2026-12-07', (where, message, fix) => problems.push({ ...where, message, fix }), (where, message, fix) => warnings.push({ ...where, message, fix }));
  return { problems, warnings };
}

describe('preparation yields', () => {
  test('a yield the ingredient declares passes', () => {
    expect(check([{ ingredient: 'onion', quantity: 800, unit: 'g', prepYield: 'diced' }])).toEqual({ problems: [], warnings: [] });
  });

  test.each<[string, IngredientLine, Partial<BinderProblem>]>([
    ['a misspelt yield gets a suggestion', { ingredient: 'onion', quantity: 1, unit: 'kg', prepYield: 'dicde' }, { path: ['ingredients', 0, 'prepYield'], message: '`dicde` is not a preparation yield of `onion` (it has `diced` or `peeled`)', fix: 'did you mean `diced`?' }],
    ['an unknown yield says where to declare it', { ingredient: 'onion', quantity: 1, unit: 'kg', prepYield: 'brunoise' }, { message: '`brunoise` is not a preparation yield of `onion` (it has `diced` or `peeled`)', fix: 'add `{ prep: brunoise, percent: … }` to `yields:` of ingredients/onion, or remove `prepYield`' }],
    ['a sub-recipe line has none', { recipe: 'stock', quantity: 1, unit: 'l', prepYield: 'diced' }, { message: 'is for ingredient lines: a sub-recipe’s cost comes from its own lines', fix: 'remove `prepYield` from this line' }],
  ])('%s', (_, line, expected) => {
    const { problems } = check([line]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ collection: 'recipes', id: 'soup', ...expected });
  });

  test('an ingredient without yields says it declares none', () => {
    const { problems } = check([{ ingredient: 'onion', quantity: 1, unit: 'kg', prepYield: 'diced' }], { onion: { ...onion, yields: undefined } } as Record<string, Ingredient>);
    expect(problems[0]!.message).toBe('`diced` is not a preparation yield of `onion` (it declares none)');
  });
});

describe('prices', () => {
  test('a price in another currency than the binder’s is an error naming both', () => {
    const { problems } = check([], { onion: { ...onion, cost: { ...onion.cost!, currency: 'EUR' } } });
    expect(problems).toEqual([expect.objectContaining({ collection: 'ingredients', id: 'onion', path: ['cost', 'currency'], message: 'is EUR, but this binder costs in USD' })]);
  });

  test.each<[string, Ingredient['cost'], string | undefined]>([
    ['seen 35 days ago', { ...onion.cost!, seen: '2026-11-02' }, undefined],
    ['seen exactly 120 days ago', { ...onion.cost!, seen: '2026-08-09' }, undefined],
    ['seen 121 days ago', { ...onion.cost!, seen: '2026-08-08' }, 'is 2026-08-08, 121 days ago: older than the 120 days the identity allows (costing.priceMaxAgeDays)'],
    ['never dated', { amount: 25, per: { quantity: 50, unit: 'lb' } }, 'is missing, so no one can tell how old this price is'],
  ])('a price %s', (_, cost, warning) => {
    const { problems, warnings } = check([], { onion: { ...onion, cost: cost! } });
    expect(problems).toEqual([]);
    expect(warnings.map((each) => each.message)).toEqual(warning ? [warning] : []);
  });

  test('other packs are aged too, and the supplier is named in the fix', () => {
    const { warnings } = check([], { onion: { ...onion, otherPacks: [{ amount: 12, per: { quantity: 25, unit: 'lb' }, supplier: 'Metro', seen: '2026-01-05' }] } });
    expect(warnings).toEqual([expect.objectContaining({ path: ['otherPacks', 0, 'seen'], fix: 'check the price with Metro, then update `amount` and `seen`' })]);
  });

  test('without a limit in the identity, no price is too old', () => {
    const problems: BinderProblem[] = [];
    const warnings: BinderProblem[] = [];
    checkCosting(entries({ ingredients: { onion: { ...onion, cost: { ...onion.cost!, seen: '2020-01-01' } } } }), site(), '2026-12-07', (w, m, f) => problems.push({ ...w, message: m, fix: f }), (w, m, f) => warnings.push({ ...w, message: m, fix: f }));
    expect([problems, warnings]).toEqual([[], []]);
  });
});
