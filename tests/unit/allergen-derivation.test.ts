import { describe, expect, test } from 'vitest';
import { deriveAllergens } from '../../src/domain/allergen-derivation.ts';
import { entries, ingredient, recipe } from './builders.ts';

const ingredients = {
  flour: ingredient({ name: 'Flour', allergens: ['gluten', 'wheat'] }),
  mozzarella: ingredient({ name: 'Mozzarella', allergens: ['milk'], storage: { zone: 'refrigerated', temperature: { value: 4, unit: 'C' } } }),
  chocolate: ingredient({ name: 'Chocolate', allergens: ['soybeans'], mayContain: ['tree-nuts', 'milk'] }),
  tomato: ingredient({ name: 'Tomato' }),
  pesto: ingredient({ name: 'Pine nuts', allergens: ['tree-nuts'] }),
};

function derive(recipes: Record<string, ReturnType<typeof recipe>>) {
  return deriveAllergens(entries({ recipes, ingredients }));
}

describe('deriveAllergens', () => {
  test('a recipe carries the allergens of its ingredients, in the fixed order', () => {
    const result = derive({ pizza: recipe({ ingredients: [{ ingredient: 'mozzarella' }, { ingredient: 'flour' }, { ingredient: 'tomato' }] }) });
    expect([...result.get('pizza')!.contains.keys()]).toEqual(['gluten', 'wheat', 'milk']);
  });

  test('allergens come through sub-recipes at any depth, with the path they came by', () => {
    const result = derive({
      dough: recipe({ ingredients: [{ ingredient: 'flour' }] }),
      focaccia: recipe({ ingredients: [{ recipe: 'dough' }] }),
      croutons: recipe({ ingredients: [{ recipe: 'focaccia' }] }),
      salad: recipe({ ingredients: [{ recipe: 'croutons' }, { ingredient: 'mozzarella' }] }),
    });
    const salad = result.get('salad')!;
    expect([...salad.contains.keys()]).toEqual(['gluten', 'wheat', 'milk']);
    expect(salad.contains.get('gluten')).toEqual([{ ingredient: 'flour', via: ['croutons', 'focaccia', 'dough'] }]);
    expect(salad.contains.get('milk')).toEqual([{ ingredient: 'mozzarella', via: [] }]);
  });

  test('optional lines count: the cook may add them', () => {
    const result = derive({ pizza: recipe({ ingredients: [{ ingredient: 'tomato' }, { ingredient: 'pesto', optional: true }] }) });
    expect([...result.get('pizza')!.contains.keys()]).toEqual(['tree-nuts']);
  });

  test('"may contain" is kept apart, and dropped where the recipe contains the allergen anyway', () => {
    const result = derive({ dessert: recipe({ ingredients: [{ ingredient: 'chocolate' }, { ingredient: 'mozzarella' }] }) });
    const dessert = result.get('dessert')!;
    expect([...dessert.contains.keys()]).toEqual(['soybeans', 'milk']);
    expect([...dessert.mayContain.keys()]).toEqual(['tree-nuts']);
  });

  test('a recipe with no allergenic ingredient has none', () => {
    const result = derive({ sauce: recipe({ ingredients: [{ ingredient: 'tomato' }] }) });
    expect(result.get('sauce')!.contains.size).toBe(0);
    expect(result.get('sauce')!.mayContain.size).toBe(0);
  });

  test('the same ingredient reached twice is listed once per path', () => {
    const result = derive({
      dough: recipe({ ingredients: [{ ingredient: 'flour' }] }),
      knots: recipe({ ingredients: [{ recipe: 'dough' }, { ingredient: 'flour' }, { ingredient: 'flour', group: 'Dusting' }] }),
    });
    expect(result.get('knots')!.contains.get('wheat')).toEqual([
      { ingredient: 'flour', via: ['dough'] },
      { ingredient: 'flour', via: [] },
    ]);
  });

  test('a cycle of sub-recipes ends instead of looping forever', () => {
    const result = derive({
      a: recipe({ ingredients: [{ recipe: 'b' }, { ingredient: 'flour' }] }),
      b: recipe({ ingredients: [{ recipe: 'a' }, { ingredient: 'mozzarella' }] }),
    });
    expect(result.get('a')!.contains.has('milk')).toBe(true);
    expect(result.get('b')!.contains.has('milk')).toBe(true);
  });

  test('an unknown ingredient or sub-recipe adds nothing (the checker reports it)', () => {
    const result = derive({ pizza: recipe({ ingredients: [{ ingredient: 'nope' }, { recipe: 'missing' }] }) });
    expect(result.get('pizza')!.contains.size).toBe(0);
  });
});
