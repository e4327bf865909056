/**
 * What the editor does to an entry on save: the reason becomes the commit message
 * (one line, at most 72 characters), and empty values are dropped instead of being
 * written as '' or {} that the binder's schemas refuse. Plus the previews' allergen
 * derivation for the recipe being edited.
 */
import { describe, expect, test } from 'vitest';
import { commitMessageFromReason, COMMIT_SUBJECT_MAX } from '../../cms/commit-message.ts';
import { emptyValuePaths } from '../../cms/empty-values.ts';
import { draftAllergens, previewBinder, titleIn } from '../../cms/preview/binder-data.ts';
import { draftLines } from '../../cms/preview/draft-recipe.ts';
import { buildBinderIndex } from '../../src/domain/binder-index.ts';
import { collectionJsonSchema } from '../../src/schemas/json-schema.ts';
import type { Site } from '../../src/schemas/site.ts';
import { entries, ingredient, recipe } from './builders.ts';

const DECAP_DEFAULT = 'Update Recipe “margherita”';

describe('commit message from the reason', () => {
  test.each([
    ['Margherita: bake 90 s, not 2 min', 'Margherita: bake 90 s, not 2 min'],
    ['  Fix the   dough hydration  ', 'Fix the dough hydration'],
    ['Lower the oven\ntemperature\r\nfor focaccia', 'Lower the oven temperature for focaccia'],
    ['', DECAP_DEFAULT],
    ['   \n ', DECAP_DEFAULT],
    [undefined, DECAP_DEFAULT],
    [42, DECAP_DEFAULT],
    [
      'Sausage crumble: cook to 68 °C core, hold 15 s — check with a probe in three places, not one',
      'Sausage crumble: cook to 68 °C core, hold 15 s — check with a probe in…',
    ],
    ['x'.repeat(100), `${'x'.repeat(71)}…`],
  ])('%j → %j', (reason, message) => {
    expect(commitMessageFromReason(reason, DECAP_DEFAULT)).toBe(message);
  });

  test('a cut message is never longer than a commit subject line', () => {
    const message = commitMessageFromReason('word '.repeat(40), DECAP_DEFAULT);
    expect(message.length).toBeLessThanOrEqual(COMMIT_SUBJECT_MAX);
    expect(message.endsWith('word…')).toBe(true);
  });
});

describe('empty values dropped before the file is written', () => {
  test.each<[unknown, Array<Array<string | number>>]>([
    [{ title: 'Margherita', category: '' }, [['category']]],
    [{ storage: { zone: '', temperature: { value: '', unit: '' } } }, [['storage']]],
    [{ storage: { zone: 'dry', temperature: {} } }, [['storage', 'temperature']]],
    [{ equipment: [] }, [['equipment']]],
    [{ roles: ['Cook', '', 'Shift lead', ''] }, [['roles', 3], ['roles', 1]]],
    [
      { steps: [{ text: 'Mix', criticalLimit: {} }, { text: '' }, { text: 'Bake', timerMinutes: '' }] },
      [['steps', 2, 'timerMinutes'], ['steps', 1], ['steps', 0, 'criticalLimit']],
    ],
    [{ optional: false, quantity: 0, name: 'Salt' }, []],
    [{ body: null }, [['body']]],
  ])('%j', (data, paths) => {
    expect(emptyValuePaths(data)).toEqual(paths);
  });

  test('deleting the paths in order leaves exactly the non-empty data', () => {
    const data = { roles: ['', 'Cook', ''], steps: [{ text: '' }, { text: 'Mix', record: false }], storage: { zone: '' } };
    const copy = structuredClone(data) as Record<string, unknown>;
    for (const p of emptyValuePaths(copy)) {
      const parent = p.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as Record<string | number, unknown> | unknown[];
      const key = p.at(-1)!;
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    }
    expect(copy).toEqual({ roles: ['Cook'], steps: [{ text: 'Mix', record: false }] });
  });
});

describe('allergens of the recipe being edited', () => {
  const binder = entries({
    ingredients: {
      flour: ingredient({ name: '00 flour', allergens: ['gluten', 'wheat'] }),
      mozzarella: ingredient({ name: 'Mozzarella', category: 'dairy', allergens: ['milk'] }),
      chocolate: ingredient({ name: 'Dark chocolate', allergens: ['soybeans'], mayContain: ['milk', 'tree-nuts'] }),
      basil: ingredient({ name: 'Basil' }),
    },
    recipes: {
      dough: recipe({ title: 'Pizza dough', ingredients: [{ ingredient: 'flour', quantity: 1, unit: 'kg' }] }),
    },
  });
  const site = { locale: 'en-US', currency: 'USD' } as Site;
  const data = previewBinder({ ...binder, site }, buildBinderIndex(binder, collectionJsonSchema), { base: '/', segment: '' });

  test('the preview data names entries and carries each recipe’s derived allergens', () => {
    expect(data.ingredients['flour']).toEqual({ name: '00 flour', allergens: ['gluten', 'wheat'], mayContain: [] });
    expect(data.recipes['dough']).toMatchObject({ title: 'Pizza dough', ingredients: [{ ingredient: 'flour', quantity: 1, unit: 'kg' }], contains: ['gluten', 'wheat'], mayContain: [] });
    expect(titleIn(data, 'ingredients', 'basil')).toBe('Basil');
    expect(titleIn(data, 'ingredients', 'saffron')).toBe('saffron');
  });

  test('a new recipe gets allergens from its ingredients and through its sub-recipes', () => {
    const lines = draftLines([{ recipe: 'dough', quantity: 250, unit: 'g' }, { ingredient: 'mozzarella' }, { ingredient: 'basil', quantity: '' }, { ingredient: 'chocolate', optional: true }]);
    const derived = draftAllergens(data, lines);
    expect([...derived.contains.keys()]).toEqual(['gluten', 'wheat', 'soybeans', 'milk']);
    expect([...derived.mayContain.keys()]).toEqual(['tree-nuts']);
    expect(derived.contains.get('gluten')).toEqual([{ ingredient: 'flour', via: ['dough'] }]);
  });

  test('editing a recipe replaces its published lines, and a line naming itself adds nothing', () => {
    const derived = draftAllergens(data, draftLines([{ ingredient: 'basil' }, { recipe: 'dough' }]), 'dough');
    expect([...derived.contains.keys()]).toEqual([]);
  });

  test('half-written lines keep only their well-formed values, and a line naming nothing is not a line yet', () => {
    expect(draftLines([{ ingredient: 'flour', quantity: 500, unit: 'g', preparation: '' }, { recipe: 'dough', quantity: 2, unit: 'bushel' }, { ingredient: '', quantity: 2, unit: 'g' }, 'junk'])).toEqual([
      { ingredient: 'flour', quantity: 500, unit: 'g' },
      { recipe: 'dough' },
    ]);
  });
});
