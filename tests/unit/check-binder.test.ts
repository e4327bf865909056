/**
 * The checker on real files: a copy of a small valid binder gets one change per
 * case, and the report must name the file, the line, the field and the fix.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkBinder, formatProblem } from '../../src/binder/check-binder.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/binder');
const copies: string[] = [];

/** A copy of the fixture binder with `edits` applied (file → new text, or a function of the old text). */
async function binderWith(edits: Record<string, string | ((text: string) => string) | null>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'binder-'));
  copies.push(root);
  const content = path.join(root, 'content');
  await cp(FIXTURE, content, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(content, file);
    if (edit === null) await rm(target);
    else await writeFile(target, typeof edit === 'string' ? edit : edit(await readFile(target, 'utf8')));
  }
  return content;
}

async function report(edits: Record<string, string | ((text: string) => string) | null>): Promise<string[]> {
  const content = await binderWith(edits);
  const result = await checkBinder(content);
  return result.problems.map(formatProblem);
}

afterEach(async () => {
  await Promise.all(copies.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

test('the fixture binder is valid', async () => {
  const result = await checkBinder(FIXTURE);
  expect(result.problems.map(formatProblem)).toEqual([]);
  expect(result.fileCount).toBe(10);
  expect([...result.allergens.get('pizza')!.contains.keys()]).toEqual(['gluten', 'wheat', 'milk']);
});

describe('each problem names file, line, field and fix', () => {
  test.each([
    {
      name: 'a broken ingredient reference in a recipe',
      edits: { 'recipes/pizza.mdx': (t: string) => t.replace('ingredient: mozzarella', 'ingredient: mozarella') },
      // The mention and the allergen comparison depend on the broken line: only the mention is worth saying too.
      expected: [
        'content/recipes/pizza.mdx:17: ingredients.1.ingredient: `mozarella` is not in ingredients — did you mean `mozzarella`? Otherwise add content/ingredients/mozarella.yaml',
        'content/recipes/pizza.mdx:21: steps.0.text: `@mozzarella` names no ingredient line of this recipe — mention one of `@dough` or `@mozarella`, or add the ingredient to the list',
      ],
    },
    {
      name: 'a broken procedure reference in a YAML file',
      edits: { 'equipment/oven.yaml': (t: string) => t.replace('oven-care', 'oven-cleaning') },
      expected: [
        'content/equipment/oven.yaml:7: procedures.0: `oven-cleaning` is not in procedures — use the slug (file name) of an existing entry in content/procedures/, or add content/procedures/oven-cleaning.mdx',
      ],
    },
    {
      name: 'a missing field points at the object that lacks it',
      edits: { 'ingredients/mozzarella.yaml': (t: string) => t.replace('category: dairy\n', '') },
      expected: ['content/ingredients/mozzarella.yaml:1: category: is missing — add `category:` with one of `produce`, `dairy`, `eggs`, `meat`, `poultry`, `seafood`, `bakery`, `dry-goods`, `oils-and-fats`, `herbs-and-spices`, `condiments`, `beverages` or `frozen`'],
    },
    {
      name: 'an unknown frontmatter field',
      edits: { 'recipes/dough.mdx': (t: string) => t.replace('category: Dough', 'category: Dough\nauthor: me') },
      expected: ['content/recipes/dough.mdx:6: author: `author` is not a field here (rule: unknown-field) — remove it; the fields here are `title`, `summary`, `course`, `category`, `stations`, `yield`, `prepMinutes`, `cookMinutes`, `restMinutes`, `equipment`, `ingredients`, `steps`, `storage`, `holding`, `par`, `diets`, `bakersPercentages`, `images`, `source` or `allergens`'],
    },
    {
      name: 'a declared allergen list that misses one',
      edits: { 'recipes/pizza.mdx': (t: string) => t.replace('  - milk\n', '') },
      expected: ['content/recipes/pizza.mdx:26: allergens: does not declare milk, which comes from mozzarella — add `milk` to `allergens` (or remove `allergens` and let the binder derive the list)'],
    },
    {
      name: 'a sub-recipe cycle',
      edits: { 'recipes/dough.mdx': (t: string) => t.replace('  - ingredient: water', '  - recipe: pizza\n    quantity: 1\n    unit: each\n  - ingredient: water') },
      expected: [
        'content/recipes/dough.mdx:19: ingredients.1.recipe: sub-recipes form a cycle (dough → pizza → dough), so none of them can be made — remove the line that uses `pizza`, or the line in another recipe of the cycle',
        'content/recipes/pizza.mdx:14: ingredients.0.recipe: sub-recipes form a cycle (dough → pizza → dough), so none of them can be made — remove the line that uses `dough`, or the line in another recipe of the cycle',
      ],
    },
    {
      name: 'YAML that does not parse',
      edits: { 'stations/bench.yaml': 'name: Bench\nsummary: Where: pizzas are made\norder: 1\n' },
      expected: [expect.stringMatching(/^content\/stations\/bench\.yaml:2: is not valid YAML: .+ — put quotes around text that contains a colon followed by a space$/)],
    },
    {
      name: 'an MDX file without frontmatter',
      edits: { 'setup/layout.mdx': 'Just text.\n' },
      expected: ['content/setup/layout.mdx:1: has no frontmatter — start the file with a line `---`, the fields, and another `---` line'],
    },
    {
      name: 'a file name that is not a slug',
      edits: { 'ingredients/Olive Oil.yaml': 'name: Olive oil\ncategory: oils-and-fats\nstorage:\n  zone: dry\n' },
      expected: ['content/ingredients/Olive Oil.yaml:1: is not a valid file name for ingredients — name it `<slug>.yaml`: lowercase words joined by hyphens, like `olive-oil.yaml`'],
    },
    {
      name: 'a missing site identity file',
      edits: { 'site.yaml': null },
      expected: ['content/site.yaml:1: is missing — create it with the franchise name, tagline, locale and the other site fields (see README)'],
    },
  ])('$name', async ({ edits, expected }) => {
    expect(await report(edits)).toEqual(expected);
  });
});

test('all problems are reported at once, sorted by file and line', async () => {
  const lines = await report({
    'recipes/pizza.mdx': (t) => t.replace('ingredient: mozzarella', 'ingredient: cheese').replace('course: pizza', 'course: pie'),
    'equipment/oven.yaml': (t) => t.replace('category: cooking', 'category: ovens'),
  });
  expect(lines.map((line) => line.split(':').slice(0, 3).join(':'))).toEqual([
    'content/equipment/oven.yaml:2: category',
    'content/recipes/pizza.mdx:4: course',
    // The recipe failed its schema, yet its broken reference is reported in the same run.
    'content/recipes/pizza.mdx:17: ingredients.1.ingredient',
  ]);
});

test('a reference that is itself the schema problem is reported once', async () => {
  const lines = await report({ 'recipes/pizza.mdx': (t) => t.replace('ingredient: mozzarella', 'ingredient: Mozzarella Cheese') });
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^content\/recipes\/pizza\.mdx:17: ingredients\.1\.ingredient: /);
});
