/**
 * `npm run nutrition`: an ingredient's nutrition from a FoodData Central download, by
 * FDC id, written into the ingredient's own file in the editor's canonical form (the
 * binder's, or in a fork the layer's copy). The whole entry is checked against its
 * schema before anything is written; a refusal writes nothing.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { loadCanonicalForm } from '../binder/canonical-form.ts';
import { checkBinder } from '../binder/check-binder.ts';
import { entryText } from '../binder/entry-text.ts';
import { ownLayer } from '../binder/layers/discover-layers.ts';
import { writeFileAtomically } from '../binder/write-atomically.ts';
import { FdcFoodError, findFdcFood, nutritionFromFdc } from '../domain/nutrition/fdc-food.ts';
import { IngredientSchema } from '../schemas/ingredient.ts';
import { BASE_LAYER } from '../schemas/layer.ts';
import type { Nutrition } from '../schemas/nutrition.ts';

/** The largest download read: FDC's Foundation and SR Legacy files are well under it; Branded is not, so use the API's one-food JSON for those. */
export const FDC_FILE_LIMIT_BYTES = 512 * 1024 * 1024;

export class NutritionImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NutritionImportError';
  }
}

export interface NutritionImport {
  readonly ingredient: string;
  readonly fdcId: number;
  readonly file: string;
  readonly match?: string | undefined;
}

/** The nutrition block for the food, read from the download; throws NutritionImportError naming what is wrong. */
export async function readFdcNutrition(request: NutritionImport): Promise<Nutrition> {
  const size = await stat(request.file).then(
    (info) => info.size,
    () => {
      throw new NutritionImportError(`cannot read ${request.file} — give the path of a FoodData Central JSON download`);
    },
  );
  if (size > FDC_FILE_LIMIT_BYTES) throw new NutritionImportError(`${request.file} is ${Math.round(size / 1024 / 1024)} MB, over the ${FDC_FILE_LIMIT_BYTES / 1024 / 1024} MB read — save the one food's JSON from fdc.nal.usda.gov (or the API) instead`);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(request.file, 'utf8'));
  } catch (error) {
    throw new NutritionImportError(`${request.file} is not JSON (${(error as Error).message}) — download the JSON format, not CSV`);
  }
  try {
    return nutritionFromFdc(findFdcFood(json, request.fdcId), request.match);
  } catch (error) {
    if (error instanceof FdcFoodError) throw new NutritionImportError(`${request.file}: ${error.message}`);
    throw error;
  }
}

/** Writes the food's nutrition into the ingredient's own file; returns that file. */
export async function importFdcNutrition(projectRoot: string, request: NutritionImport): Promise<string> {
  const nutrition = await readFdcNutrition(request);
  const check = await checkBinder(path.join(projectRoot, 'content'), projectRoot);
  const entry = `ingredients/${request.ingredient}`;
  const origin = check.origins.get(entry);
  if (!origin) throw new NutritionImportError(`\`${request.ingredient}\` is not an ingredient of this binder — check the slug with \`ls content/ingredients\``);
  const own = ownLayer(check.layers);
  const inLayer = own.name !== BASE_LAYER;
  if (inLayer && origin.kind !== 'replaced' && origin.kind !== 'added') {
    throw new NutritionImportError(
      `\`${entry}\` is upstream's in this fork: run \`npm run customise -- ${entry} --patch\`, then \`npm run nutrition -- ${request.ingredient} --fdc ${request.fdcId} --file ${request.file} --print\` and put the block it prints in the patch`,
    );
  }
  const file = path.join(inLayer ? own.dir : path.join(projectRoot, 'content'), 'ingredients', `${request.ingredient}.yaml`);
  const data = parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  const updated = { ...data, nutrition };
  const valid = IngredientSchema.safeParse(updated);
  if (!valid.success) throw new NutritionImportError(`${path.relative(projectRoot, file)}: ${valid.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')} — nothing was written`);
  await writeFileAtomically(file, entryText(await loadCanonicalForm(), 'ingredients', updated));
  return file;
}

/** The block as YAML, to paste into a patch. */
export function nutritionYaml(nutrition: Nutrition): string {
  return stringify({ nutrition });
}
