/**
 * Export, then import: every recipe of the sample binder, written out as Cooklang,
 * schema.org JSON-LD and the costing-spreadsheet template and read back against the
 * same catalogue, gives back the same entry — all of it from Cooklang (whose front
 * matter keeps what Cooklang has no syntax for), and from the other two everything
 * they carry: each line's ingredient or sub-recipe, quantity and unit, its preparation
 * (and group, in the spreadsheet), and every step's words with its mentions.
 */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkBinder, type BinderCheck } from '../../src/binder/check-binder.ts';
import { NewIngredients, toBinderEntry, type MappedRecipe } from '../../src/domain/import/to-binder-entry.ts';
import type { ImportedRecipe } from '../../src/domain/import/imported-recipe.ts';
import { exportFiles, type ExportFormat } from '../../src/export/run-export.ts';
import { toCooklang } from '../../src/export/to-cooklang.ts';
import { toSchemaOrg } from '../../src/export/to-schema-org.ts';
import { readCooklang } from '../../src/import/read-cooklang.ts';
import { readRecipePage } from '../../src/import/read-recipe-page.ts';
import { readSpreadsheet } from '../../src/import/read-spreadsheet.ts';
import { catalogueOf } from '../../src/import/run-import.ts';
import type { Recipe } from '../../src/schemas/recipe.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let check: BinderCheck;

beforeAll(async () => {
  check = await checkBinder(path.join(ROOT, 'content'), ROOT);
}, 60_000);

async function read(format: ExportFormat, name: string, text: string): Promise<readonly ImportedRecipe[]> {
  const result = format === 'cooklang' ? readCooklang(text, name) : format === 'csv' ? readSpreadsheet(text, name) : await readRecipePage(`<script type="application/ld+json">${text}</script>`, name);
  expect(result.problems, name).toEqual([]);
  return result.recipes;
}

function mapped(recipe: ImportedRecipe, slug: string): MappedRecipe {
  const result = toBinderEntry(recipe, {
    catalogue: catalogueOf(check),
    taken: { recipes: new Set(check.entries.recipes.keys()), ingredients: new Set(check.entries.ingredients.keys()) },
    batch: new Map(),
    newIngredients: new NewIngredients(new Set(check.entries.ingredients.keys())),
    options: { slug },
    today: '2026-12-07',
  });
  expect(result.lines.filter((line) => line.to.isNew), `${slug}: every line matches the catalogue`).toEqual([]);
  return result;
}

/** What schema.org and the spreadsheet carry of a recipe. */
function carried(recipe: Recipe, format: ExportFormat) {
  return {
    title: recipe.title,
    lines: recipe.ingredients.map((line) => ({
      what: line.ingredient ?? `recipe:${line.recipe}`,
      quantity: line.quantity,
      unit: line.unit,
      ...(format === 'csv' ? { group: line.group } : { preparation: line.preparation, optional: line.optional }),
    })),
    steps: recipe.steps.map((step) => step.text.replace(/\s+/g, ' ')),
  };
}

describe('an imported recipe keeps its credit through export and import', () => {
  const source = { url: 'https://example.com/recipes/focaccia', author: 'Dana Ortiz', licence: 'https://creativecommons.org/licenses/by-sa/4.0/', publisher: 'Red Hook Home Cooking' };

  test.each(['schema-org', 'cooklang'] as const)('as %s', async (format) => {
    const recipe = { ...check.entries.recipes.get('focaccia')!, source };
    const names = { ingredient: (id: string) => check.entries.ingredients.get(id)!.name, recipe: (id: string) => check.entries.recipes.get(id)!.title };
    const text = format === 'cooklang' ? toCooklang(recipe, undefined, names) : toSchemaOrg(recipe, 'focaccia', check.site!, (collection, id) => (collection === 'recipes' ? names.recipe(id) : names.ingredient(id)));
    const [read] = await (format === 'cooklang' ? Promise.resolve(readCooklang(text, 'focaccia.cook').recipes) : readRecipePage(`<script type="application/ld+json">${text}</script>`, 'focaccia.json').then((result) => result.recipes));
    expect(mapped(read!, 'focaccia').data['source']).toEqual(source);
  });
});

describe('export then import gives back the same recipes', () => {
  test('as Cooklang: the whole entry and its body', async () => {
    const files = await exportFiles(ROOT, undefined, 'cooklang');
    expect(files.size).toBe(check.entries.recipes.size);
    for (const [name, text] of files) {
      const slug = name.replace(/\.cook$/, '');
      const [recipe] = await read('cooklang', name, text);
      const result = mapped(recipe!, slug);
      expect(JSON.parse(JSON.stringify(result.data)), slug).toEqual(JSON.parse(JSON.stringify(check.entries.recipes.get(slug))));
      expect((result.body ?? '').trim(), `${slug}: body`).toBe((check.bodies.get(`recipes/${slug}`) ?? '').trim());
    }
  });

  test('as schema.org JSON-LD: lines, preparations and steps with their mentions', async () => {
    const files = await exportFiles(ROOT, undefined, 'schema-org');
    expect(files.size).toBe(check.entries.recipes.size);
    for (const [name, text] of files) {
      const slug = name.replace(/\.json$/, '');
      const [recipe] = await read('schema-org', name, text);
      expect(carried(mapped(recipe!, slug).data as unknown as Recipe, 'schema-org'), slug).toEqual(carried(check.entries.recipes.get(slug)!, 'schema-org'));
    }
  });

  test('as the costing spreadsheet: lines, groups and steps with their mentions', async () => {
    const files = await exportFiles(ROOT, undefined, 'csv');
    const recipes = await read('csv', 'recipes.csv', files.get('recipes.csv')!);
    expect(recipes).toHaveLength(check.entries.recipes.size);
    for (const recipe of recipes) {
      const [slug, original] = [...check.entries.recipes].find(([, each]) => each.title === recipe.title)!;
      expect(carried(mapped(recipe, slug).data as unknown as Recipe, 'csv'), slug).toEqual(carried(original, 'csv'));
    }
  });
});
