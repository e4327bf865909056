/**
 * `npm run export`: the binder's recipes written out as Cooklang (one .cook file per
 * recipe), schema.org Recipe JSON-LD (one .json per recipe) or the costing-spreadsheet
 * template (one recipes.csv), from the binder as the site reads it (every layer
 * applied). What is written reads back with `npm run import`.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { checkBinder } from '../binder/check-binder.ts';
import { writeFileAtomically } from '../binder/write-atomically.ts';
import type { TitleOf } from '../domain/recipe-text.ts';
import type { Recipe } from '../schemas/recipe.ts';
import { toCooklang } from './to-cooklang.ts';
import { toCsv } from './to-csv.ts';
import { toSchemaOrg } from './to-schema-org.ts';

export const EXPORT_FORMATS = ['cooklang', 'schema-org', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  readonly projectRoot: string;
  /** `recipes/<slug>` entries, or undefined for every recipe. */
  readonly entries: readonly string[] | undefined;
  readonly format: ExportFormat;
  /** The folder to write into. */
  readonly out: string;
}

/** An entry that is not a recipe of this binder, or a binder that does not check. */
export class ExportError extends Error {
  override name = 'ExportError';
}

/** The exported files' text by file name: what the command writes. */
export async function exportFiles(projectRoot: string, entries: readonly string[] | undefined, format: ExportFormat): Promise<Map<string, string>> {
  const check = await checkBinder(path.join(projectRoot, 'content'), projectRoot);
  if (!check.site) throw new ExportError('the binder does not check (content/site.yaml) — run `npm run check` and fix what it lists first');
  const recipes = check.entries.recipes;
  const slugs = entries === undefined ? [...recipes.keys()].sort() : entries.map((entry) => slugOf(entry, recipes));
  const titleOf: TitleOf = (collection, id) => (collection === 'ingredients' ? check.entries.ingredients.get(id)?.name : collection === 'recipes' ? recipes.get(id)?.title : undefined) ?? id;
  const site = check.site;
  const files = new Map<string, string>();
  if (format === 'csv') {
    files.set('recipes.csv', toCsv(slugs.map((slug) => ({ recipe: recipes.get(slug)! })), titleOf, site.locale));
    return files;
  }
  for (const slug of slugs) {
    const recipe = recipes.get(slug)!;
    if (format === 'schema-org') files.set(`${slug}.json`, toSchemaOrg(recipe, slug, site, titleOf));
    else files.set(`${slug}.cook`, toCooklang(recipe, check.bodies.get(`recipes/${slug}`), { ingredient: (id) => titleOf('ingredients', id), recipe: (id) => titleOf('recipes', id) }));
  }
  return files;
}

export async function runExport(request: ExportRequest): Promise<string[]> {
  const files = await exportFiles(request.projectRoot, request.entries, request.format);
  await mkdir(request.out, { recursive: true });
  const written: string[] = [];
  for (const [name, text] of files) {
    const file = path.join(request.out, name);
    await writeFileAtomically(file, text);
    written.push(file);
  }
  return written;
}

function slugOf(entry: string, recipes: ReadonlyMap<string, Recipe>): string {
  const match = /^recipes\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(entry);
  if (!match) throw new ExportError(`\`${entry}\` is not a recipe entry — give it as recipes/<slug>, like recipes/pizza-dough`);
  if (!recipes.has(match[1]!)) throw new ExportError(`\`${entry}\` is not in this binder — see the slugs with \`ls content/recipes\``);
  return match[1]!;
}
