/**
 * A small pizzeria to diff in tests: a dough sub-recipe, a pizza, a sauce with a
 * critical limit and a food-safety cooling procedure; `diffOf` edits a copy of it
 * and returns the kitchen diff between the two.
 */
import { deriveAllergens } from '../../src/domain/allergen-derivation.ts';
import { diffBinders } from '../../src/domain/kitchen-diff/diff-binders.ts';
import type { BinderRevision, KitchenDiff } from '../../src/domain/kitchen-diff/model.ts';
import { entries, ingredient, procedure, recipe, type EntriesInput } from './builders.ts';

/** A small pizzeria: a dough sub-recipe, a pizza, a sauce with a critical limit, a cooling procedure. */
export function pizzeria(): EntriesInput {
  return {
    ingredients: {
      flour: ingredient({ name: 'Flour', allergens: ['gluten', 'wheat'], cost: { amount: 1.2, per: { quantity: 1, unit: 'kg' } } }),
      water: ingredient({ name: 'Water', category: 'beverages', density: 1, storage: { zone: 'ambient' } }),
      oil: ingredient({
        name: 'Extra-virgin olive oil',
        category: 'oils-and-fats',
        density: 0.91,
        storage: { zone: 'dry', shelfLifeHours: 72 },
        cost: { amount: 72, per: { quantity: 12, unit: 'l' } },
      }),
      mozzarella: ingredient({ name: 'Mozzarella', category: 'dairy', allergens: ['milk'], storage: { zone: 'refrigerated', temperature: { value: 4, unit: 'C' } } }),
      basil: ingredient({ name: 'Basil', category: 'herbs-and-spices' }),
      salt: ingredient({ name: 'Salt', category: 'herbs-and-spices' }),
      sesame: ingredient({ name: 'Sesame seeds', allergens: ['sesame'] }),
      tomato: ingredient({ name: 'Tomatoes', category: 'produce' }),
    },
    recipes: {
      dough: recipe({
        title: 'Dough',
        course: 'component',
        yield: { quantity: 1, unit: 'kg', portions: 4, portionSize: { quantity: 250, unit: 'g' } },
        ingredients: [
          { ingredient: 'flour', quantity: 600, unit: 'g' },
          { ingredient: 'water', quantity: 400, unit: 'ml' },
          { ingredient: 'salt', quantity: 18, unit: 'g' },
        ],
        steps: [{ text: 'Mix @flour, @water and @salt in the spiral mixer.', timerMinutes: 8 }],
      }),
      pizza: recipe({
        title: 'Pizza',
        course: 'pizza',
        yield: { quantity: 1, unit: 'each' },
        ingredients: [
          { group: 'Base', recipe: 'dough', quantity: 1, unit: 'portion' },
          { group: 'Topping', ingredient: 'mozzarella', quantity: 120, unit: 'g', preparation: 'torn' },
          { group: 'Topping', ingredient: 'salt', quantity: 1, unit: 'g' },
          { group: 'Topping', ingredient: 'oil', quantity: 10, unit: 'g' },
        ],
        steps: [
          { text: 'Stretch @dough to 30 cm on a floured bench, leaving the rim untouched.' },
          { text: 'Lay the base on the peel and spread the sauce with the back of a ladle, stopping short of the rim.' },
          { text: 'Scatter @mozzarella and @salt, then bake.', timerMinutes: 3, temperature: { value: 300, unit: 'C' } },
          { text: 'Finish with @oil and slice into six.' },
        ],
        diets: ['vegetarian'],
      }),
      sauce: recipe({
        title: 'Sauce',
        course: 'component',
        ingredients: [{ ingredient: 'tomato', quantity: 1, unit: 'kg' }],
        steps: [
          {
            text: 'Simmer @tomato for 20 minutes.',
            criticalLimit: { measure: 'core-temperature', comparison: 'at-least', value: 74, unit: 'C', forSeconds: 15, correctiveAction: 'Keep heating and probe again.' },
          },
        ],
      }),
    },
    procedures: {
      cooling: procedure({
        title: 'Cooling',
        kind: 'food-safety',
        steps: [
          {
            text: 'Probe the stock in the blast chiller.',
            record: true,
            criticalLimit: { measure: 'core-temperature', comparison: 'at-most', value: 21, unit: 'C', withinMinutes: 120, correctiveAction: 'Reheat to 74 °C and start again.' },
          },
          { text: 'Label the tub with the time.' },
        ],
      }),
    },
  };
}

export function revision(input: EntriesInput, bodies?: Record<string, string>): BinderRevision {
  const binder = entries(input);
  return { entries: binder, allergens: deriveAllergens(binder), ...(bodies ? { bodies: new Map(Object.entries(bodies)) } : {}) };
}

export type Edit = (binder: Required<Pick<EntriesInput, 'recipes' | 'ingredients' | 'procedures'>> & EntriesInput) => void;

/** Diffs the pizzeria (with `base` applied) against a copy with `head` applied. */
export function diffOf(head: Edit, base?: Edit): KitchenDiff {
  const before = pizzeria() as Parameters<Edit>[0];
  base?.(before);
  const after = structuredClone(before);
  head(after);
  return diffBinders(revision(before), revision(after), { locale: 'en-US', currency: 'USD' });
}

