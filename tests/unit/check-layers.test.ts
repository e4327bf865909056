/**
 * The checker on a forked binder, on real files: a copy of the small fixture binder
 * as content/, and a restaurant's layer beside it in layers/. A valid fork is clean
 * and says where each entry comes from; every mistake in a layer is a problem that
 * names the layer's file, the line, the field and the fix.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkBinder, formatProblem, type BinderCheck } from '../../src/binder/check-binder.ts';
import { fixtureBinderWith, type Edit } from './fixture-binder.ts';

const copies: string[] = [];

afterEach(async () => {
  await Promise.all(copies.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** See fixture-binder.ts. */
const forkWith = (files: Record<string, Edit>) => fixtureBinderWith(files, copies, 'layers-');

async function check(files: Record<string, Edit>, options: { upstreamOnly?: boolean } = {}): Promise<BinderCheck> {
  return checkBinder(await forkWith(files), undefined, options);
}

const lines = (result: BinderCheck) => result.problems.map(formatProblem);

const yaml = (...rows: string[]) => `${rows.join('\n')}\n`;

const MANIFEST = yaml(
  'extends: content',
  'site:',
  '  name: Brooklyn Slice',
  '  repository: https://github.com/example/brooklyn',
  '  url: https://brooklyn.example.com',
  'hide:',
  '  - setup/layout',
);

/** A whole dough of the restaurant's own, replacing content/recipes/dough.mdx. */
const OWN_DOUGH = yaml(
  '---',
  'title: Brooklyn dough',
  'summary: A wetter base.',
  'course: component',
  'category: Dough',
  'stations:',
  '  - bench',
  'yield:',
  '  quantity: 1',
  '  unit: kg',
  '  portions: 4',
  '  portionSize:',
  '    quantity: 250',
  '    unit: g',
  'ingredients:',
  '  - ingredient: flour',
  '    quantity: 580',
  '    unit: g',
  '  - ingredient: water',
  '    quantity: 420',
  '    unit: ml',
  'steps:',
  '  - text: Mix @flour and @water.',
  '    timerMinutes: 10',
  '---',
  'Knead longer.',
);

const BASIL = yaml('name: Basil', 'category: herbs-and-spices', 'storage:', '  zone: ambient');

/** A patch of content/recipes/pizza.mdx: more cheese, and the restaurant's own basil. */
const PIZZA_PATCH = yaml(
  'reason: Our customers like it cheesier.',
  'ingredients:',
  '  - ingredient: mozzarella',
  '    quantity: 150',
  '  - add: true',
  '    ingredient: basil',
  '    quantity: 2',
  '    unit: g',
  'steps:',
  '  - text: Bake.',
  '    timerMinutes: 2',
);

/** A fork with one of each change: a replacement, a patch, a hide and an addition. */
const VALID_FORK: Record<string, Edit> = {
  'layers/brooklyn/layer.yaml': MANIFEST,
  'layers/brooklyn/recipes/dough.mdx': OWN_DOUGH,
  'layers/brooklyn/ingredients/basil.yaml': BASIL,
  'layers/brooklyn/patches/recipes/pizza.yaml': PIZZA_PATCH,
};

describe('a valid fork', () => {
  test('has no problems and says where each entry comes from', async () => {
    const result = await check(VALID_FORK);
    expect(lines(result)).toEqual([]);

    expect(result.origins.get('recipes/dough')).toEqual({ kind: 'replaced', layer: 'brooklyn' });
    expect(result.origins.get('recipes/pizza')).toEqual({ kind: 'patched', layer: 'brooklyn', reason: 'Our customers like it cheesier.' });
    expect(result.origins.get('ingredients/basil')).toEqual({ kind: 'added', layer: 'brooklyn' });
    expect(result.origins.get('ingredients/flour')).toEqual({ kind: 'upstream', layer: 'content' });
    expect(result.origins.has('setup/layout')).toBe(false);

    // The hidden entry is left out of what a reader sees, and said to be hidden.
    expect(result.entries.setup.has('layout')).toBe(false);
    expect(result.listed.get('setup')?.has('layout')).toBe(false);
    expect([...result.hidden]).toEqual([['setup/layout', 'brooklyn']]);

    // Entries are the stacked ones: the replacement whole, the patch applied.
    expect(result.entries.recipes.get('dough')?.title).toBe('Brooklyn dough');
    const pizza = result.entries.recipes.get('pizza')!;
    expect(pizza.ingredients).toEqual([
      { recipe: 'dough', quantity: 1, unit: 'portion' },
      { ingredient: 'mozzarella', quantity: 150, unit: 'g' },
      { ingredient: 'basil', quantity: 2, unit: 'g' },
    ]);
    expect(pizza.steps[1]).toEqual({ text: 'Bake.', timerMinutes: 2, temperature: { value: 300, unit: 'C' } });
    expect(pizza).not.toHaveProperty('reason');
    expect(result.entries.ingredients.get('basil')?.name).toBe('Basil');

    // Each entry's file: the replacement's body is the layer's, the patched entry's is upstream's.
    const relative = (key: string) => path.relative(path.dirname(path.dirname(path.dirname(result.files.get('recipes/pizza')!))), result.files.get(key)!);
    expect(relative('recipes/dough')).toBe(path.join('layers', 'brooklyn', 'recipes', 'dough.mdx'));
    expect(relative('recipes/pizza')).toBe(path.join('content', 'recipes', 'pizza.mdx'));
    expect(result.bodies.get('recipes/dough')?.trim()).toBe('Knead longer.');

    // The identity: the layer's over content/site.yaml.
    expect(result.site?.name).toBe('Brooklyn Slice');
    expect(result.site?.tagline).toBe('A tiny binder for tests');
    expect(result.site?.theme.accent).toBe('#9a3412');
    expect(result.lineage).toEqual([
      { layer: 'content', name: 'Fixture Kitchen', repository: 'https://github.com/example/fixture', url: 'https://fixture.example.com' },
      { layer: 'brooklyn', name: 'Brooklyn Slice', repository: 'https://github.com/example/brooklyn', url: 'https://brooklyn.example.com' },
    ]);
    expect(result.layers.map((layer) => layer.name)).toEqual(['content', 'brooklyn']);
  });

  test('`upstreamOnly` leaves the top layer out: the binder as forked', async () => {
    const result = await check(
      {
        ...VALID_FORK,
        // A mistake in the top layer is not the upstream binder's problem.
        'layers/brooklyn/patches/recipes/dough.yaml': yaml('cookMinute: 3'),
      },
      { upstreamOnly: true },
    );
    expect(lines(result)).toEqual([]);
    expect(result.layers.map((layer) => layer.name)).toEqual(['content']);
    expect(result.entries.recipes.get('dough')?.title).toBe('Dough');
    expect(result.entries.recipes.get('pizza')?.ingredients[1]).toEqual({ ingredient: 'mozzarella', quantity: 120, unit: 'g' });
    expect(result.entries.ingredients.has('basil')).toBe(false);
    expect(result.entries.setup.has('layout')).toBe(true);
    expect(result.hidden.size).toBe(0);
    expect(result.site?.name).toBe('Fixture Kitchen');
    expect(result.lineage.map((binder) => binder.layer)).toEqual(['content']);
  });

  test('`upstreamOnly` on three layers keeps the franchise and leaves out the location', async () => {
    const files = {
      'layers/franchise/layer.yaml': yaml('extends: content', 'site:', '  name: Franchise HQ'),
      'layers/franchise/recipes/dough.mdx': OWN_DOUGH,
      'layers/location/layer.yaml': yaml('extends: franchise', 'site:', '  name: Location Nine'),
      'layers/location/patches/recipes/dough.yaml': yaml('reason: Local flour.', 'title: Location dough'),
    };
    const whole = await check(files);
    expect(lines(whole)).toEqual([]);
    expect(whole.layers.map((layer) => layer.name)).toEqual(['content', 'franchise', 'location']);
    expect(whole.entries.recipes.get('dough')?.title).toBe('Location dough');
    // The location's own doing is the patch; the franchise's replacement is upstream to it.
    expect(whole.origins.get('recipes/dough')).toEqual({ kind: 'patched', layer: 'location', reason: 'Local flour.' });
    expect(whole.site?.name).toBe('Location Nine');
    expect(whole.lineage.map((binder) => [binder.layer, binder.name])).toEqual([
      ['content', 'Fixture Kitchen'],
      ['franchise', 'Franchise HQ'],
      ['location', 'Location Nine'],
    ]);

    const upstream = await check(files, { upstreamOnly: true });
    expect(lines(upstream)).toEqual([]);
    expect(upstream.layers.map((layer) => layer.name)).toEqual(['content', 'franchise']);
    expect(upstream.entries.recipes.get('dough')?.title).toBe('Brooklyn dough');
    expect(upstream.origins.get('recipes/dough')).toEqual({ kind: 'replaced', layer: 'franchise' });
    expect(upstream.site?.name).toBe('Franchise HQ');
  });
});

describe('each mistake in a layer is a problem with its file, line, field and fix', () => {
  test.each<{ name: string; files: Record<string, Edit>; expected: unknown[] }>([
    {
      name: 'a patch whose step `was:` no longer matches upstream',
      files: {
        ...VALID_FORK,
        'layers/brooklyn/patches/recipes/pizza.yaml': yaml('reason: Shorter bake.', 'steps:', '  - was: Bake for 3 minutes.', '    text: Bake for 2 minutes.'),
      },
      expected: [
        'layers/brooklyn/patches/recipes/pizza.yaml:3: steps.0.was: the item “Bake for 3 minutes.” is no longer upstream: upstream removed or reworded it — compare with the upstream entry: set `was:` to the upstream text as it is now (and check your change still holds), or drop this item from the patch',
      ],
    },
    {
      name: 'a patch field that is not in the schema',
      files: { ...VALID_FORK, 'layers/brooklyn/patches/recipes/pizza.yaml': yaml('reason: Faster oven.', 'cookMinute: 2') },
      expected: [expect.stringMatching(/^layers\/brooklyn\/patches\/recipes\/pizza\.yaml:2: cookMinute: `cookMinute` is not a field here \(rule: unknown-field\) — did you mean `cookMinutes`\?/)],
    },
    {
      name: 'hiding an entry a visible entry still uses',
      files: { 'layers/brooklyn/layer.yaml': yaml('extends: content', 'hide:', '  - ingredients/mozzarella') },
      expected: [
        'content/recipes/pizza.mdx:17: ingredients.1.ingredient: uses `ingredients/mozzarella`, which layers/brooklyn/layer.yaml hides — unhide it (remove `ingredients/mozzarella` from `hide:` there), hide `recipes/pizza` too, or stop using it here (in a layer: `npm run customise -- recipes/pizza --patch` and drop it)',
      ],
    },
    {
      name: 'a patch that leaves an added line with a quantity but no unit',
      files: { 'layers/brooklyn/layer.yaml': yaml('extends: content'), 'layers/brooklyn/patches/recipes/pizza.yaml': yaml('reason: A little more flour.', 'ingredients:', '  - add: true', '    ingredient: flour', '    quantity: 10') },
      // The field path is the merged entry's (line 2 of the pizza is the third line); the
      // patch has no item 2, so the line is that of `ingredients:` or of the added item.
      expected: [
        expect.stringMatching(/^layers\/brooklyn\/patches\/recipes\/pizza\.yaml:[23]: ingredients\.2\.unit: with the patch applied, has a quantity but no unit — add `unit:` \(g, ml, each…\), or remove `quantity` for "to taste"$/),
      ],
    },
    {
      name: 'a patch that removes a required field',
      files: { 'layers/brooklyn/layer.yaml': yaml('extends: content'), 'layers/brooklyn/patches/recipes/pizza.yaml': yaml('reason: No name.', 'title: null') },
      expected: [expect.stringMatching(/^layers\/brooklyn\/patches\/recipes\/pizza\.yaml:\d+: title: with the patch applied, is missing — add `title:`/)],
    },
    {
      name: 'a patch of an entry upstream does not have',
      files: { 'layers/brooklyn/layer.yaml': yaml('extends: content'), 'layers/brooklyn/patches/recipes/focaccia.yaml': yaml('reason: Ours.', 'title: Focaccia') },
      expected: [expect.stringMatching(/^layers\/brooklyn\/patches\/recipes\/focaccia\.yaml:1: patches `recipes\/focaccia`, which upstream no longer has — upstream removed or renamed it: delete the patch, or keep the entry as this restaurant’s own /)],
    },
    {
      name: 'a hide of an entry that is not there',
      files: { 'layers/brooklyn/layer.yaml': yaml('extends: content', 'hide:', '  - setup/layout', '  - recipes/focaccia') },
      expected: ['layers/brooklyn/layer.yaml:4: hide.1: hides `recipes/focaccia`, which upstream does not have — remove `recipes/focaccia` from `hide:`'],
    },
    {
      name: 'a folder under layers/ without layer.yaml',
      files: { 'layers/brooklyn/recipes/dough.mdx': OWN_DOUGH },
      expected: [expect.stringMatching(/^layers\/brooklyn\/layer\.yaml:1: is missing: every folder under layers\/ is a layer and needs one — create it with `extends: content`/)],
    },
    {
      name: '`extends` naming a layer that is not there',
      files: { 'layers/brooklyn/layer.yaml': yaml('extends: chicago') },
      expected: [
        'layers/brooklyn/layer.yaml:1: extends: sits on `chicago`, which is not a folder under layers/ — set it to `content`, the top of the stack, or to the folder name of the layer below this one',
      ],
    },
    {
      name: 'two layers both extending content',
      files: { 'layers/brooklyn/layer.yaml': yaml('extends: content'), 'layers/queens/layer.yaml': yaml('extends: content') },
      expected: [
        'layers/queens/layer.yaml:1: extends: sits on `content`, as `brooklyn` does: layers stack one on another — set `extends: brooklyn` to put this layer on top of it, or merge the two layers',
      ],
    },
    {
      name: 'a layer `site:` accent too pale to read, merged over upstream’s theme',
      files: { 'layers/brooklyn/layer.yaml': yaml('extends: content', 'site:', '  theme:', '    accent: "#ffff00"') },
      expected: [expect.stringMatching(/^layers\/brooklyn\/layer\.yaml:4: site\.theme\.accent: /)],
    },
  ])('$name', async ({ files, expected }) => {
    expect(lines(await check(files))).toEqual(expected);
  });
});

test('a layer `site:` override with a bad accent colour is a problem in layer.yaml at site.theme.accent', async () => {
  const result = await check({ 'layers/brooklyn/layer.yaml': yaml('extends: content', 'site:', '  name: Brooklyn Slice', '  theme:', '    accent: red') });
  const found = lines(result);
  expect(found).toContain('layers/brooklyn/layer.yaml:5: site.theme.accent: is not a #rrggbb colour — write it like `#9a3412`');
  // Nothing is blamed on content/site.yaml, and nothing on another field.
  expect(found.filter((line) => !line.startsWith('layers/brooklyn/layer.yaml:5: site.theme.accent: '))).toEqual([]);
});

describe('a hostile file in a layer is refused by rule, as in content/', () => {
  const hostileRecipe = (body: string) =>
    yaml('---', 'title: Evil', 'summary: A payload.', 'course: component', 'category: Test', 'stations:', '  - bench', 'yield:', '  quantity: 1', '  unit: kg', 'ingredients:', '  - ingredient: flour', '    quantity: 100', '    unit: g', 'steps:', '  - text: Mix @flour.', '---', '', body);

  test.each([
    { name: 'a <script> element in a recipe body', file: 'layers/brooklyn/recipes/evil.mdx', text: hostileRecipe('<script>alert(1)</script>'), rule: 'html-element', line: 19 },
    { name: 'an import line in a recipe body', file: 'layers/brooklyn/recipes/evil.mdx', text: hostileRecipe("import { writeFileSync } from 'node:fs'"), rule: 'mdx-import-export', line: 19 },
    { name: 'a replacement with a <script> element', file: 'layers/brooklyn/recipes/dough.mdx', text: OWN_DOUGH.replace('Knead longer.', '<script>alert(1)</script>'), rule: 'html-element', line: 26 },
    { name: 'a YAML tag in a patch', file: 'layers/brooklyn/patches/recipes/pizza.yaml', text: yaml('reason: Tagged.', 'title: !evil Tagged'), rule: 'yaml-tag', line: 2 },
    { name: 'a prototype key in a layer’s whole entry', file: 'layers/brooklyn/ingredients/basil.yaml', text: BASIL + yaml('__proto__:', '  polluted: true'), rule: 'yaml-prototype-key', line: 5 },
  ])('$name', async ({ file, text, rule, line }) => {
    const result = await check({ 'layers/brooklyn/layer.yaml': yaml('extends: content'), [file]: text });
    const refusals = result.problems.filter((problem) => problem.file === file && problem.rule === rule);
    expect(refusals.length, lines(result).join('\n')).toBeGreaterThan(0);
    expect(refusals.map((problem) => problem.line)).toContain(line);
    expect(formatProblem(refusals[0]!)).toContain(`(rule: ${rule}) — `);
    // A refused file is read no further: nothing else is said about it, and its entry is not served.
    expect(result.problems.filter((problem) => problem.file === file && problem.rule === undefined)).toEqual([]);
    const id = path.basename(file).replace(/\.(mdx|yaml)$/, '');
    if (file.includes('/patches/')) expect(result.entries.recipes.get(id)?.title).toBe('Pizza');
    else if (file.includes('/ingredients/')) expect(result.entries.ingredients.has(id)).toBe(false);
    else expect(result.bodies.get(`recipes/${id}`) ?? '').not.toContain('<script>');
  });

  test('the same body in content/ is refused by the same rule', async () => {
    const file = 'content/recipes/evil.mdx';
    const result = await check({ [file]: hostileRecipe('<script>alert(1)</script>') });
    expect(result.problems.filter((problem) => problem.file === file).map((problem) => [problem.line, problem.rule])).toEqual([[19, 'html-element']]);
  });
});

// Regression (was a bug, now fixed): `origins` called every entry `added` when the top
// of the stack was content/ itself, in a binder with no layers/ folder (the franchise's
// own repository) or a one-layer fork read with `upstreamOnly: true`; readLayeredBinder()
// then made an `added` variant of every entry. Every entry there is `upstream`.
test('a binder without layers has only upstream entries', async () => {
  const plain = await check({});
  expect(lines(plain)).toEqual([]);
  expect(plain.layers.map((layer) => layer.name)).toEqual(['content']);
  expect(plain.origins.get('recipes/pizza')).toEqual({ kind: 'upstream', layer: 'content' });
  expect([...new Set([...plain.origins.values()].map((origin) => origin.kind))]).toEqual(['upstream']);

  const forkedFrom = await check(VALID_FORK, { upstreamOnly: true });
  expect([...new Set([...forkedFrom.origins.values()].map((origin) => origin.kind))]).toEqual(['upstream']);
});
