/**
 * A restaurant's patch over an upstream recipe, on the real sample recipes: fields
 * replace, `null` removes, objects merge, and keyed lists change only the items the
 * patch names, by key and never by position, so a patch survives upstream reordering.
 * A patch item that no longer fits upstream is a problem with its path and a fix.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { applyPatch, type PatchResult } from '../../src/domain/layers/apply-patch.ts';
import { collectionJsonSchema } from '../../src/schemas/json-schema.ts';

type Data = Record<string, unknown>;
type Line = { group?: string; ingredient?: string; recipe?: string; quantity?: number; unit?: string; preparation?: string };
type Step = { text: string; timerMinutes?: number; temperature?: { value: number; unit: string }; station?: string };

const CONTENT = path.resolve(import.meta.dirname, '../../content/recipes');

/** The frontmatter of a sample recipe: the YAML between the first two `---` lines. */
function frontmatter(slug: string): Data {
  const lines = readFileSync(path.join(CONTENT, `${slug}.mdx`), 'utf8').split('\n');
  const close = lines.indexOf('---', 1);
  expect(lines[0]).toBe('---');
  expect(close).toBeGreaterThan(0);
  return parse(lines.slice(1, close).join('\n')) as Data;
}

const MARGHERITA = frontmatter('margherita');
const DOUGH = frontmatter('pizza-dough');
const SCHEMA = collectionJsonSchema('recipes');

const lines = (data: Data) => data['ingredients'] as Line[];
const steps = (data: Data) => data['steps'] as Step[];
const lineOf = (data: Data, slug: string) => lines(data).find((l) => l.ingredient === slug || l.recipe === slug);
const keysOf = (data: Data) => lines(data).map((l) => l.ingredient ?? l.recipe);

// Real step texts, as YAML reads the folded lines.
const STRETCH = steps(MARGHERITA)[0]!.text;
const LAUNCH = steps(MARGHERITA)[3]!.text;
const WATER_STEP = steps(DOUGH)[1]!.text;

/** A copy of a sample recipe with a change upstream made. */
function upstream(base: Data, change: (copy: Data) => void): Data {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

const REVERSED_MARGHERITA = upstream(MARGHERITA, (m) => void lines(m).reverse());
const REVERSED_DOUGH = upstream(DOUGH, (d) => void lines(d).reverse());

test('the sample recipes are what these cases rely on', () => {
  expect(keysOf(MARGHERITA)).toEqual(['pizza-dough', 'pizza-sauce', 'mozzarella-fior-di-latte', 'fresh-basil', 'extra-virgin-olive-oil']);
  expect(keysOf(DOUGH)).toEqual(['flour-00', 'water', 'fine-sea-salt', 'instant-dry-yeast', 'extra-virgin-olive-oil']);
  expect(STRETCH).toMatch(/^Flour the bench lightly\. Press @pizza-dough .* to 30 cm\.$/);
  expect(LAUNCH).toMatch(/^Shake the peel .* does not scorch\.$/);
  expect(steps(MARGHERITA)[3]).toMatchObject({ timerMinutes: 3, temperature: { value: 370, unit: 'C' }, station: 'oven' });
  expect(WATER_STEP).toBe('With the mixer on low, pour in @water over 1 minute. Mix until no dry flour remains.');
});

interface Case {
  readonly name: string;
  readonly base: Data;
  readonly patch: Data;
  readonly then: (result: PatchResult) => void;
}

const applies = (then: (data: Data) => void) => (result: PatchResult) => {
  expect(result.problems).toEqual([]);
  then(result.data);
};

describe('a patch that fits upstream', () => {
  test.each<Case>([
    {
      name: 'changes a line’s quantity, naming it by its ingredient slug',
      base: MARGHERITA,
      patch: { ingredients: [{ ingredient: 'mozzarella-fior-di-latte', quantity: 120 }] },
      then: applies((data) => {
        expect(lineOf(data, 'mozzarella-fior-di-latte')).toEqual({
          group: 'Topping',
          ingredient: 'mozzarella-fior-di-latte',
          quantity: 120,
          unit: 'g',
          preparation: 'torn into 2–3 cm pieces, drained',
        });
        // The other lines, and their order, are upstream's.
        expect(keysOf(data)).toEqual(keysOf(MARGHERITA));
        expect(lines(data).filter((l) => l.ingredient !== 'mozzarella-fior-di-latte')).toEqual(lines(MARGHERITA).filter((l) => l.ingredient !== 'mozzarella-fior-di-latte'));
      }),
    },
    {
      name: 'removes a line',
      base: MARGHERITA,
      patch: { ingredients: [{ ingredient: 'fresh-basil', remove: true }] },
      then: applies((data) => {
        expect(keysOf(data)).toEqual(['pizza-dough', 'pizza-sauce', 'mozzarella-fior-di-latte', 'extra-virgin-olive-oil']);
      }),
    },
    {
      name: 'adds a line last',
      base: MARGHERITA,
      patch: { ingredients: [{ add: true, group: 'Topping', ingredient: 'chilli-flakes', quantity: 1, unit: 'g' }] },
      then: applies((data) => {
        expect(keysOf(data)).toEqual([...keysOf(MARGHERITA), 'chilli-flakes']);
        // The directive is not part of the line.
        expect(lines(data).at(-1)).toEqual({ group: 'Topping', ingredient: 'chilli-flakes', quantity: 1, unit: 'g' });
      }),
    },
    {
      name: 'adds a line after a named one',
      base: MARGHERITA,
      patch: { ingredients: [{ add: true, after: 'mozzarella-fior-di-latte', group: 'Topping', ingredient: 'parmigiano', quantity: 10, unit: 'g' }] },
      then: applies((data) => {
        expect(keysOf(data)).toEqual(['pizza-dough', 'pizza-sauce', 'mozzarella-fior-di-latte', 'parmigiano', 'fresh-basil', 'extra-virgin-olive-oil']);
        expect(lines(data)[3]).toEqual({ group: 'Topping', ingredient: 'parmigiano', quantity: 10, unit: 'g' });
      }),
    },
    {
      name: 'adds a line after a sub-recipe line, named by its recipe slug',
      base: MARGHERITA,
      patch: { ingredients: [{ add: true, after: 'pizza-sauce', group: 'Base', ingredient: 'dried-oregano', quantity: 0.5, unit: 'g' }] },
      then: applies((data) => {
        expect(keysOf(data)).toEqual(['pizza-dough', 'pizza-sauce', 'dried-oregano', 'mozzarella-fior-di-latte', 'fresh-basil', 'extra-virgin-olive-oil']);
      }),
    },
    {
      name: 'changes a sub-recipe line, named by `recipe:`',
      base: MARGHERITA,
      patch: { ingredients: [{ recipe: 'pizza-sauce', quantity: 90 }] },
      then: applies((data) => {
        expect(lineOf(data, 'pizza-sauce')).toEqual({ group: 'Base', recipe: 'pizza-sauce', quantity: 90, unit: 'g' });
        // Not the line of the other sub-recipe.
        expect(lineOf(data, 'pizza-dough')).toEqual(lines(MARGHERITA)[0]);
      }),
    },
    {
      name: 'removes an optional field of a line with `null`',
      base: MARGHERITA,
      patch: { ingredients: [{ ingredient: 'fresh-basil', preparation: null }] },
      then: applies((data) => {
        expect(lineOf(data, 'fresh-basil')).toEqual({ group: 'Topping', ingredient: 'fresh-basil', quantity: 3, unit: 'g' });
      }),
    },
    {
      name: 'changes a step’s text, naming it with `was:`',
      base: DOUGH,
      patch: { steps: [{ was: WATER_STEP, text: 'With the mixer on low, pour in @water over 2 minutes.' }] },
      then: applies((data) => {
        expect(steps(data)[1]).toEqual({ text: 'With the mixer on low, pour in @water over 2 minutes.', timerMinutes: 3 });
        expect(steps(data)).toHaveLength(steps(DOUGH).length);
        expect(steps(data).filter((_, i) => i !== 1)).toEqual(steps(DOUGH).filter((_, i) => i !== 1));
      }),
    },
    {
      name: 'changes only a step’s timer, naming the step by its text',
      base: MARGHERITA,
      patch: { steps: [{ text: LAUNCH, timerMinutes: 4 }] },
      then: applies((data) => {
        expect(steps(data)[3]).toEqual({ text: LAUNCH, timerMinutes: 4, temperature: { value: 370, unit: 'C' }, station: 'oven' });
        expect(steps(data).filter((_, i) => i !== 3)).toEqual(steps(MARGHERITA).filter((_, i) => i !== 3));
      }),
    },
    {
      name: 'removes a step named by its text',
      base: MARGHERITA,
      patch: { steps: [{ text: STRETCH, remove: true }] },
      then: applies((data) => {
        expect(steps(data)).toEqual(steps(MARGHERITA).slice(1));
      }),
    },
    {
      name: 'removes an optional field with `null` (restMinutes, storage)',
      base: DOUGH,
      patch: { restMinutes: null, storage: null },
      then: applies((data) => {
        expect(data).not.toHaveProperty('restMinutes');
        expect(data).not.toHaveProperty('storage');
        expect(data['prepMinutes']).toBe(30);
      }),
    },
    {
      name: 'merges a nested object field by field',
      base: DOUGH,
      patch: { yield: { quantity: 5 } },
      then: applies((data) => {
        expect(data['yield']).toEqual({ quantity: 5, unit: 'kg', portions: 10, portionSize: { quantity: 250, unit: 'g' } });
      }),
    },
    {
      name: 'merges two levels down, and removes a nested field with `null`',
      base: DOUGH,
      patch: { storage: { temperature: { value: 3 }, notes: null } },
      then: applies((data) => {
        expect(data['storage']).toEqual({ zone: 'refrigerated', temperature: { value: 3, unit: 'C' }, shelfLifeHours: 72 });
      }),
    },
    {
      name: 'replaces a plain (unkeyed) list whole',
      base: MARGHERITA,
      patch: { diets: ['vegetarian'] },
      then: applies((data) => {
        expect(data['diets']).toEqual(['vegetarian']);
      }),
    },
    {
      name: 'keeps `reason` out of the data',
      base: MARGHERITA,
      patch: { reason: 'Our customers like it cheesier.', ingredients: [{ ingredient: 'mozzarella-fior-di-latte', quantity: 120 }] },
      then: applies((data) => {
        expect(data).not.toHaveProperty('reason');
        expect(Object.keys(data)).toEqual(Object.keys(MARGHERITA));
      }),
    },
    {
      name: 'picks one of two lines with the same ingredient by `group`',
      base: upstream(DOUGH, (d) => void lines(d).push({ group: 'Dusting', ingredient: 'flour-00', quantity: 50, unit: 'g' })),
      patch: { ingredients: [{ ingredient: 'flour-00', group: 'Dusting', quantity: 80 }] },
      then: applies((data) => {
        expect(lines(data)[0]).toEqual(lines(DOUGH)[0]);
        expect(lines(data).at(-1)).toEqual({ group: 'Dusting', ingredient: 'flour-00', quantity: 80, unit: 'g' });
      }),
    },
  ])('$name', ({ base, patch, then }) => {
    then(applyPatch(base, patch, SCHEMA));
  });
});

describe('a patch survives upstream reordering the list', () => {
  const patch = {
    ingredients: [
      { ingredient: 'mozzarella-fior-di-latte', quantity: 120 },
      { ingredient: 'fresh-basil', remove: true },
      { recipe: 'pizza-sauce', quantity: 90 },
      { add: true, after: 'extra-virgin-olive-oil', ingredient: 'chilli-flakes', quantity: 1, unit: 'g' },
    ],
  };

  test.each([
    { name: 'margherita', base: MARGHERITA, reordered: REVERSED_MARGHERITA },
    {
      name: 'pizza dough',
      base: DOUGH,
      reordered: REVERSED_DOUGH,
      patch: { ingredients: [{ ingredient: 'water', quantity: 1000 }, { ingredient: 'instant-dry-yeast', remove: true }, { ingredient: 'flour-00', unit: 'kg', quantity: 1.5 }] },
    },
  ])('$name', ({ base, reordered, ...rest }) => {
    const thePatch = 'patch' in rest ? rest.patch : patch;
    const inOrder = applyPatch(base, thePatch, SCHEMA);
    const reversed = applyPatch(reordered, thePatch, SCHEMA);
    expect(inOrder.problems).toEqual([]);
    expect(reversed.problems).toEqual([]);
    // The same lines with the same values, in upstream's new order.
    const byKey = (data: Data) => Object.fromEntries(lines(data).map((l) => [l.ingredient ?? l.recipe, l]));
    expect(byKey(reversed.data)).toEqual(byKey(inOrder.data));
    expect(lines(reversed.data)).toHaveLength(lines(inOrder.data).length);
    // Nothing landed on the item that now sits where the named one used to be.
    expect(lines(reversed.data)).not.toEqual(lines(inOrder.data));
  });

  test('the new line follows its anchor wherever upstream moved it', () => {
    const reversed = applyPatch(REVERSED_MARGHERITA, patch, SCHEMA);
    expect(keysOf(reversed.data)).toEqual(['extra-virgin-olive-oil', 'chilli-flakes', 'mozzarella-fior-di-latte', 'pizza-sauce', 'pizza-dough']);
    expect(lineOf(reversed.data, 'mozzarella-fior-di-latte')?.quantity).toBe(120);
    expect(lineOf(reversed.data, 'pizza-sauce')?.quantity).toBe(90);
  });
});

describe('a patch that no longer fits upstream is a problem with a fix', () => {
  test.each<Case & { readonly path: ReadonlyArray<string | number>; readonly message: RegExp; readonly fix: RegExp }>([
    {
      name: 'upstream reworded the step a `was:` names',
      base: upstream(DOUGH, (d) => void (steps(d)[1]!.text = 'With the mixer on low, pour in @water over 90 seconds.')),
      patch: { steps: [{ text: 'Add @water slowly.', was: WATER_STEP }] },
      path: ['steps', 0, 'was'],
      message: /^the item “With the mixer on low, pour in @water over 1 minute\. Mix …” is no longer upstream/,
      fix: /set `was:` to the upstream text as it is now/,
      then: (result) => {
        // Nothing was guessed: upstream's steps stand.
        expect(steps(result.data)[1]!.text).toBe('With the mixer on low, pour in @water over 90 seconds.');
        expect(steps(result.data).map((s) => s.text)).not.toContain('Add @water slowly.');
      },
    },
    {
      name: 'upstream reworded the step a patch names by its text (second item of the patch)',
      base: upstream(MARGHERITA, (m) => void (steps(m)[3]!.text = 'Launch onto the deck and turn once at 90 seconds.')),
      patch: { steps: [{ text: STRETCH, station: 'pizza-bench' }, { text: LAUNCH, timerMinutes: 4 }] },
      path: ['steps', 1, 'text'],
      message: /is no longer upstream: upstream removed or reworded it$/,
      fix: /rename it here/,
      then: (result) => {
        // The item that still fits applied.
        expect(steps(result.data)[0]).toEqual({ text: STRETCH, station: 'pizza-bench' });
        expect(steps(result.data)[3]!.timerMinutes).toBe(3);
      },
    },
    {
      name: 'upstream removed the ingredient the patch changes',
      base: upstream(MARGHERITA, (m) => void (m['ingredients'] = lines(m).filter((l) => l.ingredient !== 'fresh-basil'))),
      patch: { ingredients: [{ ingredient: 'mozzarella-fior-di-latte', quantity: 120 }, { ingredient: 'fresh-basil', quantity: 5 }] },
      path: ['ingredients', 1, 'ingredient'],
      message: /^the item with ingredient `fresh-basil` is no longer upstream/,
      fix: /add `add: true` to keep it as this restaurant’s own, or drop this item/,
      then: (result) => {
        expect(keysOf(result.data)).toEqual(['pizza-dough', 'pizza-sauce', 'mozzarella-fior-di-latte', 'extra-virgin-olive-oil']);
        expect(lineOf(result.data, 'mozzarella-fior-di-latte')?.quantity).toBe(120);
      },
    },
    {
      name: 'upstream removed the ingredient the patch removes',
      base: upstream(DOUGH, (d) => void (d['ingredients'] = lines(d).filter((l) => l.ingredient !== 'instant-dry-yeast'))),
      patch: { ingredients: [{ ingredient: 'instant-dry-yeast', remove: true }] },
      path: ['ingredients', 0, 'ingredient'],
      message: /`instant-dry-yeast` is no longer upstream/,
      fix: /compare with the upstream entry/,
      then: (result) => expect(lines(result.data)).toHaveLength(4),
    },
    {
      name: 'adding a line upstream already has',
      base: MARGHERITA,
      patch: { ingredients: [{ add: true, ingredient: 'fresh-basil', quantity: 5, unit: 'g' }] },
      path: ['ingredients', 0],
      message: /^adds the item with ingredient `fresh-basil`, which upstream already has$/,
      fix: /remove `add: true`/,
      then: (result) => expect(lines(result.data)).toEqual(lines(MARGHERITA)),
    },
    {
      name: '`after:` naming a line upstream no longer has',
      base: MARGHERITA,
      patch: { ingredients: [{ add: true, after: 'parmigiano', ingredient: 'chilli-flakes', quantity: 1, unit: 'g' }] },
      path: ['ingredients', 0, 'after'],
      message: /after `parmigiano`, which is no longer upstream/,
      fix: /set `after` to the ingredient or recipe of an item upstream has now/,
      then: (result) => expect(keysOf(result.data)).not.toContain('chilli-flakes'),
    },
    {
      name: 'a name that matches two lines, without `group`',
      base: upstream(DOUGH, (d) => void lines(d).push({ group: 'Dusting', ingredient: 'flour-00', quantity: 50, unit: 'g' })),
      patch: { ingredients: [{ ingredient: 'flour-00', quantity: 80 }] },
      path: ['ingredients', 0],
      message: /^the item with ingredient `flour-00` names 2 upstream items$/,
      fix: /add `group:`/,
      then: (result) => expect(lines(result.data).filter((l) => l.ingredient === 'flour-00').map((l) => l.quantity)).toEqual([1500, 50]),
    },
    {
      name: 'an item that names nothing',
      base: MARGHERITA,
      patch: { ingredients: [{ quantity: 80 }] },
      path: ['ingredients', 0],
      message: /^names no upstream item$/,
      fix: /`ingredient` or `recipe`/,
      then: (result) => expect(lines(result.data)).toEqual(lines(MARGHERITA)),
    },
  ])('$name', ({ base, patch, path: at, message, fix, then }) => {
    const result = applyPatch(base, patch, SCHEMA);
    expect(result.problems).toEqual([{ path: at, message: expect.stringMatching(message), fix: expect.stringMatching(fix) }]);
    then(result);
  });

  test('the fix for a reworded step mentions `was:`', () => {
    const base = upstream(MARGHERITA, (m) => void (steps(m)[0]!.text = 'Stretch @pizza-dough to 30 cm.'));
    const { problems } = applyPatch(base, { steps: [{ was: STRETCH, text: 'Stretch @pizza-dough to 32 cm.' }] }, SCHEMA);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toEqual(['steps', 0, 'was']);
    expect(problems[0]!.fix).toContain('`was:`');
  });
});

test('the upstream entry and the patch are not changed', () => {
  const base = structuredClone(MARGHERITA);
  const before = structuredClone(base);
  const patch = {
    reason: 'Local taste.',
    yield: { quantity: 2 },
    prepMinutes: null,
    ingredients: [
      { ingredient: 'mozzarella-fior-di-latte', quantity: 120, preparation: null },
      { ingredient: 'fresh-basil', remove: true },
      { add: true, after: 'pizza-sauce', ingredient: 'dried-oregano', quantity: 0.5, unit: 'g' },
    ],
    steps: [{ text: LAUNCH, temperature: { value: 360 } }, { was: STRETCH, text: 'Stretch the dough.' }],
    diets: ['vegetarian'],
  };
  const patchBefore = structuredClone(patch);
  const { data, problems } = applyPatch(base, patch, SCHEMA);
  expect(problems).toEqual([]);
  expect(base).toEqual(before);
  expect(patch).toEqual(patchBefore);
  expect(data).not.toEqual(before);
  // Changing the merged parts of the result later does not reach back into upstream either.
  (data['yield'] as Data)['unit'] = 'kg';
  lines(data)[0]!.quantity = 99;
  steps(data)[3]!.temperature!.unit = 'F';
  expect(base).toEqual(before);
});
