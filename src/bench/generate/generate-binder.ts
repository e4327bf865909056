/**
 * A synthetic but realistic binder of `entries` entries, deterministic for a seed:
 * the sample binder's mix of collections (see proportions.ts), recipes with its
 * counts of ingredients, steps, sub-recipes, timers and critical limits, and a local
 * layer. Pure: returns data; writing the files is the CLI's job (binder-files.ts).
 */
import type { GeneratedEntry } from './entry.ts';
import { generateEquipment, generateIngredients, generateStations } from './catalogue.ts';
import { generateLayer, type GeneratedLayer } from './layer.ts';
import { generateProcedures, generateSetupGuides } from './procedures.ts';
import { COMPONENT_SHARE, entryCounts } from './proportions.ts';
import { seededRandom } from './random.ts';
import { generateRecipes } from './recipes.ts';

export interface GenerateOptions {
  /** Entries in content/, all collections together. */
  readonly entries: number;
  readonly seed: string | number;
}

export interface GeneratedBinder {
  /** content/site.yaml. */
  readonly site: Record<string, unknown>;
  /** Every entry of content/, collection by collection. */
  readonly entries: GeneratedEntry[];
  readonly layer: GeneratedLayer;
}

export function generateBinder(options: GenerateOptions): GeneratedBinder {
  const random = seededRandom(options.seed);
  const counts = entryCounts(options.entries);
  const { entries: ingredientEntries, ingredients } = generateIngredients(counts.ingredients, random);
  const equipment = generateEquipment(counts.equipment, random);
  const equipmentIds = equipment.map((e) => e.id);
  const stations = generateStations(counts.stations, equipmentIds, random);
  const stationIds = stations.map((s) => s.id);
  const recipeContext = { ingredients, stationIds, equipmentIds, random };
  const { entries: recipes, facts } = generateRecipes(counts.recipes, COMPONENT_SHARE, recipeContext);
  const procedures = generateProcedures(counts.procedures, { equipment, stationIds, componentIds: facts.filter((f) => f.component).map((f) => f.id), random });
  // Each piece of equipment links back to the procedures that care for it.
  for (const procedure of procedures) {
    const [equipmentId] = procedure.data['equipment'] as string[];
    const target = equipment.find((e) => e.id === equipmentId);
    const list = (target?.data['procedures'] as string[] | undefined) ?? [];
    if (target && list.length < 3) target.data['procedures'] = [...list, procedure.id];
  }
  const setup = generateSetupGuides(counts.setup, {
    equipmentIds,
    stationIds,
    ingredientIds: ingredients.map((i) => i.id),
    procedureIds: procedures.map((p) => p.id),
    random,
  });
  const layer = generateLayer(recipes, facts, recipeContext);
  return { site: SITE, entries: [...recipes, ...procedures, ...setup, ...ingredientEntries, ...equipment, ...stations], layer };
}

const SITE = {
  name: 'Corner Forno Bench',
  tagline: 'A synthetic binder for the benchmark — generated, never served',
  locale: 'en-US',
  unitSystem: 'metric',
  currency: 'USD',
  repository: 'https://github.com/open-franchise/open-franchise',
  upstream: 'https://github.com/open-franchise/open-franchise',
  branch: 'main',
  url: 'https://open-franchise.github.io/open-franchise',
  foodCode: 'FDA Food Code 2022',
  license: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  theme: { accent: '#9a3412' },
};
