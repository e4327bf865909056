/**
 * Stacking a binder's layers, bottom first, on small inline entries: a whole entry
 * replaces the one below with the same id or adds one, a patch changes the entry
 * below, a hide leaves an entry out. What does not fit the layers below is a problem
 * naming the layer, the entry and the fix; each entry says which layer's file it is
 * and which layers patched it.
 */
import { describe, expect, test } from 'vitest';
import { stackLayers, type LayerInput, type LayerProblem, type Stack } from '../../src/domain/layers/stack-layers.ts';
import { collectionJsonSchema } from '../../src/schemas/json-schema.ts';
import type { CollectionName } from '../../src/schemas/reference.ts';

type Data = Record<string, unknown>;

/** A small recipe: only what the stacking looks at, plus a keyed list to patch. */
function recipe(title: string, extra: Data = {}): Data {
  return {
    title,
    yield: { quantity: 1, unit: 'each', portions: 1 },
    ingredients: [
      { ingredient: 'flour', quantity: 100, unit: 'g' },
      { ingredient: 'water', quantity: 60, unit: 'g' },
    ],
    steps: [{ text: 'Mix.' }, { text: 'Bake.', timerMinutes: 10 }],
    ...extra,
  };
}

const ingredient = (name: string): Data => ({ name, category: 'dry-goods' });

/** One layer; `entries` and `patches` by collection, as plain records. */
function layer(
  name: string,
  parts: {
    entries?: Partial<Record<CollectionName, Record<string, unknown>>>;
    patches?: Partial<Record<CollectionName, Record<string, Data>>>;
    hide?: string[];
  } = {},
): LayerInput {
  const maps = <T,>(byCollection: Partial<Record<CollectionName, Record<string, T>>> = {}) =>
    Object.fromEntries(Object.entries(byCollection).map(([collection, items]) => [collection, new Map(Object.entries(items!))]));
  return {
    name,
    entries: maps(parts.entries),
    patches: maps(parts.patches),
    hide: (parts.hide ?? []).map((entry) => {
      const [collection, id] = entry.split('/') as [CollectionName, string];
      return { collection, id };
    }),
  };
}

const stack = (...layers: LayerInput[]): Stack => stackLayers(layers, collectionJsonSchema);

/** The visible entries as `collection/id` → [layer, patchedBy, title or name]. */
function visible(result: Stack): Record<string, [string, string[], unknown]> {
  const out: Record<string, [string, string[], unknown]> = {};
  for (const [collection, entries] of Object.entries(result.entries)) {
    for (const [id, entry] of entries) {
      const data = entry.data as Data;
      out[`${collection}/${id}`] = [entry.layer, [...entry.patchedBy], data['title'] ?? data['name']];
    }
  }
  return out;
}

function hiddenOf(result: Stack): Record<string, string> {
  return Object.fromEntries(Object.entries(result.hidden).flatMap(([collection, ids]) => [...ids].map(([id, by]) => [`${collection}/${id}`, by])));
}

const CONTENT = layer('content', {
  entries: {
    recipes: { pizza: recipe('Pizza'), dough: recipe('Dough'), calzone: recipe('Calzone') },
    ingredients: { flour: ingredient('Flour'), water: ingredient('Water') },
  },
});

describe('stacking, bottom first', () => {
  test.each<{ name: string; layers: LayerInput[]; visible: Record<string, [string, string[], unknown]>; hidden?: Record<string, string> }>([
    {
      name: 'content/ alone: every entry as it is',
      layers: [CONTENT],
      visible: {
        'recipes/pizza': ['content', [], 'Pizza'],
        'recipes/dough': ['content', [], 'Dough'],
        'recipes/calzone': ['content', [], 'Calzone'],
        'ingredients/flour': ['content', [], 'Flour'],
        'ingredients/water': ['content', [], 'Water'],
      },
    },
    {
      name: 'a whole entry with an id below replaces it; a new id adds one',
      layers: [CONTENT, layer('brooklyn', { entries: { recipes: { pizza: recipe('Brooklyn pizza'), bagel: recipe('Bagel') } } })],
      visible: {
        'recipes/pizza': ['brooklyn', [], 'Brooklyn pizza'],
        'recipes/dough': ['content', [], 'Dough'],
        'recipes/calzone': ['content', [], 'Calzone'],
        'recipes/bagel': ['brooklyn', [], 'Bagel'],
        'ingredients/flour': ['content', [], 'Flour'],
        'ingredients/water': ['content', [], 'Water'],
      },
    },
    {
      name: 'ids are per collection: an ingredient named like a recipe adds, it does not replace',
      layers: [CONTENT, layer('brooklyn', { entries: { ingredients: { pizza: ingredient('Frozen pizza') } } })],
      visible: {
        'recipes/pizza': ['content', [], 'Pizza'],
        'recipes/dough': ['content', [], 'Dough'],
        'recipes/calzone': ['content', [], 'Calzone'],
        'ingredients/flour': ['content', [], 'Flour'],
        'ingredients/water': ['content', [], 'Water'],
        'ingredients/pizza': ['brooklyn', [], 'Frozen pizza'],
      },
    },
    {
      name: 'a patch keeps the file of the layer below and records who patched it',
      layers: [CONTENT, layer('brooklyn', { patches: { recipes: { pizza: { title: 'Pizza, Brooklyn style' } } } })],
      visible: {
        'recipes/pizza': ['content', ['brooklyn'], 'Pizza, Brooklyn style'],
        'recipes/dough': ['content', [], 'Dough'],
        'recipes/calzone': ['content', [], 'Calzone'],
        'ingredients/flour': ['content', [], 'Flour'],
        'ingredients/water': ['content', [], 'Water'],
      },
    },
    {
      name: 'a hide leaves the entry out and says which layer hid it',
      layers: [CONTENT, layer('brooklyn', { hide: ['recipes/calzone', 'ingredients/water'] })],
      visible: {
        'recipes/pizza': ['content', [], 'Pizza'],
        'recipes/dough': ['content', [], 'Dough'],
        'ingredients/flour': ['content', [], 'Flour'],
      },
      hidden: { 'recipes/calzone': 'brooklyn', 'ingredients/water': 'brooklyn' },
    },
    {
      name: 'a layer above a hide may bring the entry back whole',
      layers: [CONTENT, layer('franchise', { hide: ['recipes/calzone'] }), layer('location', { entries: { recipes: { calzone: recipe('Our calzone') } } })],
      visible: {
        'recipes/pizza': ['content', [], 'Pizza'],
        'recipes/dough': ['content', [], 'Dough'],
        'recipes/calzone': ['location', [], 'Our calzone'],
        'ingredients/flour': ['content', [], 'Flour'],
        'ingredients/water': ['content', [], 'Water'],
      },
      hidden: {},
    },
    {
      name: 'three layers: the location patches the franchise’s replacement',
      layers: [
        CONTENT,
        layer('franchise', { entries: { recipes: { pizza: recipe('Franchise pizza') } } }),
        layer('location', { patches: { recipes: { pizza: { title: 'Location pizza' } } } }),
      ],
      visible: {
        'recipes/pizza': ['franchise', ['location'], 'Location pizza'],
        'recipes/dough': ['content', [], 'Dough'],
        'recipes/calzone': ['content', [], 'Calzone'],
        'ingredients/flour': ['content', [], 'Flour'],
        'ingredients/water': ['content', [], 'Water'],
      },
    },
    {
      name: 'three layers: two patches of one entry, bottom first',
      layers: [
        CONTENT,
        layer('franchise', { patches: { recipes: { dough: { title: 'Franchise dough' } } } }),
        layer('location', { patches: { recipes: { dough: { title: 'Location dough' } } } }),
      ],
      visible: {
        'recipes/pizza': ['content', [], 'Pizza'],
        'recipes/dough': ['content', ['franchise', 'location'], 'Location dough'],
        'recipes/calzone': ['content', [], 'Calzone'],
        'ingredients/flour': ['content', [], 'Flour'],
        'ingredients/water': ['content', [], 'Water'],
      },
    },
    {
      name: 'three layers: a replacement above a patch starts afresh',
      layers: [
        CONTENT,
        layer('franchise', { patches: { recipes: { dough: { title: 'Franchise dough' } } } }),
        layer('location', { entries: { recipes: { dough: recipe('Location dough') } } }),
      ],
      visible: {
        'recipes/pizza': ['content', [], 'Pizza'],
        'recipes/dough': ['location', [], 'Location dough'],
        'recipes/calzone': ['content', [], 'Calzone'],
        'ingredients/flour': ['content', [], 'Flour'],
        'ingredients/water': ['content', [], 'Water'],
      },
    },
  ])('$name', ({ layers, visible: expected, hidden }) => {
    const result = stack(...layers);
    expect(result.problems).toEqual([]);
    expect(visible(result)).toEqual(expected);
    expect(hiddenOf(result)).toEqual(hidden ?? {});
  });
});

test('three layers: the location’s patch applies to the franchise’s replacement, not to content/', () => {
  const franchisePizza = recipe('Franchise pizza', {
    ingredients: [
      { ingredient: 'flour', quantity: 120, unit: 'g' },
      { ingredient: 'semolina', quantity: 20, unit: 'g' },
    ],
  });
  const result = stack(
    CONTENT,
    layer('franchise', { entries: { recipes: { pizza: franchisePizza } } }),
    layer('location', {
      patches: { recipes: { pizza: { reason: 'Coarser base.', ingredients: [{ ingredient: 'semolina', quantity: 30 }, { ingredient: 'flour', remove: true }] } } },
    }),
  );
  expect(result.problems).toEqual([]);
  const pizza = result.entries.recipes.get('pizza')!;
  expect(pizza.layer).toBe('franchise');
  expect(pizza.patchedBy).toEqual(['location']);
  expect((pizza.data as Data)['ingredients']).toEqual([{ ingredient: 'semolina', quantity: 30, unit: 'g' }]);
  expect((pizza.data as Data)['title']).toBe('Franchise pizza');
  expect(pizza.data).not.toHaveProperty('reason');
  // The layers’ own data is untouched.
  expect(franchisePizza['ingredients']).toHaveLength(2);
});

test('a patch changes only what it names; the rest is the entry below', () => {
  const result = stack(
    CONTENT,
    layer('brooklyn', { patches: { recipes: { pizza: { yield: { quantity: 2 }, steps: [{ text: 'Bake.', timerMinutes: 12 }] } } } }),
  );
  expect(result.problems).toEqual([]);
  expect(result.entries.recipes.get('pizza')!.data).toEqual(
    recipe('Pizza', { yield: { quantity: 2, unit: 'each', portions: 1 }, steps: [{ text: 'Mix.' }, { text: 'Bake.', timerMinutes: 12 }] }),
  );
});

describe('what does not fit the layers below is a problem', () => {
  const problem = (fields: Partial<Omit<LayerProblem, 'message' | 'fix'>> & { message: RegExp; fix: RegExp }) => ({
    path: [],
    ...fields,
    message: expect.stringMatching(fields.message),
    fix: expect.stringMatching(fields.fix),
  });

  test.each<{ name: string; layers: LayerInput[]; problems: unknown[]; then?: (result: Stack) => void }>([
    {
      name: 'a patch of an entry upstream lacks',
      layers: [CONTENT, layer('brooklyn', { patches: { recipes: { focaccia: { title: 'Focaccia' } } } })],
      problems: [
        problem({ layer: 'brooklyn', kind: 'patch', collection: 'recipes', id: 'focaccia', message: /^patches `recipes\/focaccia`, which upstream no longer has$/, fix: /^upstream removed or renamed it: delete the patch, or keep the entry as this restaurant’s own/ }),
      ],
      then: (result) => expect(result.entries.recipes.has('focaccia')).toBe(false),
    },
    {
      name: 'a patch of an entry only another collection has',
      layers: [CONTENT, layer('brooklyn', { patches: { ingredients: { pizza: { name: 'Pizza' } } } })],
      problems: [problem({ layer: 'brooklyn', kind: 'patch', collection: 'ingredients', id: 'pizza', message: /which upstream no longer has/, fix: /delete the patch/ })],
      then: (result) => expect(result.entries.ingredients.has('pizza')).toBe(false),
    },
    {
      name: 'a patch and a whole entry for one id in the same layer',
      layers: [CONTENT, layer('brooklyn', { entries: { recipes: { pizza: recipe('Brooklyn pizza') } }, patches: { recipes: { pizza: { title: 'Patched' } } } })],
      problems: [
        problem({ layer: 'brooklyn', kind: 'patch', collection: 'recipes', id: 'pizza', message: /^patches `recipes\/pizza`, which this layer also replaces whole$/, fix: /keep one: delete the patch, or fold it into the replacement/ }),
      ],
      // The replacement stands; the patch is not applied on top of it.
      then: (result) => expect(result.entries.recipes.get('pizza')).toEqual({ data: recipe('Brooklyn pizza'), layer: 'brooklyn', patchedBy: [] }),
    },
    {
      name: 'a patch of an entry a layer below hides',
      layers: [CONTENT, layer('franchise', { hide: ['recipes/calzone'] }), layer('location', { patches: { recipes: { calzone: { title: 'Calzone' } } } })],
      problems: [
        problem({ layer: 'location', kind: 'patch', collection: 'recipes', id: 'calzone', message: /^patches `recipes\/calzone`, which is hidden$/, fix: /^unhide it \(remove `recipes\/calzone` from `hide:` in layer\.yaml\) or delete the patch$/ }),
      ],
      then: (result) => {
        expect(result.entries.recipes.has('calzone')).toBe(false);
        expect(hiddenOf(result)).toEqual({ 'recipes/calzone': 'franchise' });
      },
    },
    {
      name: 'hiding an entry that is not there',
      layers: [CONTENT, layer('brooklyn', { hide: ['recipes/focaccia'] })],
      problems: [
        { layer: 'brooklyn', kind: 'hide', collection: 'recipes', id: 'focaccia', path: [], message: 'hides `recipes/focaccia`, which upstream does not have', fix: 'remove `recipes/focaccia` from `hide:`' },
      ],
      then: (result) => expect(hiddenOf(result)).toEqual({}),
    },
    {
      name: 'hiding an entry a layer below already hides',
      layers: [CONTENT, layer('franchise', { hide: ['ingredients/water'] }), layer('location', { hide: ['ingredients/water'] })],
      problems: [
        { layer: 'location', kind: 'hide', collection: 'ingredients', id: 'water', path: [], message: 'hides `ingredients/water`, which upstream already hides', fix: 'remove `ingredients/water` from `hide:`' },
      ],
      // Still hidden, by the layer that really hid it.
      then: (result) => expect(hiddenOf(result)).toEqual({ 'ingredients/water': 'franchise' }),
    },
    {
      name: 'a patch item that no longer fits, with the layer and entry it belongs to',
      layers: [
        CONTENT,
        layer('brooklyn', { patches: { recipes: { dough: { title: 'Our dough', steps: [{ was: 'Mix well.', text: 'Mix for 8 minutes.' }] } } } }),
      ],
      problems: [
        problem({ layer: 'brooklyn', kind: 'patch', collection: 'recipes', id: 'dough', path: ['steps', 0, 'was'], message: /^the item “Mix well\.” is no longer upstream/, fix: /`was:`/ }),
      ],
      // The rest of the patch still applies, and the entry counts as patched.
      then: (result) => {
        const dough = result.entries.recipes.get('dough')!;
        expect(dough.patchedBy).toEqual(['brooklyn']);
        expect((dough.data as Data)['title']).toBe('Our dough');
        expect((dough.data as Data)['steps']).toEqual(recipe('Dough')['steps']);
      },
    },
    {
      name: 'problems of several layers, each with its own layer',
      layers: [
        CONTENT,
        layer('franchise', { hide: ['stations/bench'] }),
        layer('location', { patches: { recipes: { pizza: { ingredients: [{ ingredient: 'salt', quantity: 2 }] } } } }),
      ],
      problems: [
        { layer: 'franchise', kind: 'hide', collection: 'stations', id: 'bench', path: [], message: 'hides `stations/bench`, which upstream does not have', fix: 'remove `stations/bench` from `hide:`' },
        problem({ layer: 'location', kind: 'patch', collection: 'recipes', id: 'pizza', path: ['ingredients', 0, 'ingredient'], message: /^the item with ingredient `salt` is no longer upstream/, fix: /compare with the upstream entry/ }),
      ],
    },
  ])('$name', ({ layers, problems, then }) => {
    const result = stack(...layers);
    expect(result.problems).toEqual(problems);
    then?.(result);
  });
});

// Regression (was a bug, now fixed): a layer that both patched an entry and hid it in
// its own layer.yaml got no problem: the patch applied, then the entry was hidden, so
// the patch file was dead and silently ignored. A patch of an entry hidden by a layer
// below is reported, and so now is one of an entry hidden by the patch's own layer.
test('a patch of an entry its own layer hides is a problem too', () => {
  const result = stack(CONTENT, layer('brooklyn', { patches: { recipes: { calzone: { title: 'Our calzone' } } }, hide: ['recipes/calzone'] }));
  expect(hiddenOf(result)).toEqual({ 'recipes/calzone': 'brooklyn' });
  expect(result.problems).toEqual([
    expect.objectContaining({ layer: 'brooklyn', kind: 'patch', collection: 'recipes', id: 'calzone', message: expect.stringMatching(/hidden/) }),
  ]);
});
