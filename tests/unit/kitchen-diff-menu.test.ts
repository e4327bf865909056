/**
 * The kitchen diff's menu section: a change anywhere under a dish (an ingredient's
 * price, a recipe's amount, the dish's own price) shows as that dish's plate cost and
 * food cost before and after; dishes it does not move are not listed.
 */
import { describe, expect, test } from 'vitest';
import { diffBinders } from '../../src/domain/kitchen-diff/diff-binders.ts';
import type { MenuChange } from '../../src/domain/kitchen-diff/menu-changes.ts';
import { menuChangeText } from '../../src/domain/kitchen-diff/menu-text.ts';
import type { BinderRevision } from '../../src/domain/kitchen-diff/model.ts';
import type { MenuItem } from '../../src/schemas/menu-item.ts';
import { site } from './builders.ts';
import { pizzeria, revision, type Edit } from './pizzeria.ts';

/** The pizzeria's dough at $1.20/kg flour and its pizza (oil at $6/l), on a menu with a price. */
function kitchen(edit?: Edit, menu: Record<string, MenuItem> = MENU): BinderRevision {
  const input = pizzeria() as Parameters<Edit>[0];
  input.ingredients.mozzarella = { ...input.ingredients.mozzarella!, cost: { amount: 10, per: { quantity: 1, unit: 'kg' } } };
  input.ingredients.salt = { ...input.ingredients.salt!, cost: { amount: 1, per: { quantity: 1, unit: 'kg' } } };
  input.ingredients.water = { ...input.ingredients.water!, cost: { amount: 0, per: { quantity: 1, unit: 'l' } } };
  edit?.(input);
  return { ...revision({ ...input, menu }), site: site({ costing: { targetFoodCostPercent: 15, priceMaxAgeDays: 120 } }) };
}

const MENU: Record<string, MenuItem> = {
  pizza: { name: 'Pizza', section: 'Pizzas', plate: [{ recipe: 'pizza', quantity: 1, unit: 'each' }], price: 12 },
  bread: { name: 'Bread', section: 'Sides', plate: [{ recipe: 'dough', quantity: 1, unit: 'portion' }], price: 4 },
};

function menuOf(head: BinderRevision, base = kitchen()): readonly MenuChange[] {
  return diffBinders(base, head).menu ?? [];
}

describe('the menu in the kitchen diff', () => {
  test('an unchanged binder moves no dish', () => {
    expect(diffBinders(kitchen(), kitchen()).menu).toBeUndefined();
  });

  test('a price rise under one dish: its plate cost and food cost before and after, the other dish not listed', () => {
    // Mozzarella $10 → $11/kg: 120 g on the pizza is +$0.12 a plate.
    const changes = menuOf(kitchen((k) => (k.ingredients.mozzarella = { ...k.ingredients.mozzarella!, cost: { amount: 11, per: { quantity: 1, unit: 'kg' } } })));
    expect(changes.map((change) => change.id)).toEqual(['pizza']);
    const [pizza] = changes;
    expect(pizza!.after!.plateCost! - pizza!.before!.plateCost!).toBeCloseTo(0.12, 10);
    expect(menuChangeText(pizza!, { locale: 'en-US', currency: 'USD' })).toMatch(/^Pizza: \+\$0\.12 a plate; food cost \d+\.\d% → \d+\.\d% at \$12\.00/);
  });

  test('a change in a sub-recipe reaches every dish that uses it', () => {
    const changes = menuOf(kitchen((k) => (k.recipes.dough = { ...k.recipes.dough!, ingredients: k.recipes.dough!.ingredients.map((line) => (line.ingredient === 'flour' ? { ...line, quantity: 700 } : line)) })));
    expect(changes.map((change) => change.id)).toEqual(['bread', 'pizza']);
  });

  test('with figures for everything on the plate, a change of amount moves its calories as the menu prints them', () => {
    const source = { database: 'usda-sr24', id: '00000', description: 'Test food' } as const;
    const withNutrition: Edit = (k) => {
      for (const [id, energy] of Object.entries({ flour: 364, water: 0, salt: 0, mozzarella: 300, oil: 884, basil: 23 })) {
        if (k.ingredients[id]) k.ingredients[id] = { ...k.ingredients[id]!, nutrition: { per100g: { energy }, source } };
      }
    };
    // 120 g → 180 g of mozzarella at 300 kcal/100 g: +180 kcal on the plate.
    const base = kitchen(withNutrition);
    const head = kitchen((k) => {
      withNutrition(k);
      k.recipes.pizza = { ...k.recipes.pizza!, ingredients: k.recipes.pizza!.ingredients.map((line) => (line.ingredient === 'mozzarella' ? { ...line, quantity: 180 } : line)) };
    });
    const [pizza] = menuOf(head, base);
    expect(pizza!.after!.calories! - pizza!.before!.calories!).toBe(180);
    expect(menuChangeText(pizza!, { locale: 'en-US', currency: 'USD' })).toContain(`calories ${pizza!.before!.calories!.toLocaleString('en-US')} → ${pizza!.after!.calories!.toLocaleString('en-US')}`);
  });

  test('a new menu price: the price and the food cost at it', () => {
    const [pizza] = menuOf(kitchen(undefined, { ...MENU, pizza: { ...MENU['pizza']!, price: 10 } }));
    const text = menuChangeText(pizza!, { locale: 'en-US', currency: 'USD' });
    expect(text).toMatch(/^Pizza: price \$12\.00 → \$10\.00; food cost \d+\.\d% → \d+\.\d%/);
    expect(text).not.toContain(' at $');
  });

  test.each<[string, Edit | undefined, Record<string, MenuItem>, RegExp]>([
    ['a price removed makes the plate incomplete, naming it', (k) => (k.ingredients.mozzarella = { ...k.ingredients.mozzarella!, cost: undefined }), MENU, /^Pizza: plate cost now incomplete: Mozzarella has no price$/],
    ['a dish pushed over its target says so', (k) => (k.ingredients.mozzarella = { ...k.ingredients.mozzarella!, cost: { amount: 30, per: { quantity: 1, unit: 'kg' } } }), MENU, /; now above the 15\.0% target$/],
    ['a price cut is a negative change, with a true minus', (k) => (k.ingredients.mozzarella = { ...k.ingredients.mozzarella!, cost: { amount: 5, per: { quantity: 1, unit: 'kg' } } }), MENU, /^Pizza: −\$0\.60 a plate; food cost .* at \$12\.00$/],
    ['a new dish', undefined, { ...MENU, salad: { name: 'Salad', section: 'Sides', plate: [{ ingredient: 'oil', quantity: 10, unit: 'ml' }], price: 6 } }, /^Salad: new on the menu at \$6\.00; food cost 1\.0%$/],
    ['a dish taken off', undefined, { pizza: MENU['pizza']! }, /^Bread: off the menu$/],
  ])('%s', (_, edit, menu, text) => {
    const changes = menuOf(kitchen(edit, menu));
    expect(changes).toHaveLength(1);
    expect(menuChangeText(changes[0]!, { locale: 'en-US', currency: 'USD' })).toMatch(text);
  });

  test('a dish brought back under its target says so', () => {
    const expensive: Edit = (k) => (k.ingredients.mozzarella = { ...k.ingredients.mozzarella!, cost: { amount: 30, per: { quantity: 1, unit: 'kg' } } });
    const [pizza] = menuOf(kitchen(), kitchen(expensive));
    expect(menuChangeText(pizza!, { locale: 'en-US', currency: 'USD' })).toMatch(/^Pizza: −\$2\.40 a plate; food cost 32\.1% → 12\.1% at \$12\.00; back within its target$/);
  });
});
