/**
 * Entry revisions and the cook log: a revision changes with what a cook follows and
 * with nothing else; an entry page says when it changed since it was last cooked.
 */
import { describe, expect, test } from 'vitest';
import { deriveAllergens } from '../../src/domain/allergen-derivation.ts';
import { cookLogHeadline, cookLogOf } from '../../src/domain/governance/cook-log.ts';
import { canonicalJson, entryRevisionOf } from '../../src/domain/governance/entry-revision.ts';
import { collectionJsonSchema } from '../../src/schemas/json-schema.ts';
import type { Kitchen } from '../../src/schemas/kitchen.ts';
import type { Recipe } from '../../src/schemas/recipe.ts';
import type { Trial } from '../../src/schemas/trial.ts';
import { entries } from './builders.ts';
import { pizzeria, type Edit } from './pizzeria.ts';

function revisionAfter(edit: Edit, entry = 'recipes/pizza'): string | undefined {
  const binder = pizzeria() as Parameters<Edit>[0];
  edit(binder);
  const built = entries(binder);
  return entryRevisionOf({ entries: built, allergens: deriveAllergens(built) }, entry);
}

const pizza = (b: Parameters<Edit>[0]) => b.recipes['pizza'] as Recipe;
const unchanged = revisionAfter(() => {});

describe('entry revision', () => {
  test('is 12 hex characters and the same for the same data', () => {
    expect(unchanged).toMatch(/^[0-9a-f]{12}$/);
    expect(revisionAfter(() => {})).toBe(unchanged);
  });

  test.each<[string, Edit]>([
    ['the title', (b) => void (pizza(b).title = 'Pizza bianca')],
    ['the summary', (b) => void (pizza(b).summary = 'Reworded.')],
    ['the category', (b) => void (pizza(b).category = 'Pies')],
    ['the order of fields', (b) => void (b.recipes['pizza'] = Object.fromEntries(Object.entries(pizza(b)).reverse()) as unknown as Recipe)],
  ])('does not change with %s', (_, edit) => {
    expect(revisionAfter(edit)).toBe(unchanged);
  });

  test.each<[string, Edit]>([
    ['an amount', (b) => void (pizza(b).ingredients[1]!.quantity = 100)],
    ['a step', (b) => void (pizza(b).steps[0]!.text = 'Stretch @dough to 32 cm.')],
    ['a timer', (b) => void (pizza(b).steps[2]!.timerMinutes = 4)],
    ['an oven temperature', (b) => void (pizza(b).steps[2]!.temperature = { value: 280, unit: 'C' })],
    ['the yield', (b) => void (pizza(b).yield.quantity = 2)],
    ['an allergen of a sub-recipe', (b) => void (b.recipes['dough'] as Recipe).ingredients.push({ ingredient: 'sesame', quantity: 10, unit: 'g' })],
  ])('changes with %s', (_, edit) => {
    expect(revisionAfter(edit)).not.toBe(unchanged);
  });

  test('is only for recipes and procedures that exist', () => {
    expect(revisionAfter(() => {}, 'recipes/nothing')).toBeUndefined();
    expect(revisionAfter(() => {}, 'ingredients/flour')).toBeUndefined();
    expect(revisionAfter(() => {}, 'procedures/cooling')).toMatch(/^[0-9a-f]{12}$/);
  });

  test('canonical JSON sorts keys and leaves out unset fields', () => {
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: 'x' }], e: undefined })).toBe('{"a":[{"c":"x"}],"b":1}');
  });
});

describe('cook log', () => {
  const kitchens = new Map<string, Kitchen>([
    ['brooklyn', { name: 'Brooklyn Slice', repository: 'https://github.com/b/b', logins: ['marco'] }],
    ['harbour', { name: 'Harbour Lane', repository: 'https://github.com/h/b', logins: ['hl'] }],
  ]);
  const binder = entries(pizzeria());
  const trial = (kitchen: string, date: string, revision: string, more: Partial<Trial> = {}): Trial => ({ entry: 'recipes/pizza', revision, kitchen, date, batches: 1, outcome: 'adopt', ...more });
  const log = (trials: Trial[]) =>
    cookLogOf({ entry: 'recipes/pizza', revision: unchanged!, trials, kitchens, entries: binder, recipeSchema: collectionJsonSchema('recipes'), format: { locale: 'en-US', currency: 'USD' } });

  test('counts kitchens, newest trial first, and marks trials of earlier revisions', () => {
    const result = log([trial('harbour', '2026-10-01', '000000000000'), trial('brooklyn', '2026-11-12', unchanged!), trial('brooklyn', '2026-11-01', unchanged!)]);
    expect(result.kitchens).toBe(2);
    expect(result.kitchensOnCurrent).toBe(1);
    expect(result.trials.map((t) => [t.date, t.current])).toEqual([['2026-11-12', true], ['2026-11-01', true], ['2026-10-01', false]]);
    expect(result.changedSinceCooked).toBe(false);
    expect(cookLogHeadline(result, 'en-US')).toBe('Cooked in 2 kitchens, latest Brooklyn Slice on Nov 12, 2026: adopt');
    expect(cookLogHeadline(result, 'en-GB')).toBe('Cooked in 2 kitchens, latest Brooklyn Slice on 12 Nov 2026: adopt');
  });

  test('says the entry changed since it was last cooked when no trial cooked it as it is', () => {
    const result = log([trial('harbour', '2026-10-01', '000000000000'), trial('brooklyn', '2026-11-12', '111111111111')]);
    expect(result.changedSinceCooked).toBe(true);
    expect(result.kitchensOnCurrent).toBe(0);
  });

  test("a trial's adjustments read as kitchen-diff lines", () => {
    const result = log([trial('harbour', '2026-11-20', unchanged!, { outcome: 'adjust', adjustments: { ingredients: [{ ingredient: 'mozzarella', quantity: 100 }] } })]);
    expect(result.trials[0]!.adjustments).toEqual(['Mozzarella: 120 g → 100 g']);
  });

  test('an adjustment that no longer fits the recipe is still told, never dropped', () => {
    const result = log([trial('harbour', '2026-11-20', '000000000000', { outcome: 'adjust', adjustments: { ingredients: [{ ingredient: 'anchovies', quantity: 10 }] } })]);
    expect(result.trials[0]!.adjustments).toEqual([expect.stringMatching(/^ingredients\.0(\.ingredient)?: .*anchovies/)]);
  });
});
